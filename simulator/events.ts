// Callback bodies shaped like the fixtures (§10).

import { randomUUID } from 'node:crypto';

import { nowSeconds } from './ids';
import type { StatusError } from './options';
import type { JsonObject } from './validation/common';

export type MessageStatus = 'sent' | 'delivered' | 'read' | 'failed';
export type TemplateEvent = 'template_status_update' | 'template_category_update' | 'template_quality_update';

export interface Sender {
	channelId: number;
	businessPhone: string;
}

export function messageStatusUpdate(
	sender: Sender | { businessPhone: string },
	messageId: string,
	status: MessageStatus,
	error: StatusError | null,
): JsonObject {
	// The RCS (EN) variant has no channel_id (D7); pass a sender without one for it.
	return {
		event: 'message_status_update',
		...('channelId' in sender ? { channel_id: sender.channelId } : {}),
		business_phone: sender.businessPhone,
		message_id: messageId,
		message_status: status,
		error,
		received_at: nowSeconds(),
	};
}

export function templateUpdate(
	event: TemplateEvent,
	sender: Sender,
	template: { template_id: string; name: string },
	newValue: string,
	reason: string,
): JsonObject {
	return {
		event,
		channel_id: sender.channelId,
		business_phone: sender.businessPhone,
		template_id: template.template_id,
		template_name: template.name,
		new_value: newValue,
		reason,
		received_at: nowSeconds(),
	};
}

let inboundCounter = 0;

function fakeWamid(): string {
	inboundCounter++;
	return `wamid.SIMIN${String(inboundCounter).padStart(24, '0')}`;
}

export interface WhatsAppInbound {
	from: string;
	profileName?: string;
	text?: string;
	/** Replying to this message (adds Meta's `context`). */
	contextMessageId?: string;
	/** A complete Meta message object (image, button, interactive, reaction…) instead of text. */
	message?: JsonObject;
}

export function whatsAppNewMessage(sender: Sender, phoneNumberId: string, inbound: WhatsAppInbound): JsonObject {
	const message: JsonObject = inbound.message ?? {
		from: inbound.from,
		id: fakeWamid(),
		timestamp: String(nowSeconds()),
		text: { body: inbound.text ?? 'hello' },
		type: 'text',
		...(inbound.contextMessageId ? { context: { from: sender.businessPhone, id: inbound.contextMessageId } } : {}),
	};
	return {
		event: 'new_message',
		business_phone: sender.businessPhone,
		message: {
			messaging_product: 'whatsapp',
			metadata: { display_phone_number: sender.businessPhone, phone_number_id: phoneNumberId },
			contacts: [{ profile: { name: inbound.profileName ?? 'Test Customer' }, wa_id: inbound.from }],
			messages: [message],
		},
	};
}

export interface RcsInbound {
	from: string;
	text?: string;
	/** A tapped suggestion instead of text. */
	suggestionResponse?: { postbackData: string; text: string };
}

export function rcsNewMessage(agentId: string, inbound: RcsInbound): JsonObject {
	// Google RBM UserMessage naming (§10.4, inferred).
	return {
		event: 'new_message',
		business_phone: '',
		message: {
			senderPhoneNumber: `+${inbound.from}`,
			messageId: randomUUID(),
			sendTime: new Date().toISOString(),
			agentId,
			...(inbound.suggestionResponse
				? { suggestionResponse: { ...inbound.suggestionResponse, type: 'REPLY' } }
				: { text: inbound.text ?? 'hello' }),
		},
	};
}

export interface MessageCreatedInput {
	from?: string;
	text?: string;
	/** Fields overriding the generated `message` object. */
	message?: JsonObject;
}

let incsMessageCounter = 100000000000;

export function messageCreated(sender: Sender, input: MessageCreatedInput): JsonObject {
	const iso = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
	incsMessageCounter++;
	return {
		event: 'message_created',
		message: {
			id: incsMessageCounter,
			auth_id: sender.channelId,
			conversation_id: 1,
			session_type: 1,
			send_id: `${sender.channelId}_${input.from ?? '85200000002'}`,
			recv_id: 'staff_0001',
			type: 101,
			custom_type: 0,
			custom_id: 0,
			channel_msg_id: fakeWamid(),
			channel_status: 0,
			content: JSON.stringify({ text: input.text ?? 'hello' }),
			error: '',
			source: 0,
			created_at: iso,
			updated_at: iso,
			...input.message,
		},
	};
}
