import type { IDataObject } from 'n8n-workflow';

import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';
import { callWebhook } from '../../harness/webhook';
import { KNOWN_EVENTS, loadCallback } from './fixtures';
import { inboundMessage, whatsAppCallback } from './whatsAppPayload';

async function post(body: IDataObject, parameters: IDataObject) {
	return await callWebhook({
		nodeType: new IncsTrigger(),
		parameters: { events: KNOWN_EVENTS, ...parameters },
		request: { body },
	});
}

/** The answer INCS gets when a callback is filtered out: 200, empty body, no execution. */
function expectAcknowledgedWithoutRun(call: Awaited<ReturnType<typeof post>>) {
	expect(call.executionStarted).toBe(false);
	expect(call.items).toEqual([]);
	expect(call.statusCode).toBe(200);
	expect(call.responseBody).toBeUndefined();
}

const threeMessages = whatsAppCallback([
	inboundMessage('wamid.A', 'text', { text: { body: 'first' } }),
	inboundMessage('wamid.B', 'image', { image: { id: 'm1', mime_type: 'image/jpeg' } }),
	inboundMessage('wamid.C', 'text', { text: { body: 'third' } }),
]);

describe('IncsTrigger multi-message payloads', () => {
	it('emits one item per entry of messages[], in order', async () => {
		const call = await post(threeMessages, {});
		expect(call.items.map((item) => [item.json.messageId, item.json.type])).toEqual([
			['wamid.A', 'text'],
			['wamid.B', 'image'],
			['wamid.C', 'text'],
		]);
	});

	it('the message-type filter applies to each message', async () => {
		const call = await post(threeMessages, { filters: { messageTypes: ['text'] } });
		expect(call.items.map((item) => item.json.messageId)).toEqual(['wamid.A', 'wamid.C']);
	});

	it('in raw mode the untouched payload is emitted once when any message passes', async () => {
		const call = await post(threeMessages, { simplify: false, filters: { messageTypes: ['image'] } });
		expect(call.items).toEqual([{ json: threeMessages }]);
	});
});

describe('IncsTrigger filters', () => {
	const failed = loadCallback('message_status_update.whatsapp.failed');
	const read = loadCallback('message_status_update.whatsapp.read');

	it('business phone: a listed number passes, written with + and spaces', async () => {
		const call = await post(failed, { filters: { businessPhones: '+62 800 0000 0001' } });
		expect(call.items).toHaveLength(1);
	});

	it('business phone: any of several numbers passes', async () => {
		const call = await post(failed, { filters: { businessPhones: '6289999999999, 6280000000001' } });
		expect(call.items).toHaveLength(1);
	});

	it('business phone: another number is acknowledged without a run', async () => {
		expectAcknowledgedWithoutRun(await post(failed, { filters: { businessPhones: '6289999999999' } }));
	});

	it('business phone: an event without a business phone is skipped when the filter is set', async () => {
		const created = loadCallback('message_created.incs.text');
		expectAcknowledgedWithoutRun(await post(created, { filters: { businessPhones: '6280000000001' } }));
		const rcs = loadCallback('new_message.rcs.text.inferred');
		expectAcknowledgedWithoutRun(await post(rcs, { filters: { businessPhones: '6280000000001' } }));
	});

	it('business phone: WhatsApp messages match on the business number', async () => {
		const call = await post(threeMessages, { filters: { businessPhones: '6280000000001' } });
		expect(call.items).toHaveLength(3);
	});

	it('message status: a selected status passes', async () => {
		const call = await post(failed, { filters: { messageStatuses: ['failed', 'read'] } });
		expect(call.items.map((item) => item.json.status)).toEqual(['failed']);
	});

	it('message status: an unselected status is acknowledged without a run', async () => {
		expectAcknowledgedWithoutRun(await post(read, { filters: { messageStatuses: ['failed'] } }));
	});

	it('message status: other events are not affected', async () => {
		const template = loadCallback('template_status_update.approved');
		const call = await post(template, { filters: { messageStatuses: ['failed'] } });
		expect(call.items).toHaveLength(1);
	});

	it('message type: RCS suggestion responses have their own type', async () => {
		const suggestion = loadCallback('new_message.rcs.suggestion_response.inferred');
		expect((await post(suggestion, { filters: { messageTypes: ['suggestion_response'] } })).items).toHaveLength(1);
		expectAcknowledgedWithoutRun(await post(suggestion, { filters: { messageTypes: ['text'] } }));
	});

	it('message type: "other" matches types that have no option of their own', async () => {
		const unsupported = whatsAppCallback([inboundMessage('wamid.U', 'unsupported', {})]);
		expect((await post(unsupported, { filters: { messageTypes: ['other'] } })).items).toHaveLength(1);
		expectAcknowledgedWithoutRun(await post(unsupported, { filters: { messageTypes: ['text'] } }));
	});

	it('message type: events that are not inbound messages are not affected', async () => {
		const call = await post(failed, { filters: { messageTypes: ['text'] } });
		expect(call.items).toHaveLength(1);
	});

	it('every filter must pass', async () => {
		const filters = { businessPhones: '6280000000001', messageStatuses: ['read'] };
		expect((await post(read, { filters })).items).toHaveLength(1);
		expectAcknowledgedWithoutRun(await post(failed, { filters }));
	});

	it('in raw mode a filtered-out callback is acknowledged without a run', async () => {
		expectAcknowledgedWithoutRun(
			await post(read, { simplify: false, filters: { messageStatuses: ['failed'] } }),
		);
	});
});
