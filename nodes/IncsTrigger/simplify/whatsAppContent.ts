import type { IDataObject } from 'n8n-workflow';

import type { WhatsAppInboundMessage, WhatsAppMedia } from '../payloadTypes';
import { numberOrNull, stringOrNull } from './values';

type MediaType = 'image' | 'video' | 'audio' | 'document' | 'sticker';

const MEDIA_TYPES: readonly MediaType[] = ['image', 'video', 'audio', 'document', 'sticker'];

/** Only these media types can carry a caption in WhatsApp. */
const CAPTIONED_TYPES: readonly MediaType[] = ['image', 'video', 'document'];

function isMediaType(type: string): type is MediaType {
	return (MEDIA_TYPES as readonly string[]).includes(type);
}

function mediaFields(type: MediaType, media: WhatsAppMedia | undefined): IDataObject {
	const fields: IDataObject = {
		mediaId: stringOrNull(media?.id),
		mimeType: stringOrNull(media?.mime_type),
	};
	if (CAPTIONED_TYPES.includes(type)) fields.caption = stringOrNull(media?.caption);
	if (type === 'document') fields.filename = stringOrNull(media?.filename);
	return fields;
}

function interactiveFields(interactive: WhatsAppInboundMessage['interactive']): IDataObject {
	const interactiveType = stringOrNull(interactive?.type);
	const reply =
		interactiveType === 'button_reply'
			? interactive?.button_reply
			: interactiveType === 'list_reply'
				? interactive?.list_reply
				: undefined;
	if (reply === undefined) {
		// Flow replies (nfm_reply) and future kinds: keep what WhatsApp sent.
		return { interactiveType, raw: { ...interactive } };
	}
	return {
		interactiveType,
		replyId: stringOrNull(reply.id),
		replyTitle: stringOrNull(reply.title),
		replyDescription: 'description' in reply ? stringOrNull(reply.description) : null,
	};
}

/** The fields that depend on the message type; unknown types keep the whole message as `raw`. */
export function whatsAppContentFields(message: WhatsAppInboundMessage): IDataObject {
	const type = stringOrNull(message.type) ?? '';
	if (type === 'text') return { text: stringOrNull(message.text?.body) };
	if (isMediaType(type)) return mediaFields(type, message[type]);
	switch (type) {
		case 'button':
			return {
				buttonPayload: stringOrNull(message.button?.payload),
				buttonText: stringOrNull(message.button?.text),
			};
		case 'interactive':
			return interactiveFields(message.interactive);
		case 'reaction':
			return {
				reactionEmoji: stringOrNull(message.reaction?.emoji),
				reactedMessageId: stringOrNull(message.reaction?.message_id),
			};
		case 'location':
			return {
				location: {
					latitude: numberOrNull(message.location?.latitude),
					longitude: numberOrNull(message.location?.longitude),
					name: stringOrNull(message.location?.name),
					address: stringOrNull(message.location?.address),
				},
			};
		default:
			return { raw: { ...message } };
	}
}
