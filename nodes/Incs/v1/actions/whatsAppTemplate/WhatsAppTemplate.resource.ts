import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { IncsResourceMap } from '../node.type';
import { ACTION_NAMES } from '../actionTexts';
import type { OperationMap } from '../operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations: OperationMap<IncsResourceMap['whatsAppTemplate']> = { create, get, getAll, delete: del };

const show = (operation: keyof typeof operations) => ({ show: { resource: ['whatsAppTemplate'], operation: [operation] } });

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['whatsAppTemplate'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: ACTION_NAMES.whatsAppTemplate.create,
				description: 'Submit a new WhatsApp template to Meta for review',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: ACTION_NAMES.whatsAppTemplate.delete,
				description: 'Delete a WhatsApp template',
			},
			{
				name: 'Get',
				value: 'get',
				action: ACTION_NAMES.whatsAppTemplate.get,
				description: 'Get one WhatsApp template with its status and components',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: ACTION_NAMES.whatsAppTemplate.getAll,
				description: 'List WhatsApp templates, optionally filtered by status, category, language or name',
			},
		],
		default: 'create',
	},
	...updateDisplayOptions(show('create'), create.description),
	...updateDisplayOptions(show('get'), get.description),
	...updateDisplayOptions(show('getAll'), getAll.description),
	...updateDisplayOptions(show('delete'), del.description),
];
