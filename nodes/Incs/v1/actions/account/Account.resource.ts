import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { ACTION_NAMES } from '../actionTexts';
import type { OperationMap } from '../operation';
import type { IncsResourceMap } from '../node.type';
import * as get from './get.operation';

export const operations: OperationMap<IncsResourceMap['account']> = { get };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['account'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: ACTION_NAMES.account.get,
				description: 'Get the WhatsApp Business account behind the certification code',
			},
		],
		default: 'get',
	},
	...updateDisplayOptions({ show: { resource: ['account'], operation: ['get'] } }, get.description),
];
