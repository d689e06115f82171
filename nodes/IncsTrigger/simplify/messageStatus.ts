import type { IDataObject } from 'n8n-workflow';

import type { MessageStatusUpdatePayload } from '../payloadTypes';
import { unixSecondsToIso } from '../../shared/unixTime';
import { idOrNull, numberOrNull, stringOrNull } from './values';

export function simplifyMessageStatusUpdate(payload: MessageStatusUpdatePayload): IDataObject {
	const error = payload.error ?? null;
	return {
		event: 'message_status_update',
		messageId: idOrNull(payload.message_id),
		status: stringOrNull(payload.message_status),
		businessPhone: stringOrNull(payload.business_phone),
		channelId: numberOrNull(payload.channel_id),
		errorCode: error === null ? null : numberOrNull(error.code),
		errorTitle: error === null ? null : stringOrNull(error.title),
		receivedAt: unixSecondsToIso(payload.received_at),
	};
}
