import { startSimulator, type Simulator } from '../../simulator/server';
import { api, call, dataOf } from './helpers';
import * as req from './requests';

let sim: Simulator;

beforeAll(async () => {
	sim = await startSimulator({ seedData: true });
});

afterAll(async () => {
	await sim.close();
});

beforeEach(() => sim.reset());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function send(channel: string, body: unknown) {
	return api(sim, 'POST', `/external/messages/${channel}`, body);
}

async function expectError(channel: string, body: unknown, code: number, message: string | RegExp) {
	const response = await send(channel, body);
	expect(response.status).toBe(200);
	expect(response.body).toEqual({ status: 'error', code, message: expect.stringMatching(message), data: {}, error: {} });
}

describe('documented request fixtures are accepted', () => {
	const cases: Array<[string, string, unknown]> = [
		['whatsapp', 'template without parameters', req.whatsappTemplateNoParams],
		['whatsapp', 'template with header text and body', req.whatsappTemplateHeaderTextBody],
		['whatsapp', 'template with header image', req.whatsappTemplateHeaderImage],
		['whatsapp', 'template with COPY_CODE button', req.whatsappTemplateCopyCode],
		['whatsapp', 'template combined', req.whatsappTemplateCombined],
		['whatsapp', 'text', req.whatsappText],
		['whatsapp', 'image', req.whatsappImage],
		['whatsapp', 'video', req.whatsappVideo],
		['whatsapp', 'audio', req.whatsappAudio],
		['whatsapp', 'document', req.whatsappDocument],
		['viber', 'otp', req.viberOtp],
		['viber', 'text', req.viberText],
		['viber', 'image', req.viberImage],
		['viber', 'video', req.viberVideo],
		['viber', 'document', req.viberDocument],
		['rcs', 'template with parameters', req.rcsTemplateWithParameters],
		['rcs', 'text', req.rcsText],
		['rcs', 'image', req.rcsImage],
		['rcs', 'video', req.rcsVideo],
		['rcs', 'document', req.rcsDocument],
	];
	it.each(cases)('%s %s', async (channel, _name, body) => {
		const response = await send(channel, body);
		expect(response.status).toBe(200);
		expect(response.body).toEqual({ status: 'success', code: 200, message: '', data: { msg_id: expect.stringMatching(UUID) }, error: {} });
	});

	it('gives every send a fresh msg_id', async () => {
		const first = dataOf<{ msg_id: string }>(await send('viber', req.viberText));
		const second = dataOf<{ msg_id: string }>(await send('viber', req.viberText));
		expect(first.msg_id).not.toBe(second.msg_id);
	});
});

describe('common checks', () => {
	it('rejects a wrong certification code with 10001 and HTTP 200', async () => {
		const response = await api(sim, 'POST', '/external/messages/viber', req.viberText, { headers: { 'certification-code': 'wrong' } });
		expect(response.status).toBe(200);
		expect(response.body).toEqual({ status: 'error', code: 10001, message: 'Certification code is invalid', data: {}, error: {} });
	});

	it('answers an unknown route with the 404 envelope', async () => {
		const response = await api(sim, 'GET', '/external/nothing');
		expect(response.body).toMatchObject({ status: 'error', code: 404, message: 'Not found' });
		expect((await api(sim, 'PUT', '/external/messages/viber', {})).body.code).toBe(404);
	});

	it('mirrors the envelope code as HTTP status when asked', async () => {
		sim.setOptions({ httpStatusMirrorsCode: true });
		try {
			expect((await send('viber', { ...req.viberText, to: '+852' })).status).toBe(422);
			expect((await api(sim, 'GET', '/external/account', undefined, { headers: { 'certification-code': 'x' } })).status).toBe(401);
		} finally {
			sim.setOptions({ httpStatusMirrorsCode: false });
		}
	});

	it.each(['+85200000001', '852 0000 0001', '123456', '1234567890123456', 85200000001])('rejects the phone number %p', async (to) => {
		await expectError('whatsapp', { ...req.whatsappText, to }, 422, /^The phone number is invalid\.$/);
	});

	it('answers a missing type with 400 "type require"', async () => {
		await expectError('viber', { to: '85200000001', text: 'x' }, 400, /^type require$/);
	});

	it('rejects a type the channel does not have', async () => {
		await expectError('viber', { to: '85200000001', type: 'template', template: { name: 'x' } }, 422, /selected type is invalid/);
		await expectError('rcs', { to: '85200000001', type: 'audio', audio: { link: 'https://e.com/a.mp3' } }, 422, /selected type is invalid/);
	});

	it('requires the field named after the type', async () => {
		await expectError('whatsapp', { to: '85200000001', type: 'image', text: 'x' }, 422, /image field is required/);
	});

	it('rejects non-JSON bodies and a missing JSON content type', async () => {
		const broken = await call(sim, 'POST', '/external/messages/viber', undefined, { rawBody: '{"to":', headers: { 'content-type': 'application/json' } });
		expect(JSON.parse(broken.text)).toMatchObject({ code: 422, message: 'The request body is not valid JSON.' });
		const form = await call(sim, 'POST', '/external/messages/viber', undefined, { rawBody: JSON.stringify(req.viberText), headers: { 'content-type': 'text/plain' } });
		expect(JSON.parse(form.text)).toMatchObject({ code: 422 });
	});
});

