import type { INodeProperties } from 'n8n-workflow';

/** The notice on free-form sends: they only reach people inside the customer-service window. */
export function serviceWindowNotice(hours: number): INodeProperties {
	return {
		displayName: `Free-form messages only reach people who wrote to you in the last ${hours} hours. To start a conversation, use Send Template.`,
		name: 'windowNotice',
		type: 'notice',
		default: '',
	};
}
