import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type {
	ClassifiedCallback,
	MessageCreatedPayload,
	MessageStatusUpdatePayload,
	RcsNewMessagePayload,
	TemplateUpdatePayload,
	TriggerEvent,
	WhatsAppNewMessagePayload,
} from './payloadTypes';

/**
 * The values are saved in users' workflows, so they never change. They are INCS's own event
 * names, except that INCS's single `new_message` is split into one event per channel.
 */
export const TRIGGER_EVENT_OPTIONS: Array<INodePropertyOptions & { value: TriggerEvent }> = [
	{
		name: 'Any Other Event',
		value: 'other_event',
		description:
			'Any other callback INCS sends, output exactly as received: for example the status part of INCS\'s workbench callbacks, whose event name INCS does not document, or an event INCS adds later',
	},
	{
		name: 'Message Created (Workbench)',
		value: 'message_created',
		description: 'A message was sent or received through the INCS workbench (INCS message format)',
	},
	{
		name: 'Message Status Update',
		value: 'message_status_update',
		description: 'A message you sent was sent, delivered, read or failed',
	},
	{
		name: 'New RCS Message',
		value: 'new_rcs_message',
		description: 'A customer sent a message to your RCS agent',
	},
	{
		name: 'New WhatsApp Message',
		value: 'new_whatsapp_message',
		description: 'A customer sent a message to your WhatsApp business number',
	},
	{
		name: 'Template Category Update',
		value: 'template_category_update',
		description: 'The category of a WhatsApp template changed',
	},
	{
		name: 'Template Quality Update',
		value: 'template_quality_update',
		description: 'The quality rating of a WhatsApp template changed',
	},
	{
		name: 'Template Status Update',
		value: 'template_status_update',
		description: 'A WhatsApp template was approved, rejected or otherwise changed status',
	},
];

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** WhatsApp's value object is Meta's: it names its product and carries `messages`/`contacts`. */
function looksLikeWhatsApp(message: Record<string, unknown>): boolean {
	return (
		message.messaging_product === 'whatsapp' ||
		Array.isArray(message.messages) ||
		Array.isArray(message.contacts)
	);
}

/** RCS messages follow Google RBM's `UserMessage`, the only documented field of which is this. */
function looksLikeRcs(message: Record<string, unknown>): boolean {
	return typeof message.senderPhoneNumber === 'string';
}

/**
 * Tells which trigger event a callback body is. A callback this node cannot read as one of its
 * events (an event name it does not know, a `new_message` of neither shape, a `message_created`
 * without a message) is an `other_event`, passed on untouched to workflows that ask for it.
 */
export function classifyCallback(body: IDataObject & { event: string }): ClassifiedCallback {
	const other: ClassifiedCallback = { event: 'other_event', payload: body };
	switch (body.event) {
		case 'message_status_update':
			return { event: body.event, payload: body as unknown as MessageStatusUpdatePayload };
		case 'template_status_update':
		case 'template_category_update':
		case 'template_quality_update':
			return { event: body.event, payload: body as unknown as TemplateUpdatePayload };
		case 'message_created':
			if (!isObject(body.message)) return other;
			return { event: body.event, payload: body as unknown as MessageCreatedPayload };
		case 'new_message': {
			const message = body.message;
			if (!isObject(message)) return other;
			if (looksLikeWhatsApp(message)) {
				return {
					event: 'new_whatsapp_message',
					payload: body as unknown as WhatsAppNewMessagePayload,
				};
			}
			if (looksLikeRcs(message)) {
				return { event: 'new_rcs_message', payload: body as unknown as RcsNewMessagePayload };
			}
			return other;
		}
		default:
			return other;
	}
}
