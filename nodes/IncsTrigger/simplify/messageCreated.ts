import type { IDataObject } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

import type { MessageCreatedPayload } from '../payloadTypes';
import { idOrNull, isoDateOrNull, numberOrNull, stringOrNull } from './values';

// The numeric codes INCS documents for its own message format, as readable names.
const MESSAGE_TYPES: Record<number, string> = {
	101: 'text',
	102: 'image',
	103: 'audio',
	104: 'video',
	105: 'file',
	110: 'custom',
};

const CUSTOM_TYPES: Record<number, string> = {
	11002: 'whatsAppTemplate',
	11006: 'whatsAppReplyButton',
	11008: 'viberOtp',
	11009: 'rcsTemplate',
	11010: 'rcsSuggestedReply',
};

const CHANNEL_STATUSES: Record<number, string> = {
	0: 'created',
	1: 'sent',
	2: 'failed',
	3: 'delivered',
	4: 'read',
};

const SOURCES: Record<number, string> = { 0: 'incs', 1: 'api' };

const SESSION_TYPES: Record<number, string> = { 1: 'oneToOne', 2: 'group' };

/** A code INCS has not documented keeps its number, so nothing is lost. */
function named(codes: Record<number, string>, value: unknown): string | number | null {
	const code = numberOrNull(value);
	if (code === null) return null;
	return codes[code] ?? code;
}

/** `content` is a JSON string whose structure INCS does not document: parse it when possible. */
function parsedContent(content: unknown): IDataObject[string] {
	if (typeof content !== 'string') return null;
	return jsonParse<IDataObject[string]>(content, { fallbackValue: content });
}

export function simplifyMessageCreated(payload: MessageCreatedPayload): IDataObject {
	const message = payload.message;
	const customType = numberOrNull(message.custom_type);
	return {
		event: 'message_created',
		messageId: idOrNull(message.id),
		channelId: numberOrNull(message.auth_id),
		conversationId: numberOrNull(message.conversation_id),
		sessionType: named(SESSION_TYPES, message.session_type),
		senderId: stringOrNull(message.send_id),
		receiverId: stringOrNull(message.recv_id),
		type: named(MESSAGE_TYPES, message.type),
		customType: customType === null || customType === 0 ? null : named(CUSTOM_TYPES, customType),
		customId: message.custom_id === 0 ? null : idOrNull(message.custom_id),
		channelMessageId: stringOrNull(message.channel_msg_id) || null,
		channelStatus: named(CHANNEL_STATUSES, message.channel_status),
		content: parsedContent(message.content),
		error: stringOrNull(message.error) || null,
		source: named(SOURCES, message.source),
		createdAt: isoDateOrNull(message.created_at),
		updatedAt: isoDateOrNull(message.updated_at),
	};
}
