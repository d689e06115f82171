import type { INodeProperties } from 'n8n-workflow';
import { SEND_AND_WAIT_OPERATION, updateDisplayOptions } from 'n8n-workflow';

import { RCS_SERVICE_WINDOW_HOURS } from '../../helpers/constants/rcs';
import type { IncsResourceMap } from '../node.type';
import { ACTION_NAMES } from '../actionTexts';
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
		// Templates first: they reach anyone at any time, so they are what campaigns send.
		options: [
			{
				name: 'Send Template',
				value: 'sendTemplate',
				action: ACTION_NAMES.rcsMessage.sendTemplate,
				description: 'Send an approved template with every variable filled in, at any time',
			},
			{
				name: 'Send',
				value: 'send',
				action: ACTION_NAMES.rcsMessage.send,
				description: `Send text, an image, a video or a PDF to someone who wrote in the last ${RCS_SERVICE_WINDOW_HOURS} hours`,
			},
			{
				name: 'Send and Wait for Response',
				value: SEND_AND_WAIT_OPERATION,
				action: ACTION_NAMES.rcsMessage.sendAndWait,
				description: 'Send a message with approval links or a response form and wait for the answer',
			},
		],
		default: 'sendTemplate',
	},
	...updateDisplayOptions({ show: { resource: ['rcsMessage'], operation: ['send'] } }, send.description),
	...updateDisplayOptions({ show: { resource: ['rcsMessage'], operation: ['sendTemplate'] } }, sendTemplate.description),
	...updateDisplayOptions({ show: { resource: ['rcsMessage'], operation: [SEND_AND_WAIT_OPERATION] } }, sendAndWait.description),
];
