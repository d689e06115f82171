import type { RcsTemplate, WabaTemplate } from '../../simulator/templateStore';
import { startSimulator, type Simulator } from '../../simulator/server';
import { api, CallbackReceiver, dataOf } from './helpers';
import * as req from './requests';

let sim: Simulator;
let receiver: CallbackReceiver;
let hookUrl: string;

beforeAll(async () => {
	receiver = new CallbackReceiver();
	hookUrl = await receiver.start();
	sim = await startSimulator({ seedData: true, callbackUrl: hookUrl, callbackDelays: { sentMs: 5, deliveredMs: 5, readMs: 5 }, reviewDelayMs: 10 });
});

afterAll(async () => {
	await sim.close();
	await receiver.close();
});

beforeEach(() => {
	sim.setOptions({ callbackUrl: hookUrl, callbackToken: null, failingNumbers: [], whatsappCallbackIdStyle: 'wamid' });
	sim.reset();
	receiver.received.length = 0;
	receiver.status = 200;
});

describe('message status callbacks', () => {
	it('posts sent, delivered, read in order with the fixture shape', async () => {
		const msgId = dataOf<{ msg_id: string }>(await api(sim, 'POST', '/external/messages/whatsapp', req.whatsappText)).msg_id;
		await sim.settled();
		const statuses = receiver.events('message_status_update');
		expect(statuses.map((s) => s.message_status)).toEqual(['sent', 'delivered', 'read']);
		const [entry] = sim.journal.acceptedSends('whatsapp');
		expect(entry.msgId).toBe(msgId);
		expect(statuses[0]).toEqual({
			event: 'message_status_update',
			channel_id: 99999,
			business_phone: '85200000001',
			message_id: entry.callbackMessageId,
			message_status: 'sent',
			error: null,
			received_at: expect.any(Number),
		});
		expect(entry.callbackMessageId).toMatch(/^wamid\./);
		expect(String(statuses[0].received_at)).toMatch(/^\d{10}$/);
	});

	it('can report the send msg_id instead of a wamid', async () => {
		sim.setOptions({ whatsappCallbackIdStyle: 'msgId' });
		const msgId = dataOf<{ msg_id: string }>(await api(sim, 'POST', '/external/messages/whatsapp', req.whatsappText)).msg_id;
		await sim.settled();
		expect(receiver.events('message_status_update').every((s) => s.message_id === msgId)).toBe(true);
	});

	it('ends with failed and an error for numbers configured as failing', async () => {
		sim.setOptions({ failingNumbers: ['85200000009'] });
		await api(sim, 'POST', '/external/messages/viber', { ...req.viberText, to: '85200000009' });
		await sim.settled();
		const statuses = receiver.events('message_status_update');
		expect(statuses.map((s) => s.message_status)).toEqual(['sent', 'failed']);
		expect(statuses[1].error).toEqual({ code: 131049, title: expect.stringContaining('healthy ecosystem') });
	});

	it('uses the EN shape for RCS (no channel_id, empty business_phone)', async () => {
		const msgId = dataOf<{ msg_id: string }>(await api(sim, 'POST', '/external/messages/rcs', req.rcsText)).msg_id;
		await sim.settled();
		const [sent] = receiver.events('message_status_update');
		expect(sent).not.toHaveProperty('channel_id');
		expect(sent).toMatchObject({ business_phone: '', message_id: msgId });
	});

	it('sends no callback for a rejected send', async () => {
		await api(sim, 'POST', '/external/messages/viber', { ...req.viberText, to: 'bad' });
		await sim.settled();
		expect(receiver.received).toHaveLength(0);
	});

	it('appends the token as a query parameter', async () => {
		sim.setOptions({ callbackToken: 's3cret' });
		await api(sim, 'POST', '/external/messages/viber', req.viberText);
		await sim.settled();
		expect(receiver.received.every((r) => r.url === '/hook?token=s3cret')).toBe(true);
		expect(receiver.received).toHaveLength(3);
	});
});

describe('template review callbacks', () => {
	it('posts template_status_update after the automatic review', async () => {
		const template = dataOf<WabaTemplate>(await api(sim, 'POST', '/external/templates', req.wabaCreateBodyFooter));
		await sim.settled();
		expect(receiver.events('template_status_update')).toEqual([
			{
				event: 'template_status_update',
				channel_id: 99999,
				business_phone: '85200000001',
				template_id: template.template_id,
				template_name: 'fake_api_template_1',
				new_value: 'APPROVED',
				reason: '',
				received_at: expect.any(Number),
			},
		]);
	});

	it('posts REJECTED with a reason for a manual rejection of an RCS template', async () => {
		sim.setOptions({ reviewDelayMs: -1 });
		try {
			const template = dataOf<RcsTemplate>(await api(sim, 'POST', '/external/templates/rcs', req.rcsCreateText));
			await api(sim, 'POST', `/__sim/templates/rcs/${template.template_id}/reject`, { reason: 'INVALID_FORMAT' });
			await sim.settled();
			expect(receiver.events('template_status_update')).toEqual([expect.objectContaining({ template_id: template.template_id, new_value: 'REJECTED', reason: 'INVALID_FORMAT' })]);
		} finally {
			sim.setOptions({ reviewDelayMs: 10 });
		}
	});
});

