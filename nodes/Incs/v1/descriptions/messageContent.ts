import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { LABELS } from '../helpers/payloads/labels';

/** The Message Type selector of a send operation; each channel lists the types INCS takes for it. */
export function messageTypeField(options: INodePropertyOptions[]): INodeProperties {
	return {
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		options: [...options].sort((a, b) => a.name.localeCompare(b.name)),
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
