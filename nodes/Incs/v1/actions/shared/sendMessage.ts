import type { IDataObject, IExecuteFunctions, ResourceMapperValue } from 'n8n-workflow';

import { sendOutput, type OutputMode } from '../../helpers/output';
import type { Channel, RcsPayload, SendRequest, ViberPayload, WhatsAppPayload } from '../../helpers/payloads/types';
import { normalizePhoneNumber } from '../../helpers/phone';
import { apiRequest } from '../../transport';
import { API_PATHS } from '../../transport/api';
import type { RunSettings } from '../operation';

const PATHS: Record<Channel, string> = {
	whatsapp: API_PATHS.sendWhatsApp,
	viber: API_PATHS.sendViber,
	rcs: API_PATHS.sendRcs,
};

type PayloadOf<C extends Channel> = C extends 'whatsapp' ? WhatsAppPayload : C extends 'viber' ? ViberPayload : RcsPayload;

/** The item's recipient as INCS wants it (digits only), or a ValidationError naming the field. */
export function readRecipient(context: IExecuteFunctions, itemIndex: number): string {
	return normalizePhoneNumber(context.getNodeParameter('to', itemIndex));
}

/** One item's message, read and checked, ready to send. */
export interface PreparedMessage<C extends Channel> {
	to: string;
	payload: PayloadOf<C>;
}

/** Sends one prepared message and shapes the item's output. */
export async function sendMessage<C extends Channel>(
	context: IExecuteFunctions,
	channel: C,
	{ to, payload }: PreparedMessage<C>,
	itemIndex: number,
	settings: RunSettings,
): Promise<IDataObject> {
	const body: SendRequest<PayloadOf<C>> = { to, ...payload };
	const data = await apiRequest.call(
		context,
		{ api: 'messaging', method: 'POST', path: PATHS[channel], body },
		{ ...settings.transport, itemIndex },
	);
	const mode = context.getNodeParameter('options.output', itemIndex, 'simplified') as OutputMode;
	return sendOutput(channel, body, data, mode);
}

/**
 * The mapped template variables of one item. Expressions in the mapper are resolved per item by
 * n8n; in "map automatically" mode the item's own fields are the values.
 */
export function readMappedValues(context: IExecuteFunctions, itemIndex: number): Record<string, unknown> {
	const mapper = context.getNodeParameter('variables', itemIndex, null) as ResourceMapperValue | null;
	if (mapper?.mappingMode === 'autoMapInputData') return { ...context.getInputData()[itemIndex]?.json };
	return { ...(mapper?.value ?? {}) };
}