describe('injected callbacks', () => {
	it('injects a WhatsApp inbound text like the fixture', async () => {
		const delivery = await sim.injectCallback({ kind: 'whatsappMessage', from: '85200000001', text: 'hi there' });
		expect(delivery).toMatchObject({ ok: true, statusCode: 200, event: 'new_message' });
		const [body] = receiver.events('new_message');
		expect(body).toMatchObject({
			business_phone: '85200000001',
			message: {
				messaging_product: 'whatsapp',
				contacts: [{ wa_id: '85200000001', profile: { name: 'Test Customer' } }],
				messages: [{ from: '85200000001', type: 'text', text: { body: 'hi there' }, id: expect.stringMatching(/^wamid\./) }],
			},
		});
	});

	it('injects an RCS suggestion response', async () => {
		await sim.injectCallback({ kind: 'rcsMessage', from: '85200000001', suggestionResponse: { postbackData: 'track', text: 'Track' } });
		expect(receiver.events('new_message')[0]).toMatchObject({
			business_phone: '',
			message: { senderPhoneNumber: '+85200000001', agentId: 'FAKEBOT000000000', suggestionResponse: { postbackData: 'track', type: 'REPLY' } },
		});
	});

	it('injects category and quality updates and applies them to the store', async () => {
		const [template] = dataOf<WabaTemplate[]>(await api(sim, 'GET', '/external/templates?count=1'));
		await sim.injectCallback({ kind: 'templateQuality', templateId: template.template_id, newValue: 'YELLOW' });
		await sim.injectCallback({ kind: 'templateCategory', templateId: template.template_id, newValue: 'UTILITY' });
		expect(receiver.events().map((e) => e.event)).toEqual(['template_quality_update', 'template_category_update']);
		const updated = dataOf<WabaTemplate>(await api(sim, 'GET', `/external/templates/${template.template_id}`));
		expect(updated).toMatchObject({ quality: 'YELLOW', category: 'UTILITY' });
		expect(updated.quality_updated_time).toBeGreaterThan(0);
	});

	it('injects message_created and a raw forged body with a wrong token, via the control API', async () => {
		await api(sim, 'POST', '/__sim/callbacks', { kind: 'messageCreated', text: 'yo' });
		const forged = await api(sim, 'POST', '/__sim/callbacks', { kind: 'raw', body: '{"event":"message_status_update"', token: 'forged' });
		expect(forged.status).toBe(200);
		expect(receiver.received[0].body).toMatchObject({ event: 'message_created', message: { content: '{"text":"yo"}' } });
		expect(receiver.received[1]).toEqual({ url: '/hook?token=forged', body: { raw: '{"event":"message_status_update"' } });
	});

	it('refuses a bad injection with HTTP 400', async () => {
		expect((await api(sim, 'POST', '/__sim/callbacks', { kind: 'nonsense' })).status).toBe(400);
	});
});

describe('delivery failures', () => {
	it('records a non-2xx answer', async () => {
		receiver.status = 500;
		const delivery = await sim.injectCallback({ kind: 'whatsappMessage', from: '85200000001' });
		expect(delivery).toMatchObject({ ok: false, statusCode: 500 });
	});

	it('records an unreachable receiver and keeps serving', async () => {
		sim.setOptions({ callbackUrl: 'http://127.0.0.1:9/unreachable' });
		await api(sim, 'POST', '/external/messages/viber', req.viberText);
		await sim.settled();
		expect(sim.callbackDeliveries.length).toBeGreaterThan(0);
		expect(sim.callbackDeliveries.every((d) => !d.ok && d.error !== null)).toBe(true);
		expect((await api(sim, 'GET', '/external/account')).body.code).toBe(200);
	});

	it('refuses non-loopback callback hosts by default', async () => {
		const delivery = await sim.injectCallback({ kind: 'raw', body: {}, url: 'http://192.0.2.1/hook' });
		expect(delivery).toMatchObject({ ok: false, error: expect.stringContaining('non-loopback') });
	});
});
