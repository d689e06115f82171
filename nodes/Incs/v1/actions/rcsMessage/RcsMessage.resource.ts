import type { INodeProperties } from 'n8n-workflow';
import { SEND_AND_WAIT_OPERATION, updateDisplayOptions } from 'n8n-workflow';

import { RCS_SERVICE_WINDOW_HOURS } from '../../helpers/constants/rcs';
import type { IncsResourceMap } from '../node.type';
import type { OperationMap } from '../operation';
import * as send from './send.operation';
import * as sendAndWait from './sendAndWait.operation';
import * as sendTemplate from './sendTemplate.operation';

export const operations: OperationMap<IncsResourceMap['rcsMessage']> = { send, sendAndWait, sendTemplate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['rcsMessage'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a message',
				description: `Send text, an image, a video or a PDF to someone who wrote in the last ${RCS_SERVICE_WINDOW_HOURS} hours`,
			},
			{
				name: 'Send Template',
				value: 'sendTemplate',
				action: 'Send a template message',
				description: 'Send an approved template with every variable filled in, at any time',
			},
			{
				name: 'Send and Wait for Response',
				value: SEND_AND_WAIT_OPERATION,
				action: 'Send message and wait for response',
				description: 'Send a message with approval links or a response form and wait for the answer',
			},
		],
		default: 'sendTemplate',
	},
	...updateDisplayOptions({ show: { resource: ['rcsMessage'], operation: ['send'] } }, send.description),
	...updateDisplayOptions({ show: { resource: ['rcsMessage'], operation: ['sendTemplate'] } }, sendTemplate.description),
	...updateDisplayOptions({ show: { resource: ['rcsMessage'], operation: [SEND_AND_WAIT_OPERATION] } }, sendAndWait.description),
];
