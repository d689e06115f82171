import type { INodeProperties } from 'n8n-workflow';
import { SEND_AND_WAIT_OPERATION, updateDisplayOptions } from 'n8n-workflow';

import { WHATSAPP_SERVICE_WINDOW_HOURS } from '../../helpers/constants/whatsapp';
import type { IncsResourceMap } from '../node.type';
import { ACTION_NAMES } from '../actionTexts';
import type { OperationMap } from '../operation';
import * as send from './send.operation';
import * as sendAndWait from './sendAndWait.operation';
import * as sendTemplate from './sendTemplate.operation';

export const operations: OperationMap<IncsResourceMap['whatsAppMessage']> = { send, sendAndWait, sendTemplate };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['whatsAppMessage'] } },
		// Templates first: they reach anyone at any time, so they are what campaigns send.
		options: [
			{
				name: 'Send Template',
				value: 'sendTemplate',
				action: ACTION_NAMES.whatsAppMessage.sendTemplate,
				description: 'Send an approved template with its variables filled in, at any time',
			},
			{
				name: 'Send',
				value: 'send',
				action: ACTION_NAMES.whatsAppMessage.send,
				description: `Send text, media or an interactive message to someone who wrote in the last ${WHATSAPP_SERVICE_WINDOW_HOURS} hours`,
			},
			{
				name: 'Send and Wait for Response',
				value: SEND_AND_WAIT_OPERATION,
				action: ACTION_NAMES.whatsAppMessage.sendAndWait,
				description: 'Send a message with approval links or a response form and wait for the answer',
			},
		],
		default: 'sendTemplate',
	},
	...updateDisplayOptions({ show: { resource: ['whatsAppMessage'], operation: ['send'] } }, send.description),
	...updateDisplayOptions({ show: { resource: ['whatsAppMessage'], operation: ['sendTemplate'] } }, sendTemplate.description),
	...updateDisplayOptions({ show: { resource: ['whatsAppMessage'], operation: [SEND_AND_WAIT_OPERATION] } }, sendAndWait.description),
];