describe('payload shapes', () => {
	it('wants text as a plain string, not { body }', async () => {
		await expectError('whatsapp', { ...req.whatsappText, text: { body: 'Hello' } }, 422, /The text must be a string/);
	});

	it('wants media as { link } with an http(s) URL', async () => {
		await expectError('whatsapp', { ...req.whatsappImage, image: { url: 'https://e.com/a.png' } }, 422, /image\.link field is required/);
		await expectError('viber', { ...req.viberImage, image: { link: 'ftp://e.com/a.png' } }, 422, /image\.link must be a valid URL/);
	});

	it('limits Viber text to 1000 characters', async () => {
		expect((await send('viber', { ...req.viberText, text: 'x'.repeat(1000) })).body.code).toBe(200);
		await expectError('viber', { ...req.viberText, text: 'x'.repeat(1001) }, 422, /may not be greater than 1000/);
	});

	it('checks the Viber otp fields', async () => {
		await expectError('viber', { ...req.viberOtp, otp: { code: '1234', language: 'en', code_expiration_minutes: '3' } }, 422, /code_expiration_minutes must be an integer/);
		await expectError('viber', { ...req.viberOtp, otp: { code: '1234', code_expiration_minutes: 3 } }, 422, /otp\.language field is required/);
	});

	it('accepts only PDF documents on RCS', async () => {
		await expectError('rcs', { ...req.rcsDocument, document: { link: 'https://e.com/report.xlsx' } }, 422, /PDF/);
	});
});

