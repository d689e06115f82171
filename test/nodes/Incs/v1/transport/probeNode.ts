import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { apiRequest, apiRequestAllItems } from '../../../../../nodes/Incs/v1/transport';
import type { IncsApiGroup, IncsHttpMethod } from '../../../../../nodes/Incs/v1/transport';

/**
 * A test-only node that drives the transport directly, so its promises (URLs, headers, envelope,
 * retries, paging) are tested through the real n8n request helpers rather than a mock.
 */
export class TransportProbe implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Transport Probe',
		name: 'transportProbe',
		group: ['output'],
		version: 1,
		description: 'Calls the INCS transport',
		defaults: { name: 'Transport Probe' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'incsApi', required: true }],
		properties: [
			{ displayName: 'Mode', name: 'mode', type: 'string', default: 'single' },
			{ displayName: 'API', name: 'api', type: 'string', default: 'management' },
			{ displayName: 'Method', name: 'method', type: 'string', default: 'GET' },
			{ displayName: 'Path', name: 'path', type: 'string', default: '/external/account' },
			{ displayName: 'Body', name: 'body', type: 'json', default: '' },
			{ displayName: 'Query', name: 'qs', type: 'json', default: '' },
			{ displayName: 'Max Attempts', name: 'maxAttempts', type: 'number', default: 3 },
			{ displayName: 'Timeout', name: 'timeoutMs', type: 'number', default: 30000 },
			{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: true },
			{ displayName: 'Limit', name: 'limit', type: 'number', default: 0 },
			{ displayName: 'Only Status', name: 'onlyStatus', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const request = {
			api: this.getNodeParameter('api', 0) as IncsApiGroup,
			method: this.getNodeParameter('method', 0) as IncsHttpMethod,
			path: this.getNodeParameter('path', 0) as string,
			body: parseJson(this.getNodeParameter('body', 0)),
			qs: parseJson(this.getNodeParameter('qs', 0)),
		};
		const options = {
			maxAttempts: this.getNodeParameter('maxAttempts', 0) as number,
			timeoutMs: this.getNodeParameter('timeoutMs', 0) as number,
			itemIndex: 0,
		};
		if (this.getNodeParameter('mode', 0) === 'list') {
			const onlyStatus = this.getNodeParameter('onlyStatus', 0) as string;
			const items = await apiRequestAllItems.call(
				this,
				request,
				{
					returnAll: this.getNodeParameter('returnAll', 0) as boolean,
					limit: this.getNodeParameter('limit', 0) as number,
					idField: 'template_id',
					filter: onlyStatus ? (item: IDataObject) => item.status === onlyStatus : undefined,
				},
				options,
			);
			return [items.map((json) => ({ json, pairedItem: { item: 0 } }))];
		}
		const data = await apiRequest.call(this, request, options);
		return [[{ json: { data: data as IDataObject }, pairedItem: { item: 0 } }]];
	}
}

function parseJson(value: unknown): IDataObject | undefined {
	if (value === '' || value === undefined) return undefined;
	return (typeof value === 'string' ? JSON.parse(value) : value) as IDataObject;
}
