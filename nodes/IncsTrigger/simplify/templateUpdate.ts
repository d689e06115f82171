import type { IDataObject } from 'n8n-workflow';

import type { TemplateUpdatePayload } from '../payloadTypes';
import { unixSecondsToIso } from '../../shared/unixTime';
import { idOrNull, numberOrNull, stringOrNull } from './values';

/** The oldest documented shape carries only `new_value`, `reason` and `received_at`. */
export function simplifyTemplateUpdate(payload: TemplateUpdatePayload): IDataObject {
	return {
		event: payload.event,
		templateId: idOrNull(payload.template_id),
		templateName: stringOrNull(payload.template_name),
		newValue: stringOrNull(payload.new_value),
		reason: stringOrNull(payload.reason),
		businessPhone: stringOrNull(payload.business_phone),
		channelId: numberOrNull(payload.channel_id),
		receivedAt: unixSecondsToIso(payload.received_at),
	};
}
