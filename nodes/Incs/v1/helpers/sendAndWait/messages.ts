/**
 * The message that asks for the answer, per channel. What a person on a phone taps most easily:
 * on WhatsApp one link becomes a call-to-action URL button (Meta Cloud API interactive `cta_url`,
 * which INCS lists among its interactive kinds); two links, or a message too long for a button
 * message, go as text with the links written out (WhatsApp makes them tappable). Viber and RCS
 * free-form sends are text only at INCS (INCS "Send Viber message", "Send RCS message"), so the
 * links are written into the text.
 */
import { RCS_TEXT_MAX } from '../constants/rcs';
import { VIBER_TEXT_MAX } from '../constants/viber';
import { WHATSAPP_INTERACTIVE_BODY_MAX, WHATSAPP_TEXT_MAX } from '../constants/whatsapp';
import type { RcsPayload, ViberPayload, WhatsAppPayload } from '../payloads/types';
import { checkMaxLength, requireText } from '../validation/text';
import type { ResponseLink } from './types';

export const MESSAGE_FIELD = 'Message';

/** The message followed by one "Label: URL" paragraph per link. */
export function textWithLinks(message: string, links: ResponseLink[]): string {
	return [message.trim(), ...links.map((link) => `${link.label}:\n${link.url}`)].join('\n\n');
}

/** Checks the combined text, naming the Message field: the links' length is not the person's to change. */
function checkedText(message: unknown, links: ResponseLink[], max: number): string {
	const text = requireText(MESSAGE_FIELD, message);
	const linksLength = Array.from(textWithLinks('', links)).length;
	checkMaxLength(MESSAGE_FIELD, text.trim(), max - linksLength);
	return textWithLinks(text, links);
}

export function whatsAppSendAndWait(message: unknown, links: ResponseLink[]): WhatsAppPayload {
	const text = requireText(MESSAGE_FIELD, message).trim();
	if (links.length === 1 && Array.from(text).length <= WHATSAPP_INTERACTIVE_BODY_MAX.cta_url) {
		const [link] = links;
		return {
			type: 'interactive',
			interactive: {
				type: 'cta_url',
				body: { text },
				action: { name: 'cta_url', parameters: { display_text: link.label, url: link.url } },
			},
		};
	}
	return { type: 'text', text: checkedText(text, links, WHATSAPP_TEXT_MAX) };
}

export function viberSendAndWait(message: unknown, links: ResponseLink[]): ViberPayload {
	return { type: 'text', text: checkedText(message, links, VIBER_TEXT_MAX) };
}

export function rcsSendAndWait(message: unknown, links: ResponseLink[]): RcsPayload {
	return { type: 'text', text: checkedText(message, links, RCS_TEXT_MAX) };
}
