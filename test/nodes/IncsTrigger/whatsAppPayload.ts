import type { IDataObject } from 'n8n-workflow';

import { loadCallback } from './fixtures';

/** The documented WhatsApp text callback with its `messages[]` (and value fields) replaced. */
export function whatsAppCallback(messages: IDataObject[], valueFields: IDataObject = {}): IDataObject {
	const callback = loadCallback('new_message.whatsapp.text');
	const value = callback.message as IDataObject;
	return { ...callback, message: { ...value, messages, ...valueFields } };
}

/** A `messages[]` entry from customer 85200000001 at 1900000000 (2030-03-17T17:46:40Z). */
export function inboundMessage(id: string, type: string, content: IDataObject): IDataObject {
	return { from: '85200000001', id, timestamp: '1900000000', type, ...content };
}

export function rcsCallback(content: IDataObject): IDataObject {
	return {
		event: 'new_message',
		business_phone: '',
		message: {
			senderPhoneNumber: '+85200000001',
			messageId: 'FAKE-RCS-MSG-0009',
			sendTime: '2030-01-01T00:00:00Z',
			agentId: 'fake_agent@rbm.goog',
			...content,
		},
	};
}
