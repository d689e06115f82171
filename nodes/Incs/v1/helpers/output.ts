import type { IDataObject } from 'n8n-workflow';

import type { Channel } from './payloads/types';

export const OUTPUT_MODES = ['full', 'simplified'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

/**
 * What a send returns per item: `{ channel, to, type, messageId }` (INCS `data.msg_id`,
 * REFERENCE §5). "Full" adds the request body as sent and INCS's `data` as received, for audits.
 */
export function sendOutput(
	channel: Channel,
	request: { to: string; type: string } & IDataObject,
	data: unknown,
	mode: OutputMode = 'simplified',
): IDataObject {
	const msgId =
		typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as IDataObject).msg_id : undefined;
	const simplified: IDataObject = {
		channel,
		to: request.to,
		type: request.type,
		messageId: typeof msgId === 'string' || typeof msgId === 'number' ? String(msgId) : null,
	};
	if (mode !== 'full') return simplified;
	return { ...simplified, request, response: (data ?? {}) as IDataObject };
}