describe('WhatsApp template sends', () => {
	it('rejects an unknown template with 10002', async () => {
		await expectError('whatsapp', { ...req.whatsappTemplateNoParams, template: { name: 'no_such_template' } }, 10002, /\[no_such_template\]/);
	});

	it('rejects a template that is not approved', async () => {
		sim.setOptions({ reviewDelayMs: -1 });
		try {
			await api(sim, 'POST', '/external/templates', req.wabaCreateUtilityBodyOnly);
			const body = { to: '85200000001', type: 'template', template: { name: 'fake_api_template_2' } };
			await expectError('whatsapp', body, 10002, /PENDING/);
		} finally {
			sim.setOptions({ reviewDelayMs: 50 });
		}
	});

	it('requires as many body parameters as the template has variables', async () => {
		const body = structuredClone(req.whatsappTemplateHeaderTextBody);
		body.template.components[1].parameters.pop();
		await expectError('whatsapp', body, 10002, /body expects 3, got 2/);
	});

	it('requires the header parameter of a media header', async () => {
		await expectError('whatsapp', { ...req.whatsappTemplateHeaderImage, template: { name: 'promo_header_image' } }, 10002, /header expects 1 image/);
	});

	it('wants one complete location parameter for a location header', async () => {
		// The seeded store_location template has a LOCATION header and one body variable.
		const body = { type: 'body', parameters: [{ type: 'text', text: '#1001' }] };
		const location = { latitude: '22.2819', longitude: '114.1582', name: 'Central', address: "1 Queen's Road Central" };
		const withHeader = (parameters: unknown[]) => ({ to: '85200000001', type: 'template', template: { name: 'store_location', components: [{ type: 'header', parameters }, body] } });
		expect((await send('whatsapp', withHeader([{ type: 'location', location }]))).body.code).toBe(200);
		await expectError('whatsapp', { to: '85200000001', type: 'template', template: { name: 'store_location', components: [body] } }, 10002, /header expects 1 location parameter, got 0/);
		await expectError('whatsapp', withHeader([{ type: 'text', text: 'Central' }]), 10002, /header expects location, got text/);
		await expectError('whatsapp', withHeader([{ type: 'location', location: { ...location, latitude: '95' } }]), 422, /location\.latitude must be a number between -90 and 90/);
		await expectError('whatsapp', withHeader([{ type: 'location', location: { ...location, address: undefined } }]), 422, /location\.address/);
	});

	it('requires the coupon code of a COPY_CODE button', async () => {
		await expectError('whatsapp', { ...req.whatsappTemplateCopyCode, template: { name: 'promo_copy_code' } }, 10002, /COPY_CODE/);
	});

	it('wants lowercase component types and a string index', async () => {
		const upper = structuredClone(req.whatsappTemplateHeaderTextBody);
		upper.template.components[1].type = 'BODY';
		await expectError('whatsapp', upper, 422, /components\.1\.type is invalid/);
		const numericIndex = { ...req.whatsappTemplateCopyCode, template: { ...req.whatsappTemplateCopyCode.template, components: [{ ...req.whatsappTemplateCopyCode.template.components[0], index: 0 }] } };
		await expectError('whatsapp', numericIndex, 422, /index must be a string/);
	});

	it('matches named body parameters by name', async () => {
		const named = (params: Array<{ name: string; text: string }>) => ({
			to: '85200000001',
			type: 'template',
			template: { name: 'welcome_named', components: [{ type: 'body', parameters: params.map((p) => ({ type: 'text', parameter_name: p.name, text: p.text })) }] },
		});
		expect((await send('whatsapp', named([{ name: 'first_name', text: 'Jo' }, { name: 'member_id', text: 'M1' }]))).body.code).toBe(200);
		await expectError('whatsapp', named([{ name: 'first_name', text: 'Jo' }, { name: 'member', text: 'M1' }]), 10002, /missing member_id/);
	});

	it('requires the suffix of a URL button with a variable', async () => {
		const base = { to: '85200000001', type: 'template', template: { name: 'shop_link', components: [{ type: 'body', parameters: [{ type: 'text', text: 'Jo' }] }] } };
		await expectError('whatsapp', base, 10002, /URL suffix/);
		const withSuffix = structuredClone(base) as { template: { components: unknown[] } };
		withSuffix.template.components.push({ type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'summer' }] });
		expect((await send('whatsapp', withSuffix)).body.code).toBe(200);
	});
});

