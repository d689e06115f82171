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

/** The notice on Send and Wait for Response, which is a free-form message too. */
export function sendAndWaitNotice(hours: number, advice: string): INodeProperties {
	return {
		displayName: `This message is free-form: it only reaches people who wrote to you in the last ${hours} hours. ${advice}`,
		name: 'sendAndWaitNotice',
		type: 'notice',
		default: '',
	};
}
