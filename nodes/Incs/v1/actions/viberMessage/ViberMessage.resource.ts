import type { INodeProperties } from 'n8n-workflow';
import { SEND_AND_WAIT_OPERATION, updateDisplayOptions } from 'n8n-workflow';

import type { IncsResourceMap } from '../node.type';
import { ACTION_NAMES } from '../actionTexts';
import type { OperationMap } from '../operation';
import * as send from './send.operation';
import * as sendAndWait from './sendAndWait.operation';

export const operations: OperationMap<IncsResourceMap['viberMessage']> = { send, sendAndWait };

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
			{
				name: 'Send and Wait for Response',
				value: SEND_AND_WAIT_OPERATION,
				action: ACTION_NAMES.viberMessage.sendAndWait,
				description: 'Send a message with approval links or a response form and wait for the answer',
			},
		],
		default: 'send',
	},
	...updateDisplayOptions({ show: { resource: ['viberMessage'], operation: ['send'] } }, send.description),
	...updateDisplayOptions({ show: { resource: ['viberMessage'], operation: [SEND_AND_WAIT_OPERATION] } }, sendAndWait.description),
];
