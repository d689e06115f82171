import type { IDataObject } from 'n8n-workflow';

import type { Channel } from './payloads/types';

export type OutputMode = 'full' | 'simplified';

/**
 * What a send returns per item: `{ channel, to, type, messageId }` (INCS `data.msg_id`,
 * INCS "Messages API"). "Full" adds the request body as sent and INCS's `data` as received, for audits.
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
