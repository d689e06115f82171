import type { INodeProperties } from 'n8n-workflow';

import { optionsCollection } from './options';

/** Values are the `OutputMode`s of `helpers/output.ts`. */
const outputField: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	options: [
		{
			name: 'Full INCS Response',
			value: 'full',
			description: 'Also the request as sent and the data INCS returned, for audits and debugging',
		},
		{
			name: 'Simplified',
			value: 'simplified',
			description: 'Channel, recipient, message type and INCS message ID',
		},
	],
	default: 'simplified',
	description: 'What each output item contains',
};

const trimVariablesField: INodeProperties = {
	displayName: 'Trim Variable Values',
	name: 'trimVariables',
	type: 'boolean',
	default: true,
	description:
		'Whether to remove spaces and line breaks at the start and end of each template variable value, as spreadsheet data often has them',
};

/** Options of a free-form send. */
export function sendOptions(): INodeProperties {
	return optionsCollection([outputField]);
}

/** Options of a template send. */
export function templateSendOptions(): INodeProperties {
	return optionsCollection([outputField, trimVariablesField]);
}
