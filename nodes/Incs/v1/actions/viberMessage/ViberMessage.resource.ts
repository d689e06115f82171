import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { IncsResourceMap } from '../node.type';
import { ACTION_NAMES } from '../actionTexts';
import type { OperationMap } from '../operation';
import * as send from './send.operation';

export const operations: OperationMap<IncsResourceMap['viberMessage']> = { send };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['viberMessage'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: ACTION_NAMES.viberMessage.send,
				description: 'Send a one-time password, text, image, video or document',
			},
		],
		default: 'send',
	},
	...updateDisplayOptions({ show: { resource: ['viberMessage'], operation: ['send'] } }, send.description),
];
