/**
 * The callbacks INCS posts, as documented in the INCS "Callback configuration" chapter.
 * INCS has changed these shapes between documentation versions (some fields were added later,
 * RCS and several WhatsApp message types are only inferred), so every field that a version or a
 * message type can leave out is optional: the simplifiers must cope with each of them missing.
 */

import type { IDataObject } from 'n8n-workflow';

export type MessageStatus = 'sent' | 'delivered' | 'read' | 'failed';

export interface MessageStatusUpdatePayload {
	event: 'message_status_update';
	channel_id?: number;
	business_phone?: string;
	message_id?: string;
	message_status?: MessageStatus | string;
	error?: { code?: number; title?: string } | null;
	/** Unix seconds. */
	received_at?: number;
}

export type TemplateUpdateEvent =
	| 'template_status_update'
	| 'template_category_update'
	| 'template_quality_update';

export interface TemplateUpdatePayload {
	event: TemplateUpdateEvent;
	channel_id?: number;
	business_phone?: string;
	template_id?: string;
	template_name?: string;
	new_value?: string;
	reason?: string;
	/** Unix seconds. */
	received_at?: number;
}

/** An error object as Meta's WhatsApp Cloud API reports it (value-level or per message). */
export interface WhatsAppError {
	code?: number;
	title?: string;
	message?: string;
	error_data?: { details?: string };
}

export interface WhatsAppMedia {
	id?: string;
	mime_type?: string;
	sha256?: string;
	caption?: string;
	filename?: string;
}

/** One entry of `messages[]`, following Meta's Cloud API webhook shape. */
export interface WhatsAppInboundMessage {
	from?: string;
	id?: string;
	/** Unix seconds, as a string. */
	timestamp?: string;
	type?: string;
	context?: { from?: string; id?: string };
	text?: { body?: string };
	image?: WhatsAppMedia;
	video?: WhatsAppMedia;
	audio?: WhatsAppMedia;
	document?: WhatsAppMedia;
	sticker?: WhatsAppMedia;
	button?: { payload?: string; text?: string };
	interactive?: {
		type?: string;
		button_reply?: { id?: string; title?: string };
		list_reply?: { id?: string; title?: string; description?: string };
	};
	reaction?: { message_id?: string; emoji?: string };
	location?: { latitude?: number; longitude?: number; name?: string; address?: string };
	errors?: WhatsAppError[];
	[key: string]: unknown;
}

/** The WhatsApp webhook "value" object INCS passes through from Meta as `message`. */
export interface WhatsAppMessageValue {
	messaging_product?: 'whatsapp' | string;
	metadata?: { display_phone_number?: string; phone_number_id?: string };
	contacts?: Array<{ wa_id?: string; profile?: { name?: string } }>;
	messages?: WhatsAppInboundMessage[];
	errors?: WhatsAppError[];
}

export interface WhatsAppNewMessagePayload {
	event: 'new_message';
	business_phone?: string;
	message: WhatsAppMessageValue;
}

export interface RcsFileInfo {
	mimeType?: string;
	sizeBytes?: number | string;
	fileUri?: string;
	fileName?: string;
}

/** Google RBM's `UserMessage`, which the one documented RCS field (`senderPhoneNumber`) matches. */
export interface RcsUserMessage {
	senderPhoneNumber?: string;
	messageId?: string;
	/** RFC 3339 date-time. */
	sendTime?: string;
	agentId?: string;
	text?: string;
	suggestionResponse?: { text?: string; postbackData?: string; type?: string };
	location?: { latitude?: number; longitude?: number };
	userFile?: { payload?: RcsFileInfo; thumbnail?: RcsFileInfo };
	[key: string]: unknown;
}

export interface RcsNewMessagePayload {
	event: 'new_message';
	business_phone?: string;
	message: RcsUserMessage;
}

/** A message in INCS's own (workbench) format. */
export interface IncsWorkbenchMessage {
	id?: number | string;
	auth_id?: number;
	conversation_id?: number;
	session_type?: number;
	send_id?: string;
	recv_id?: string;
	type?: number;
	custom_type?: number;
	custom_id?: number | string;
	channel_msg_id?: string;
	channel_status?: number;
	/** JSON-encoded message body; its inner structure is not documented. */
	content?: string;
	error?: string;
	source?: number;
	/** ISO-8601. */
	created_at?: string;
	updated_at?: string;
}

export interface MessageCreatedPayload {
	event: 'message_created';
	message: IncsWorkbenchMessage;
}

/**
 * A callback after classification. WhatsApp and RCS inbound messages share INCS's
 * `event: "new_message"`, so the discriminant is the trigger's own event value, which tells them
 * apart by the shape of `message`.
 */
export type ClassifiedCallback =
	| { event: 'message_status_update'; payload: MessageStatusUpdatePayload }
	| { event: TemplateUpdateEvent; payload: TemplateUpdatePayload }
	| { event: 'new_whatsapp_message'; payload: WhatsAppNewMessagePayload }
	| { event: 'new_rcs_message'; payload: RcsNewMessagePayload }
	| { event: 'message_created'; payload: MessageCreatedPayload }
	/** Any callback not listed above, passed on as INCS sent it (INCS may add events). */
	| { event: 'other_event'; payload: IDataObject & { event: string } };

export type TriggerEvent = ClassifiedCallback['event'];
