import type { IDataObject } from 'n8n-workflow';

import type { RcsFileInfo, RcsNewMessagePayload, RcsUserMessage } from '../payloadTypes';
import { isoDateOrNull, numberOrNull, stringOrNull } from './values';

export type RcsMessageType = 'text' | 'suggestion_response' | 'location' | 'file' | 'unknown';

/** RBM sends exactly one of these content fields per user message. */
export function rcsMessageType(message: RcsUserMessage): RcsMessageType {
	if (typeof message.text === 'string') return 'text';
	if (message.suggestionResponse !== undefined) return 'suggestion_response';
	if (message.location !== undefined) return 'location';
	if (message.userFile !== undefined) return 'file';
	return 'unknown';
}

function fileSize(info: RcsFileInfo | undefined): number | null {
	// RBM encodes int64 values as JSON strings.
	const size = typeof info?.sizeBytes === 'string' ? Number(info.sizeBytes) : info?.sizeBytes;
	return numberOrNull(size);
}

function contentFields(type: RcsMessageType, message: RcsUserMessage): IDataObject {
	switch (type) {
		case 'text':
			return { text: stringOrNull(message.text) };
		case 'suggestion_response':
			return {
				suggestionResponse: {
					text: stringOrNull(message.suggestionResponse?.text),
					postbackData: stringOrNull(message.suggestionResponse?.postbackData),
					type: stringOrNull(message.suggestionResponse?.type),
				},
			};
		case 'location':
			return {
				location: {
					latitude: numberOrNull(message.location?.latitude),
					longitude: numberOrNull(message.location?.longitude),
				},
			};
		case 'file': {
			const payload = message.userFile?.payload;
			return {
				file: {
					uri: stringOrNull(payload?.fileUri),
					mimeType: stringOrNull(payload?.mimeType),
					name: stringOrNull(payload?.fileName),
					sizeBytes: fileSize(payload),
					thumbnailUri: stringOrNull(message.userFile?.thumbnail?.fileUri),
				},
			};
		}
		case 'unknown':
			return { raw: { ...message } };
	}
}

export function simplifyRcsMessage(payload: RcsNewMessagePayload): IDataObject {
	const message = payload.message;
	const type = rcsMessageType(message);
	return {
		event: 'new_rcs_message',
		messageId: stringOrNull(message.messageId),
		sender: stringOrNull(message.senderPhoneNumber),
		agentId: stringOrNull(message.agentId),
		type,
		...contentFields(type, message),
		timestamp: isoDateOrNull(message.sendTime),
		businessPhone: stringOrNull(payload.business_phone),
	};
}
