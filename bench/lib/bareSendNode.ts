// The floor for any n8n node: the same WhatsApp sends through n8n-core's
// httpRequestWithAuthentication with the same credential and concurrency, and nothing else (no
// validation, no retries, no pacing, no error mapping). Node ÷ bare = what the INCS node's own
// code costs; bare ÷ raw = what n8n itself costs per request.

import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { API_PATHS, CREDENTIAL_TYPE } from '../../nodes/Incs/v1/transport/api';

export const BARE_SEND_TYPE = 'n8n-nodes-bench.bareSend';

export class BareSend implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Bare Send',
		name: 'bareSend',
		group: ['output'],
		version: 1,
		description: 'Sends a WhatsApp text per item with nothing but the n8n request helper',
		defaults: { name: 'Bare Send' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [
			{ displayName: 'To', name: 'to', type: 'string', default: '' },
			{ displayName: 'Text', name: 'text', type: 'string', default: '' },
			{ displayName: 'Concurrency', name: 'concurrency', type: 'number', default: 5 },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const url = `${String(credentials.messagingBaseUrl)}${API_PATHS.sendWhatsApp}`;
		const concurrency = this.getNodeParameter('concurrency', 0) as number;
		const output: INodeExecutionData[] = new Array<INodeExecutionData>(items.length);
		let next = 0;
		const lane = async (): Promise<void> => {
			while (next < items.length) {
				const index = next++;
				const body: IDataObject = {
					to: this.getNodeParameter('to', index) as string,
					type: 'text',
					text: this.getNodeParameter('text', index) as string,
				};
				const answer = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
					method: 'POST',
					url,
					body,
					json: true,
				})) as { data?: { msg_id?: string } };
				output[index] = { json: { messageId: answer.data?.msg_id ?? null }, pairedItem: { item: index } };
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
		return [output];
	}
}
