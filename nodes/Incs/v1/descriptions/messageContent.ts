import type { INodeProperties } from 'n8n-workflow';

import { LABELS } from '../helpers/labels';
import type { OptionLabel } from './enumOptions';
import { enumOptions } from './enumOptions';

type CommonMessageType = 'document' | 'image' | 'text' | 'video';

/** How the message types every channel has are shown, unless a channel says more. */
const COMMON_MESSAGE_TYPE_LABELS: Record<CommonMessageType, OptionLabel> = {
	document: { name: 'Document', description: 'A file by link' },
	image: { name: 'Image', description: 'An image by link' },
	text: { name: 'Text', description: 'A plain text message' },
	video: { name: 'Video', description: 'A video by link' },
};

/**
 * The Message Type selector of a send operation: the channel's types from the constants module,
 * labelled as COMMON_MESSAGE_TYPE_LABELS unless `labels` says otherwise; the channel's own types
 * must be labelled.
 */
export function messageTypeField<T extends string>(
	types: readonly T[],
	labels: Record<Exclude<T, CommonMessageType>, OptionLabel> & Partial<Record<T, OptionLabel>>,
): INodeProperties {
	const all = { ...COMMON_MESSAGE_TYPE_LABELS, ...labels } as Record<T, OptionLabel>;
	return {
		displayName: 'Message Type',
		name: 'messageType',
		type: 'options',
		noDataExpression: true,
		options: enumOptions(types, all),
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
