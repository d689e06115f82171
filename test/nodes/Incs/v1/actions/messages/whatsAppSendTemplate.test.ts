import nock from 'nock';

import allComponents from '../../fixtures/messaging/waba_templates.resource.all_components.inferred.json';
import positional from '../../fixtures/messaging/waba_templates.resource.positional_text_header.extended.json';
import noParams from '../../fixtures/messaging/whatsapp.template.no_params.json';
import { expectSend, jsonItems, MANAGEMENT_URL, MSG_ID, output, run, TEST_CERTIFICATION_CODE } from './support';

const PATH = '/external/messages/whatsapp';
const approved = { ...allComponents, status: 'APPROVED' };
const envelope = (data: unknown) => ({ status: 'success', code: 200, message: '', data, error: {} });

const base = { resource: 'whatsAppMessage', operation: 'sendTemplate', to: '={{ $json.phone }}' };
const mapper = (value: Record<string, string>) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema: [],
	attemptToConvertTypes: false,
	convertFieldsToString: true,
});

describe('WhatsApp Message → Send Template (real n8n-core execution)', () => {
	it('by ID with mapped variables: one template lookup for all items, per-item values', async () => {
		const lookup = nock(MANAGEMENT_URL)
			.get('/external/templates/1000000000000009')
			.matchHeader('certification-code', TEST_CERTIFICATION_CODE)
			.once()
			.reply(200, envelope(approved));
		const components = (name: string, code: string) => [
			{ type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/h.png' } }] },
			{
				type: 'body',
				parameters: [
					{ type: 'text', text: name },
					{ type: 'text', text: code },
					{ type: 'text', text: '10%' },
				],
			},
			{ type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'summer' }] },
			{ type: 'button', sub_type: 'COPY_CODE', index: '3', parameters: [{ type: 'coupon_code', coupon_code: code }] },
		];
		const sends = [
			expectSend(PATH, { to: '85200000001', type: 'template', template: { name: 'fake_all_components_1', components: components('Alex', 'A1') } }, 'm-1'),
			expectSend(PATH, { to: '85200000002', type: 'template', template: { name: 'fake_all_components_1', components: components('Sam', 'B2') } }, 'm-2'),
			expectSend(PATH, { to: '85200000003', type: 'template', template: { name: 'fake_all_components_1', components: components('Kim', 'C3') } }, 'm-3'),
		];
		const result = await run(
			{
				...base,
				template: { __rl: true, mode: 'list', value: '1000000000000009' },
				variables: mapper({
					header_image_url: 'https://example.com/h.png',
					body_1: '={{ $json.name }}',
					body_2: '={{ $json.code }}',
					body_3: '10%',
					button_1_url_suffix: 'summer',
					button_3_coupon_code: '={{ $json.code }}',
				}),
			},
			jsonItems(
				{ phone: '+852 0000 0001', name: 'Alex', code: 'A1' },
				{ phone: '+852 0000 0002', name: 'Sam', code: 'B2' },
				{ phone: '+852 0000 0003', name: ' Kim ', code: 'C3' },
			),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			output({ channel: 'whatsapp', to: '85200000001', type: 'template', messageId: 'm-1' }, 0),
			output({ channel: 'whatsapp', to: '85200000002', type: 'template', messageId: 'm-2' }, 1),
			output({ channel: 'whatsapp', to: '85200000003', type: 'template', messageId: 'm-3' }, 2),
		]);
		expect(lookup.isDone()).toBe(true);
		expect(sends.every((scope) => scope.isDone())).toBe(true);
	});

	it('a location-header template sends the map pin from the mapped latitude, longitude, name and address', async () => {
		const template = {
			...approved,
			template_id: '1000000000000042',
			name: 'store_location',
			components: [{ type: 'HEADER', format: 'LOCATION' }, { type: 'BODY', text: 'Your order waits at this store.' }],
		};
		const lookup = nock(MANAGEMENT_URL).get('/external/templates/1000000000000042').once().reply(200, envelope(template));
		const send = expectSend(PATH, {
			to: '85200000001',
			type: 'template',
			template: {
				name: 'store_location',
				components: [
					{ type: 'header', parameters: [{ type: 'location', location: { latitude: '22.2819', longitude: '114.1582', name: 'Central', address: "1 Queen's Road Central" } }] },
				],
			},
		});
		const result = await run(
			{
				...base,
				template: { __rl: true, mode: 'id', value: '1000000000000042' },
				variables: mapper({
					header_location_latitude: '={{ $json.lat }}',
					header_location_longitude: '={{ $json.lng }}',
					header_location_name: 'Central',
					header_location_address: "1 Queen's Road Central",
				}),
			},
			jsonItems({ phone: '+852 0000 0001', lat: 22.2819, lng: 114.1582 }),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([output({ channel: 'whatsapp', to: '85200000001', type: 'template', messageId: MSG_ID }, 0)]);
		expect(lookup.isDone() && send.isDone()).toBe(true);
	});

	it('by name with mapped variables looks the template up in the list once', async () => {
		const list = nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: 100 })
			.once()
			.reply(200, envelope([positional]));
		const scope = expectSend(PATH, {
			to: '85200000001',
			type: 'template',
			template: {
				name: 'promo_header_text',
				components: [
					{ type: 'header', parameters: [{ type: 'text', text: '2030-01-01' }] },
					{ type: 'body', parameters: [{ type: 'text', text: 'the end of the month' }, { type: 'text', text: 'FAKE10' }, { type: 'text', text: '10%' }] },
				],
			},
		});
		const result = await run(
			{
				...base,
				template: { __rl: true, mode: 'name', value: 'promo_header_text' },
				variables: mapper({ header_text: '2030-01-01', body_1: 'the end of the month', body_2: 'FAKE10', body_3: '10%' }),
			},
			jsonItems({ phone: '85200000001' }),
		);
		expect(result.error).toBeUndefined();
		expect(list.isDone() && scope.isDone()).toBe(true);
	});

	it('JSON mode by name sends without any lookup; no components for a template without variables', async () => {
		const scope = expectSend(PATH, noParams);
		const result = await run(
			{ ...base, to: '85200000001', template: { __rl: true, mode: 'name', value: 'order_ready_notice' }, variablesMode: 'json', componentsJson: '' },
		);
		expect(result.items).toEqual([output({ channel: 'whatsapp', to: '85200000001', type: 'template', messageId: MSG_ID })]);
		expect(scope.isDone()).toBe(true);
	});

	it('JSON mode passes raw components through', async () => {
		const components = [{ type: 'body', parameters: [{ type: 'text', text: 'Alex' }] }];
		const scope = expectSend(PATH, { to: '85200000001', type: 'template', template: { name: 'welcome', components } });
		await run({ ...base, to: '85200000001', template: { __rl: true, mode: 'name', value: 'welcome' }, variablesMode: 'json', componentsJson: JSON.stringify(components) });
		expect(scope.isDone()).toBe(true);
	});

	it('a missing variable stops the item before sending', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, envelope(approved));
		const send = expectSend(PATH, {});
		const result = await run(
			{
				...base,
				template: { __rl: true, mode: 'id', value: '1000000000000009' },
				variables: mapper({ header_image_url: 'https://example.com/h.png', body_1: 'A', body_2: 'B', body_3: '', button_1_url_suffix: 's', button_3_coupon_code: 'C' }),
			},
			jsonItems({ phone: '85200000001' }),
		);
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Invalid "Variables › Body {{3}}" in item 1: it is empty',
		});
		expect(send.isDone()).toBe(false);
	});

	it('an unapproved template is refused before sending', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, envelope(allComponents));
		const send = expectSend(PATH, {});
		const result = await run({ ...base, to: '85200000001', template: { __rl: true, mode: 'id', value: '1000000000000009' } });
		expect(result.error?.message).toBe('Invalid "Template" in item 1: template "fake_all_components_1" is REJECTED; only APPROVED templates can be sent');
		expect(send.isDone()).toBe(false);
	});

	it('an unknown template name is a clear error', async () => {
		nock(MANAGEMENT_URL).get('/external/templates').query({ count: 100 }).reply(200, envelope([positional]));
		const result = await run({ ...base, to: '85200000001', template: { __rl: true, mode: 'name', value: 'nope' } });
		expect(result.error?.message).toBe('There is no WhatsApp template named "nope"');
	});
});