describe('WhatsApp interactive sends', () => {
	const interactive = (value: unknown) => ({ to: '85200000001', type: 'interactive', interactive: value });
	const buttons = (n: number) =>
		Array.from({ length: n }, (_, i) => ({ type: 'reply', reply: { id: `b${i}`, title: `Option ${i}` } }));

	it('accepts reply buttons up to three', async () => {
		expect((await send('whatsapp', interactive({ type: 'button', body: { text: 'Pick' }, action: { buttons: buttons(3) } }))).body.code).toBe(200);
		await expectError('whatsapp', interactive({ type: 'button', body: { text: 'Pick' }, action: { buttons: buttons(4) } }), 422, /may not have more than 3 items/);
	});

	it('limits reply button titles to 20 characters', async () => {
		const long = [{ type: 'reply', reply: { id: 'a', title: 'x'.repeat(21) } }];
		await expectError('whatsapp', interactive({ type: 'button', body: { text: 'Pick' }, action: { buttons: long } }), 422, /title may not be greater than 20/);
	});

	it('checks lists: button label, rows total, section titles', async () => {
		const rows = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `Row ${i}` }));
		const ok = { type: 'list', body: { text: 'Menu' }, action: { button: 'Open', sections: [{ title: 'A', rows: rows(5, 'a') }, { title: 'B', rows: rows(5, 'b') }] } };
		expect((await send('whatsapp', interactive(ok))).body.code).toBe(200);
		const tooMany = { ...ok, action: { ...ok.action, sections: [{ title: 'A', rows: rows(6, 'a') }, { title: 'B', rows: rows(5, 'b') }] } };
		await expectError('whatsapp', interactive(tooMany), 422, /more than 10 rows/);
		const untitled = { ...ok, action: { ...ok.action, sections: [{ rows: rows(1, 'a') }, { title: 'B', rows: rows(1, 'b') }] } };
		await expectError('whatsapp', interactive(untitled), 422, /sections\.0\.title field is required/);
	});

	it('checks cta_url', async () => {
		const action = { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com' } };
		expect((await send('whatsapp', interactive({ type: 'cta_url', body: { text: 'Visit' }, action }))).body.code).toBe(200);
		await expectError('whatsapp', interactive({ type: 'cta_url', body: { text: 'Visit' }, action: { ...action, parameters: { display_text: 'Open', url: 'nope' } } }), 422, /url must be a valid URL/);
	});

	it('checks carousels: 2-10 cards with consecutive card_index', async () => {
		const card = (i: number) => ({
			card_index: i,
			type: 'cta_url',
			header: { type: 'image', image: { link: 'https://example.com/a.png' } },
			action: { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://example.com' } },
		});
		expect((await send('whatsapp', interactive({ type: 'carousel', body: { text: 'Look' }, action: { cards: [card(0), card(1)] } }))).body.code).toBe(200);
		await expectError('whatsapp', interactive({ type: 'carousel', body: { text: 'Look' }, action: { cards: [card(0)] } }), 422, /at least 2 items/);
		await expectError('whatsapp', interactive({ type: 'carousel', body: { text: 'Look' }, action: { cards: [card(0), card(2)] } }), 422, /card_index must be 1/);
	});

	it('rejects an unknown interactive type', async () => {
		await expectError('whatsapp', interactive({ type: 'flow', body: { text: 'x' } }), 422, /interactive\.type is invalid/);
	});
});

describe('RCS template sends', () => {
	it('answers missing variables with the documented 10004 message', async () => {
		await expectError(
			'rcs',
			req.rcsTemplateNoParams,
			10004,
			/^Template with the code \[fake_rcs_text_1\] and bot \[FAKEBOT000000000\] received with insufficient custom params$/,
		);
	});

	it('counts variables from every part of the template', async () => {
		const body = { to: '85200000001', type: 'template', template: { name: 'fake_carousel', parameters: { name: 'Jo', offer_name: 'X' } } };
		await expectError('rcs', body, 10004, /insufficient custom params/);
		body.template.parameters = { ...body.template.parameters, image: 'a.png' } as typeof body.template.parameters;
		expect((await send('rcs', body)).body.code).toBe(200);
	});

	it('rejects unknown templates and parameters that are not an object', async () => {
		await expectError('rcs', { ...req.rcsTemplateNoParams, template: { name: 'missing' } }, 10004, /\[missing\].*not found/);
		await expectError('rcs', { ...req.rcsTemplateWithParameters, template: { name: 'fake_rcs_text_1', parameters: ['Jo'] } }, 422, /parameters must be an object/);
	});

	it('sends a template without variables without parameters', async () => {
		expect((await send('rcs', { to: '85200000001', type: 'template', template: { name: 'rcs_plain_notice' } })).body.code).toBe(200);
	});
});

describe('customer-service window (knob)', () => {
	afterEach(() => sim.setOptions({ enforceServiceWindow: false }));

	it('refuses free-form WhatsApp messages until the user wrote in', async () => {
		sim.setOptions({ enforceServiceWindow: true });
		await expectError('whatsapp', req.whatsappText, 10002, /131047/);
		expect((await send('whatsapp', req.whatsappTemplateNoParams)).body.code).toBe(200);
		await sim.injectCallback({ kind: 'whatsappMessage', from: '85200000001', url: 'http://127.0.0.1:9/none' });
		expect((await send('whatsapp', req.whatsappText)).body.code).toBe(200);
	});
});

describe('account', () => {
	it('returns the display phone number', async () => {
		const response = await api(sim, 'GET', '/external/account');
		expect(response.body).toMatchObject({ status: 'success', code: 200, data: { display_phone_number: '+852 0000 0001' } });
	});
});
