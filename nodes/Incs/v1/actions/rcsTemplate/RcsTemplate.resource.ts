import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { IncsResourceMap } from '../node.type';
import { ACTION_NAMES } from '../actionTexts';
import type { OperationMap } from '../operation';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations: OperationMap<IncsResourceMap['rcsTemplate']> = { create, get, getAll, delete: del };

const show = (operation: keyof typeof operations) => ({ show: { resource: ['rcsTemplate'], operation: [operation] } });

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['rcsTemplate'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: ACTION_NAMES.rcsTemplate.create,
				description: 'Submit a new RCS template for review',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: ACTION_NAMES.rcsTemplate.delete,
				description: 'Delete an RCS template',
			},
			{
				name: 'Get',
				value: 'get',
				action: ACTION_NAMES.rcsTemplate.get,
				description: 'Get one RCS template with its status and content',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: ACTION_NAMES.rcsTemplate.getAll,
				description: 'List RCS templates, optionally filtered by status, type, category or name',
			},
		],
		default: 'create',
	},
	...updateDisplayOptions(show('create'), create.description),
	...updateDisplayOptions(show('get'), get.description),
	...updateDisplayOptions(show('getAll'), getAll.description),
	...updateDisplayOptions(show('delete'), del.description),
];
