import type { IDataObject } from 'n8n-workflow';

import type {
	WhatsAppError,
	WhatsAppInboundMessage,
	WhatsAppMessageValue,
	WhatsAppNewMessagePayload,
} from '../payloadTypes';
import { whatsAppContentFields } from './whatsAppContent';
import { unixSecondsToIso } from '../../shared/unixTime';
import { stringOrNull } from './values';

function profileNameOf(value: WhatsAppMessageValue, sender: string | null): string | null {
	const contacts = Array.isArray(value.contacts) ? value.contacts : [];
	// `wa_id` can differ from the number a message was sent to, but it is what `from` carries.
	const contact = contacts.find((entry) => entry.wa_id === sender) ?? contacts[0];
	return stringOrNull(contact?.profile?.name);
}

function copyErrors(errors: WhatsAppError[] | undefined): IDataObject[] | undefined {
	if (!Array.isArray(errors) || errors.length === 0) return undefined;
	return errors.map((error) => ({ ...error }));
}

function simplifyOne(
	message: WhatsAppInboundMessage,
	value: WhatsAppMessageValue,
	shared: IDataObject,
): IDataObject {
	const from = stringOrNull(message.from);
	const item: IDataObject = {
		event: 'new_whatsapp_message',
		messageId: stringOrNull(message.id),
		from,
		profileName: profileNameOf(value, from),
		type: stringOrNull(message.type),
		...whatsAppContentFields(message),
		quotedMessageId: stringOrNull(message.context?.id),
		timestamp: unixSecondsToIso(message.timestamp),
		...shared,
	};
	// WhatsApp reports unsupported or failed messages with errors on the message itself.
	const errors = copyErrors(message.errors) ?? copyErrors(value.errors);
	if (errors !== undefined) item.errors = errors;
	return item;
}

/**
 * One item per entry of `messages[]`. A value that carries only errors (for example WhatsApp's
 * rate-limit notice) becomes a single item with those errors, so it is not lost.
 */
export function simplifyWhatsAppMessage(payload: WhatsAppNewMessagePayload): IDataObject[] {
	const value = payload.message;
	const shared: IDataObject = {
		businessPhone:
			stringOrNull(payload.business_phone) ?? stringOrNull(value.metadata?.display_phone_number),
		businessPhoneNumberId: stringOrNull(value.metadata?.phone_number_id),
	};
	const messages = Array.isArray(value.messages) ? value.messages : [];
	if (messages.length > 0) {
		return messages.map((message) => simplifyOne(message, value, shared));
	}
	const errors = copyErrors(value.errors);
	if (errors === undefined) return [];
	return [{ event: 'new_whatsapp_message', ...shared, errors }];
}
