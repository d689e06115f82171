import type { IncsResource, IncsResourceMap } from './node.type';

type PerOperation = { [R in IncsResource]: Record<IncsResourceMap[R], string> };

/**
 * What each operation does, in the words n8n shows: the action list of the node creator, the name
 * of a node added from it, and the description an AI agent gets for the node as a tool ("… in
 * INCS"). Each names its channel, since several channels share the same operations.
 *
 * The texts are sentence case with brand names written as brands. n8n's lint rule
 * `node-param-operation-option-action-miscased` checks only string literals written in the option
 * and would turn "WhatsApp" into "whats app"; the texts live here instead, and
 * test/nodes/Incs/v1/actions/actionTexts.test.ts holds them to sentence case with that one
 * exception.
 */
export const ACTION_NAMES: PerOperation = {
	whatsAppMessage: {
		sendTemplate: 'Send a WhatsApp template message',
		send: 'Send a WhatsApp message',
		sendAndWait: 'Send a WhatsApp message and wait for the answer',
	},
	viberMessage: { send: 'Send a Viber message', sendAndWait: 'Send a Viber message and wait for the answer' },
	rcsMessage: {
		sendTemplate: 'Send an RCS template message',
		send: 'Send an RCS message',
		sendAndWait: 'Send an RCS message and wait for the answer',
	},
	whatsAppTemplate: {
		create: 'Create a WhatsApp template',
		get: 'Get a WhatsApp template',
		getAll: 'Get many WhatsApp templates',
		delete: 'Delete a WhatsApp template',
	},
	rcsTemplate: {
		create: 'Create an RCS template',
		get: 'Get an RCS template',
		getAll: 'Get many RCS templates',
		delete: 'Delete an RCS template',
	},
	account: { get: 'Get the INCS account details' },
};

/** The node's subtitle on the canvas: what it does, as a person would say it. */
export const SUBTITLES: PerOperation = {
	whatsAppMessage: { sendTemplate: 'Send WhatsApp template', send: 'Send WhatsApp message', sendAndWait: 'Ask on WhatsApp and wait' },
	viberMessage: { send: 'Send Viber message', sendAndWait: 'Ask on Viber and wait' },
	rcsMessage: { sendTemplate: 'Send RCS template', send: 'Send RCS message', sendAndWait: 'Ask on RCS and wait' },
	whatsAppTemplate: {
		create: 'Create WhatsApp template',
		get: 'Get WhatsApp template',
		getAll: 'List WhatsApp templates',
		delete: 'Delete WhatsApp template',
	},
	rcsTemplate: {
		create: 'Create RCS template',
		get: 'Get RCS template',
		getAll: 'List RCS templates',
		delete: 'Delete RCS template',
	},
	account: { get: 'Get account details' },
};

/**
 * n8n evaluates a node's subtitle as an expression over its parameters. This one looks the
 * resource and operation up in SUBTITLES (keys `resource.operation`) and falls back to the raw
 * operation, which only an unknown (newer) value would reach.
 */
export function subtitleExpression(): string {
	const phrases: Record<string, string> = {};
	for (const [resource, operations] of Object.entries(SUBTITLES)) {
		for (const [operation, phrase] of Object.entries(operations as Record<string, string>)) {
			phrases[`${resource}.${operation}`] = phrase;
		}
	}
	return `={{ (${JSON.stringify(phrases)})[$parameter["resource"] + "." + $parameter["operation"]] ?? $parameter["operation"] }}`;
}
