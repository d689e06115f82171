import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { MessageStatus } from './payloadTypes';

export const MESSAGE_STATUS_OPTIONS: Array<INodePropertyOptions & { value: MessageStatus }> = [
	{ name: 'Delivered', value: 'delivered' },
	{ name: 'Failed', value: 'failed' },
	{ name: 'Read', value: 'read' },
	{ name: 'Sent', value: 'sent' },
];

/** Values are the `type` of simplified inbound items; `other` stands for every type not listed. */
export const MESSAGE_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Audio (WhatsApp)', value: 'audio' },
	{ name: 'Button Reply (WhatsApp Template Quick Reply)', value: 'button' },
	{ name: 'Contacts (WhatsApp)', value: 'contacts' },
	{ name: 'Document (WhatsApp)', value: 'document' },
	{ name: 'File (RCS)', value: 'file' },
	{ name: 'Image (WhatsApp)', value: 'image' },
	{ name: 'Interactive Reply (WhatsApp Button or List)', value: 'interactive' },
	{ name: 'Location', value: 'location' },
	{ name: 'Other', value: 'other' },
	{ name: 'Reaction (WhatsApp)', value: 'reaction' },
	{ name: 'Sticker (WhatsApp)', value: 'sticker' },
	{ name: 'Suggestion Response (RCS)', value: 'suggestion_response' },
	{ name: 'Text', value: 'text' },
	{ name: 'Video (WhatsApp)', value: 'video' },
];

const NAMED_MESSAGE_TYPES = new Set(
	MESSAGE_TYPE_OPTIONS.map((option) => String(option.value)).filter((value) => value !== 'other'),
);

const INBOUND_EVENTS = new Set(['new_whatsapp_message', 'new_rcs_message']);

export interface CallbackFilters {
	/** Digits only, so "+62 800-0000-0001" matches INCS's "6280000000001". */
	businessPhones: Set<string>;
	messageStatuses: Set<string>;
	messageTypes: Set<string>;
}

function digitsOnly(phone: string): string {
	return phone.replace(/\D/g, '');
}

/** Reads the "Filters" collection; an absent or empty filter lets everything through. */
export function readFilters(parameter: IDataObject): CallbackFilters {
	const phones = typeof parameter.businessPhones === 'string' ? parameter.businessPhones : '';
	const list = (value: unknown): string[] =>
		Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
	return {
		// Commas, semicolons or new lines separate numbers; spaces may appear inside one.
		businessPhones: new Set(phones.split(/[,;\n]/).map(digitsOnly).filter((phone) => phone !== '')),
		messageStatuses: new Set(list(parameter.messageStatuses)),
		messageTypes: new Set(list(parameter.messageTypes)),
	};
}

function messageTypeKey(type: unknown): string {
	return typeof type === 'string' && NAMED_MESSAGE_TYPES.has(type) ? type : 'other';
}

/**
 * Whether a simplified item passes every filter that applies to its event. An event that
 * carries no business phone (INCS's own `message_created`, RCS messages with an empty
 * `business_phone`, legacy template updates) never matches a business-phone filter.
 */
export function itemPassesFilters(item: IDataObject, filters: CallbackFilters): boolean {
	if (filters.businessPhones.size > 0) {
		const phone = typeof item.businessPhone === 'string' ? digitsOnly(item.businessPhone) : '';
		if (!filters.businessPhones.has(phone)) return false;
	}
	if (filters.messageStatuses.size > 0 && item.event === 'message_status_update') {
		if (!filters.messageStatuses.has(String(item.status))) return false;
	}
	if (filters.messageTypes.size > 0 && INBOUND_EVENTS.has(String(item.event))) {
		if (!filters.messageTypes.has(messageTypeKey(item.type))) return false;
	}
	return true;
}
