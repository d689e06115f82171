import type { INodeProperties } from 'n8n-workflow';

import { LABELS } from '../helpers/payloads/labels';
import type { OptionLabel } from './enumOptions';
import { enumOptions } from './enumOptions';

/** The Message Type selector of a send operation: the channel's types from the constants module. */
export function messageTypeField<T extends string>(types: readonly T[], labels: Record<T, OptionLabel>): INodeProperties {
	return {
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		options: enumOptions(types, labels),
		default: 'text',
	};
}

/** The text of a plain text message, with the channel's length limit as hint. */
export function textMessageField(maxCharacters: number, description?: string): INodeProperties {
	return {
		displayName: LABELS.text,
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		...(description ? { description } : {}),
		hint: `Up to ${maxCharacters.toLocaleString('en-US')} characters`,
		displayOptions: { show: { messageType: ['text'] } },
	};
}
