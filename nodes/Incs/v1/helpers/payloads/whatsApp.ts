import {
	WHATSAPP_CAPTION_MAX,
	WHATSAPP_CAPTION_TYPES,
	WHATSAPP_MEDIA_FORMATS,
	WHATSAPP_TEXT_MAX,
	type WhatsAppMediaType,
} from '../constants/whatsapp';
import { mediaUrl } from '../validation/links';
import { optionalText, requiredText } from '../validation/text';
import { LABELS } from '../labels';
import type { WhatsAppPayload } from './types';

export function buildWhatsAppText(text: unknown): WhatsAppPayload {
	// INCS takes the text as a plain string, not Meta's `{ body }` object (INCS "Send WhatsApp message" (free-form types)).
	return { type: 'text', text: requiredText(LABELS.text, text, WHATSAPP_TEXT_MAX) };
}

export interface MediaInput {
	mediaUrl: unknown;
	caption?: unknown;
	filename?: unknown;
}

/**
 * Media by link, shaped as Meta's media objects: image and video take a caption, documents a
 * caption and a file name, audio neither (Meta Cloud API "Media messages").
 */
export function buildWhatsAppMedia(type: WhatsAppMediaType, input: MediaInput): WhatsAppPayload {
	const link = mediaUrl(LABELS.mediaUrl, input.mediaUrl, WHATSAPP_MEDIA_FORMATS[type]);
	const caption = WHATSAPP_CAPTION_TYPES.includes(type)
		? optionalText(LABELS.caption, input.caption, WHATSAPP_CAPTION_MAX)
		: undefined;
	switch (type) {
		case 'audio':
			return { type, audio: { link } };
		case 'image':
			return { type, image: caption === undefined ? { link } : { link, caption } };
		case 'video':
			return { type, video: caption === undefined ? { link } : { link, caption } };
		case 'document': {
			const filename = optionalText(LABELS.filename, input.filename);
			return {
				type,
				document: {
					link,
					...(caption === undefined ? {} : { caption }),
					...(filename === undefined ? {} : { filename: filename.trim() }),
				},
			};
		}
	}
}
