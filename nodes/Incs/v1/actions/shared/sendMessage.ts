import type { IExecuteFunctions, ResourceMapperValue } from 'n8n-workflow';

import { sendOutput, type OutputMode } from '../../helpers/output';
import type { Channel, RcsPayload, SendRequest, ViberPayload, WhatsAppPayload } from '../../helpers/payloads/types';
import { normalizePhoneNumber } from '../../helpers/phone';
import { apiRequest } from '../../transport';
import { API_PATHS } from '../../transport/api';
import type { SendStep } from '../operation';

const PATHS: Record<Channel, string> = {
	whatsapp: API_PATHS.sendWhatsApp,
	viber: API_PATHS.sendViber,
	rcs: API_PATHS.sendRcs,
};

export type PayloadOf<C extends Channel> = C extends 'whatsapp' ? WhatsAppPayload : C extends 'viber' ? ViberPayload : RcsPayload;

/** One item's message, read and checked: the request to post and how the item's output looks. */
export interface PreparedMessage<C extends Channel> {
	request: SendRequest<PayloadOf<C>>;
	output: OutputMode;
}

/**
 * Reads one item's message: the recipient first (its error names the field people fill in
 * first), then the channel's payload, then the Output option.
 */
export async function prepareMessage<C extends Channel>(
	context: IExecuteFunctions,
	itemIndex: number,
	readPayload: () => PayloadOf<C> | Promise<PayloadOf<C>>,
): Promise<PreparedMessage<C>> {
	const to = normalizePhoneNumber(context.getNodeParameter('to', itemIndex));
	const payload = await readPayload();
	const output = context.getNodeParameter('options.output', itemIndex, 'simplified') as OutputMode;
	return { request: { to, ...payload }, output };
}

/** The `send` of a message operation: posts the checked message and shapes the item's output. */
export function messageSender<C extends Channel>(channel: C): SendStep<PreparedMessage<C>> {
	return async function send(itemIndex, settings, { request, output }) {
		const data = await apiRequest.call(
			this,
			{ api: 'messaging', method: 'POST', path: PATHS[channel], body: request },
			{ ...settings.transport, itemIndex },
		);
		return sendOutput(channel, request, data, output);
	};
}

/**
 * The mapped template variables of one item. Expressions in the mapper are resolved per item by
 * n8n; in "map automatically" mode the item's own fields are the values.
 */
export function readMappedValues(context: IExecuteFunctions, itemIndex: number): Record<string, unknown> {
	const mapper = context.getNodeParameter('variables', itemIndex, null) as ResourceMapperValue | null;
	// "From Input Fields" (RCS), or a mapper saved in n8n's auto-map mode by an older version.
	const fromInput = context.getNodeParameter('variablesMode', itemIndex, 'mapper') === 'inputFields' || mapper?.mappingMode === 'autoMapInputData';
	if (fromInput) return { ...context.getInputData()[itemIndex]?.json };
	return { ...(mapper?.value ?? {}) };
}
