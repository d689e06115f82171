import type { INodeProperties } from 'n8n-workflow';

import { PHONE_DIGITS_MAX, PHONE_DIGITS_MIN } from '../helpers/constants/phone';
import { RCS_SERVICE_WINDOW_HOURS } from '../helpers/constants/rcs';
import { WHATSAPP_SERVICE_WINDOW_HOURS } from '../helpers/constants/whatsapp';
import type { IncsResource, IncsResourceMap } from './node.type';

/**
 * What an AI agent reads about each operation when the node runs as a tool (`incsTool`).
 *
 * n8n (2.41, `convertNodeToAiTool`) gives a tool node a "Tool Description" field unless the node
 * has its own `toolDescription` property; its automatic text is the operation's `action` plus
 * " in INCS", which cannot say which channel a send uses or how to write a number. So the node
 * brings its own field: one per resource and operation, shown only on the tool (`@tool`), whose
 * default is the text below. n8n fills defaults in when the workflow runs, and its
 * `getToolDescriptionForNode` then uses the field as is; a user may edit it per node. Cleared,
 * n8n falls back to the action text.
 *
 * Every operation of node.type.ts must have a text: TypeScript rejects a missing one.
 */
type ToolDescriptions = { [R in IncsResource]: Record<IncsResourceMap[R], string> };

const PHONE = `one phone number, written as the country code and number (${PHONE_DIGITS_MIN}-${PHONE_DIGITS_MAX} digits, e.g. 85261234567)`;

export const TOOL_DESCRIPTIONS: ToolDescriptions = {
	whatsAppMessage: {
		send:
			`Send a free-form WhatsApp message (text, media or interactive) through INCS to ${PHONE}. ` +
			`It only reaches someone who wrote to this WhatsApp number in the last ${WHATSAPP_SERVICE_WINDOW_HOURS} hours; otherwise send a WhatsApp template.`,
		sendTemplate:
			`Send an approved WhatsApp template message through INCS to ${PHONE}, with the template's variables filled in. ` +
			`Works at any time, also outside the ${WHATSAPP_SERVICE_WINDOW_HOURS}-hour window.`,
		sendAndWait: `Ask a person a question on WhatsApp through INCS (${PHONE}) and wait for the answer: approve/decline, free text or a form. Returns the answer.`,
	},
	viberMessage: {
		send: `Send a Viber message (text, media or one-time code) through INCS to ${PHONE}.`,
		sendAndWait: `Ask a person a question on Viber through INCS (${PHONE}) and wait for the answer: approve/decline, free text or a form. Returns the answer.`,
	},
	rcsMessage: {
		send:
			`Send a free-form RCS message (text, media, rich card or carousel) through INCS to ${PHONE}. ` +
			`It only reaches someone who wrote in the last ${RCS_SERVICE_WINDOW_HOURS} hours; otherwise send an RCS template.`,
		sendTemplate: `Send an approved RCS template message through INCS to ${PHONE}, with the template's [variables] filled in.`,
		sendAndWait: `Ask a person a question on RCS through INCS (${PHONE}) and wait for the answer: approve/decline, free text or a form. Returns the answer.`,
	},
	whatsAppTemplate: {
		create: 'Create a WhatsApp message template in INCS and submit it to WhatsApp for approval.',
		get: 'Get one WhatsApp message template from INCS: its status, language and content.',
		getAll: 'List the WhatsApp message templates in INCS with their status, optionally filtered.',
		delete: 'Delete a WhatsApp message template in INCS.',
	},
	rcsTemplate: {
		create: 'Create an RCS message template in INCS and submit it for approval.',
		get: 'Get one RCS message template from INCS: its status and content.',
		getAll: 'List the RCS message templates in INCS with their status, optionally filtered.',
		delete: 'Delete an RCS message template in INCS.',
	},
	account: {
		get: 'Get the INCS account details: the WhatsApp Business account behind the credential.',
	},
};

/** The tool's "Description" field, one per resource and operation, shown on the tool only. */
export function toolDescriptionFields(): INodeProperties[] {
	return Object.entries(TOOL_DESCRIPTIONS).flatMap(([resource, operations]) =>
		Object.entries(operations as Record<string, string>).map(
			([operation, text]): INodeProperties => ({
				displayName: 'Tool Description',
				name: 'toolDescription',
				type: 'string',
				default: text,
				required: true,
				typeOptions: { rows: 3 },
				description:
					'What the AI agent reads about this tool. The default names the channel and what the operation does; add when the agent should use it.',
				displayOptions: { show: { '@tool': [true], resource: [resource], operation: [operation] } },
			}),
		),
	);
}
