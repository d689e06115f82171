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
 *
 * Listed in the order people pick them (the panel and n8n's node creator keep it): message
 * statuses and inbound messages first, template reviews next, the workbench and the catch-all
 * last. Alphabetical order would put "Any Other Event" first.
 */
export const TRIGGER_EVENT_OPTIONS: Array<INodePropertyOptions & { value: TriggerEvent }> = [
	{
		name: 'Message Status Update',
		value: 'message_status_update',
		description: 'A message you sent was sent, delivered, read or failed. Use it to track a campaign.',
	},
	{
		name: 'New WhatsApp Message',
		value: 'new_whatsapp_message',
		description: 'A customer wrote to your WhatsApp business number (text, media, a button reply…). Use it to reply or to route the message.',
	},
	{
		name: 'New RCS Message',
		value: 'new_rcs_message',
		description: 'A customer wrote to your RCS agent or tapped one of its suggestions',
	},
	{
		name: 'Template Status Update',
		value: 'template_status_update',
		description: 'Meta approved, rejected, paused or disabled one of your WhatsApp templates',
	},
	{
		name: 'Template Category Update',
		value: 'template_category_update',
		description: 'Meta moved one of your WhatsApp templates to another category (for example Utility to Marketing), which changes its price',
	},
	{
		name: 'Template Quality Update',
		value: 'template_quality_update',
		description: 'The quality rating of one of your WhatsApp templates changed (based on how customers react to it)',
	},
	{
		name: 'Workbench Message',
		value: 'message_created',
		description: 'Only if your team chats in the INCS workbench: a message was sent or received there, in INCS\'s own format',
	},
	{
		name: 'Any Other Event',
		value: 'other_event',
		description:
			'Rarely needed: any other callback INCS sends, passed on exactly as received (for example the workbench\'s message statuses, or an event INCS adds later)',
	},
];

/** Each event in the few words the canvas subtitle has room for. */
const EVENT_SUBTITLES: Record<TriggerEvent, string> = {
	message_status_update: 'Message status',
	new_whatsapp_message: 'New WhatsApp message',
	new_rcs_message: 'New RCS message',
	template_status_update: 'Template status',
	template_category_update: 'Template category',
	template_quality_update: 'Template quality',
	message_created: 'Workbench message',
	other_event: 'Any other event',
};

/**
 * The trigger's subtitle on the canvas: the picked events in words, in the order they were picked.
 * An expression n8n evaluates over the node's parameters.
 */
export function eventsSubtitleExpression(): string {
	return `={{ $parameter["events"].map((event) => (${JSON.stringify(EVENT_SUBTITLES)})[event] ?? event).join(", ") }}`;
}

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
