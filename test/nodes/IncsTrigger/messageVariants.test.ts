import type { IDataObject } from 'n8n-workflow';

import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';
import { callWebhook } from '../../harness/webhook';
import { KNOWN_EVENTS, loadCallback } from './fixtures';
import { inboundMessage, rcsCallback, whatsAppCallback } from './whatsAppPayload';

async function itemsFor(body: IDataObject): Promise<IDataObject[]> {
	const call = await callWebhook({
		nodeType: new IncsTrigger(),
		parameters: { events: KNOWN_EVENTS },
		request: { body },
	});
	return call.items.map((item) => item.json);
}

const WHATSAPP_COMMON = {
	event: 'new_whatsapp_message',
	from: '85200000001',
	profileName: 'Test Customer',
	quotedMessageId: null,
	timestamp: '2030-03-17T17:46:40.000Z',
	businessPhone: '6280000000001',
	businessPhoneNumberId: '100000000000001',
};

describe('IncsTrigger WhatsApp message types beyond the fixtures (Meta Cloud API shapes)', () => {
	it.each<[string, IDataObject, IDataObject]>([
		[
			'video',
			{ video: { id: 'm1', mime_type: 'video/mp4', sha256: 'x', caption: 'clip' } },
			{ mediaId: 'm1', mimeType: 'video/mp4', caption: 'clip' },
		],
		['audio', { audio: { id: 'm2', mime_type: 'audio/ogg; codecs=opus' } }, { mediaId: 'm2', mimeType: 'audio/ogg; codecs=opus' }],
		[
			'document',
			{ document: { id: 'm3', mime_type: 'application/pdf', filename: 'invoice.pdf' } },
			{ mediaId: 'm3', mimeType: 'application/pdf', caption: null, filename: 'invoice.pdf' },
		],
		['sticker', { sticker: { id: 'm4', mime_type: 'image/webp' } }, { mediaId: 'm4', mimeType: 'image/webp' }],
		[
			'location',
			{ location: { latitude: 22.3, longitude: 114.2, name: 'Office', address: '1 Main St' } },
			{ location: { latitude: 22.3, longitude: 114.2, name: 'Office', address: '1 Main St' } },
		],
		[
			'location',
			{ location: { latitude: 22.3, longitude: 114.2 } },
			{ location: { latitude: 22.3, longitude: 114.2, name: null, address: null } },
		],
	])('%s → its fields', async (type, content, fields) => {
		const items = await itemsFor(whatsAppCallback([inboundMessage('wamid.V', type, content)]));
		expect(items).toEqual([{ ...WHATSAPP_COMMON, messageId: 'wamid.V', type, ...fields }]);
	});

	it('an interactive reply of another kind (flow) keeps the interactive object', async () => {
		const interactive = { type: 'nfm_reply', nfm_reply: { name: 'flow', response_json: '{"a":1}' } };
		const items = await itemsFor(whatsAppCallback([inboundMessage('wamid.F', 'interactive', { interactive })]));
		expect(items).toEqual([
			{ ...WHATSAPP_COMMON, messageId: 'wamid.F', type: 'interactive', interactiveType: 'nfm_reply', raw: interactive },
		]);
	});

	it('an unknown type passes through with the whole message under raw', async () => {
		const message = inboundMessage('wamid.C', 'contacts', { contacts: [{ name: { formatted_name: 'Ann' } }] });
		const items = await itemsFor(whatsAppCallback([message]));
		expect(items).toEqual([{ ...WHATSAPP_COMMON, messageId: 'wamid.C', type: 'contacts', raw: message }]);
	});

	it('passes through the errors of an unsupported message', async () => {
		const errors = [{ code: 131051, title: 'Message type unknown', message: 'Message type unknown', error_data: { details: 'Message type is currently not supported.' } }];
		const message = inboundMessage('wamid.U', 'unsupported', { errors });
		const items = await itemsFor(whatsAppCallback([message]));
		expect(items).toEqual([
			{ ...WHATSAPP_COMMON, messageId: 'wamid.U', type: 'unsupported', raw: message, errors },
		]);
	});

	it('a value with only errors (no messages) becomes one item with the errors', async () => {
		const errors = [{ code: 130429, title: 'Rate limit hit' }];
		const items = await itemsFor(whatsAppCallback([], { errors }));
		expect(items).toEqual([
			{ event: 'new_whatsapp_message', businessPhone: '6280000000001', businessPhoneNumberId: '100000000000001', errors },
		]);
	});

	it('takes the profile name of the contact whose wa_id sent the message', async () => {
		const body = whatsAppCallback(
			[{ ...inboundMessage('wamid.P', 'text', { text: { body: 'hi' } }), from: '85200000002' }],
			{ contacts: [{ wa_id: '85200000001', profile: { name: 'First' } }, { wa_id: '85200000002', profile: { name: 'Second' } }] },
		);
		const items = await itemsFor(body);
		expect(items[0]).toMatchObject({ from: '85200000002', profileName: 'Second' });
	});
});

describe('IncsTrigger RCS message types beyond the fixtures (Google RBM shapes)', () => {
	const RCS_COMMON = {
		event: 'new_rcs_message',
		messageId: 'FAKE-RCS-MSG-0009',
		sender: '+85200000001',
		agentId: 'fake_agent@rbm.goog',
		timestamp: '2030-01-01T00:00:00.000Z',
		businessPhone: '',
	};

	it('location', async () => {
		const items = await itemsFor(rcsCallback({ location: { latitude: 1.5, longitude: 2.5 } }));
		expect(items).toEqual([{ ...RCS_COMMON, type: 'location', location: { latitude: 1.5, longitude: 2.5 } }]);
	});

	it('file', async () => {
		const userFile = {
			payload: { mimeType: 'image/png', sizeBytes: '1234', fileUri: 'https://rbm.example/f', fileName: 'a.png' },
			thumbnail: { mimeType: 'image/png', sizeBytes: '12', fileUri: 'https://rbm.example/t' },
		};
		const items = await itemsFor(rcsCallback({ userFile }));
		expect(items).toEqual([
			{
				...RCS_COMMON,
				type: 'file',
				file: { uri: 'https://rbm.example/f', mimeType: 'image/png', name: 'a.png', sizeBytes: 1234, thumbnailUri: 'https://rbm.example/t' },
			},
		]);
	});

	it('an unknown content passes through under raw', async () => {
		const body = rcsCallback({ somethingNew: { a: 1 } });
		const items = await itemsFor(body);
		expect(items).toEqual([{ ...RCS_COMMON, type: 'unknown', raw: body.message as IDataObject }]);
	});
});

describe('IncsTrigger INCS-format messages', () => {
	it('names documented custom types and statuses, keeps unknown codes and unparsable content', async () => {
		const callback = loadCallback('message_created.incs.text');
		const message = {
			...(callback.message as IDataObject),
			type: 110,
			custom_type: 11009,
			custom_id: 5,
			channel_status: 9,
			content: 'not json',
			error: 'Channel rejected',
			source: 1,
			session_type: 2,
		};
		const [item] = await itemsFor({ ...callback, message });
		expect(item).toMatchObject({
			type: 'custom',
			customType: 'rcsTemplate',
			customId: '5',
			channelStatus: 9,
			content: 'not json',
			error: 'Channel rejected',
			source: 'api',
			sessionType: 'group',
		});
	});
});
