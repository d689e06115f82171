import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { buildOutputItems } from './buildItems';
import { incsTriggerProperties } from './description';
import { classifyCallback, eventsSubtitleExpression } from './events';
import { readFilters } from './filters';
import { CURRENT_TRIGGER_VERSION, TRIGGER_VERSIONS } from './versions';
import type { TriggerEvent } from './payloadTypes';
import type { CallbackRequest } from './readBody';
import { readCallbackBody } from './readBody';
import type { CallbackResponse } from './respond';
import { acknowledgeWithoutRun, rejectCallback } from './respond';
import { presentedToken, tokenMatches } from './verifyToken';

export class IncsTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'INCS Trigger',
		name: 'incsTrigger',
		icon: { light: 'file:../../icons/incs.svg', dark: 'file:../../icons/incs.dark.svg' },
		group: ['trigger'],
		// 1.1 changes nothing the user sees; n8n treats it more cheaply (see TRIGGER_VERSIONS).
		version: [...TRIGGER_VERSIONS],
		defaultVersion: CURRENT_TRIGGER_VERSION,
		subtitle: eventsSubtitleExpression(),
		// n8n's node panel shows the INCS node and this trigger as one entry with this description.
		description:
			'WhatsApp, Viber and RCS messaging with INCS: send messages and templates, and start workflows on message statuses, customer messages and template updates',
		defaults: {
			name: 'INCS Trigger',
		},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// Answer INCS at once with an empty 200; without `noData` n8n would send the text
				// "firstEntryJson".
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: incsTriggerProperties,
	};

	/*
	 * INCS has no API to register, list or remove a callback URL: the user pastes it into the
	 * INCS console. So there is nothing to look up, create or delete here, and no state is kept
	 * (each webhook process in queue mode runs the same stateless checks).
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// n8n cannot see the INCS console; answering false lets `create` validate the setup.
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				const events = this.getNodeParameter('events', []) as TriggerEvent[];
				if (events.length === 0) {
					throw new NodeOperationError(this.getNode(), 'Select at least one event', {
						description: 'The INCS Trigger starts workflows only for the events chosen in "Events".',
					});
				}
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				// Nothing to unregister; INCS keeps posting until the URL is removed in its console.
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const response: CallbackResponse = this.getResponseObject();
		const request: CallbackRequest = this.getRequestObject();

		const expectedToken = (this.getNodeParameter('callbackToken', '') as string).trim();
		if (expectedToken !== '') {
			const query = this.getQueryData() as Record<string, unknown>;
			if (!tokenMatches(expectedToken, presentedToken(this.getHeaderData(), query))) {
				return rejectCallback(response, 401, 'Missing or invalid callback token');
			}
		}

		const read = await readCallbackBody(request);
		if (!read.ok) {
			return rejectCallback(response, 400, 'Expected a JSON object with an "event" field');
		}

		const callback = classifyCallback(read.body);
		const events = this.getNodeParameter('events', []) as TriggerEvent[];
		if (!events.includes(callback.event)) {
			return acknowledgeWithoutRun(response);
		}

		const filters = readFilters(this.getNodeParameter('filters', {}) as IDataObject);
		const simplify = this.getNodeParameter('simplify', true) as boolean;
		const items = buildOutputItems(callback, read.body, filters, simplify);
		if (items.length === 0) return acknowledgeWithoutRun(response);

		return { workflowData: [this.helpers.returnJsonArray(items)] };
	}
}
