import nock from 'nock';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { executeNode } from '../../../../harness';
import { credentialTypes, failure, incsCredentials, MANAGEMENT_URL, success, TEST_CERTIFICATION_CODE } from '../../../../support/incs';
import { requestFixture, templateFixture } from '../helpers/templates/fixtures';

const run = (parameters: INodeParameters, inputItems?: Array<{ json: IDataObject }>, continueOnFail = false) =>
	executeNode({
		nodeType: new Incs(),
		parameters: { resource: 'whatsAppTemplate', ...parameters },
		inputItems,
		credentials: incsCredentials(),
		credentialTypes,
		continueOnFail,
	});

/** The body-examples mapper as the editor saves it (node version 1.1): one value per variable. */
const mapped = (value: Record<string, string>) => ({ mappingMode: 'defineBelow', value, matchingColumns: [], schema: [] });

const api = () => nock(MANAGEMENT_URL, { reqheaders: { 'certification-code': TEST_CERTIFICATION_CODE } });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const created = templateFixture('waba_templates.create.success').data as IDataObject;

describe('WhatsApp Template → Create', () => {
	it('posts the components built from the form and outputs the simplified template', async () => {
		const scope = api()
			.post('/external/templates', requestFixture('waba_templates.create.utility_body_only'))
			.matchHeader('content-type', /application\/json/)
			.reply(200, success({ ...created, name: 'fake_api_template_2' }));

		const result = await run({
			operation: 'create',
			name: 'fake_api_template_2',
			category: 'UTILITY',
			bodyText: 'Your order {{1}} is ready.',
			bodyExamples: mapped({ '1': 'ORD0001' }),
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: {
					id: '1000000000000001',
					name: 'fake_api_template_2',
					status: 'PENDING',
					category: 'MARKETING',
					language: 'en_US',
					quality: null,
					createdAt: '2030-03-17T17:46:40.000Z',
					updatedAt: '2030-03-17T17:46:54.000Z',
					statusUpdatedAt: null,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('version 1 nodes still read the examples from the older list they saved', async () => {
		const scope = api()
			.post('/external/templates', requestFixture('waba_templates.create.utility_body_only'))
			.reply(200, success({ ...created, name: 'fake_api_template_2' }));

		const result = await executeNode({
			nodeType: new Incs(),
			typeVersion: 1,
			parameters: {
				resource: 'whatsAppTemplate',
				operation: 'create',
				name: 'fake_api_template_2',
				language: 'en_US',
				category: 'UTILITY',
				bodyText: 'Your order {{1}} is ready.',
				bodyVariableExamples: { example: [{ variable: '1', value: 'ORD0001' }] },
			},
			credentials: incsCredentials(),
			credentialTypes,
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('takes one example per body variable and ignores fields of variables no longer in the text', async () => {
		const scope = api()
			.post('/external/templates', requestFixture('waba_templates.create.utility_body_only'))
			.reply(200, success({ ...created, name: 'fake_api_template_2' }));

		const result = await run({
			operation: 'create',
			name: 'fake_api_template_2',
			category: 'UTILITY',
			bodyText: 'Your order {{1}} is ready.',
			bodyExamples: mapped({ '1': 'ORD0001', '2': 'left from an earlier text' }),
		});

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('names the body variable whose example field is empty, and sends nothing', async () => {
		const scope = api().post('/external/templates').reply(200, success(created));

		const result = await run({
			operation: 'create',
			name: 'fake_api_template_2',
			category: 'UTILITY',
			bodyText: 'Hi {{1}}, your order {{2}} is ready.',
			bodyExamples: mapped({ '1': 'Alex', '2': '' }),
		});

		expect(result.error?.message).toBe('Invalid "Body Variable Examples" in item 1: there is no example for {{2}}');
		expect(scope.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('sends every component kind from the form, with expressions resolved per item', async () => {
		const expected = {
			name: 'summer_sale',
			language: 'en_US',
			category: 'MARKETING',
			components: [
				{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['https://example.com/media/header-0001.png'] } },
				{ type: 'BODY', text: 'Hi {{1}}, use code {{2}}.', example: { body_text: [['Alex', 'FAKE10']] } },
				{ type: 'FOOTER', text: 'Reply STOP to opt out' },
				{
					type: 'BUTTONS',
					buttons: [
						{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}', example: ['https://example.com/shop/summer'] },
						{ type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+85200000002' },
						{ type: 'COPY_CODE', example: 'FAKE10' },
						{ type: 'QUICK_REPLY', text: 'Unsubscribe' },
					],
				},
			],
		};
		const scope = api().post('/external/templates', expected).reply(200, success(created));

		const result = await run(
			{
				operation: 'create',
				name: '={{ $json.templateName }}',
				headerType: 'image',
				headerMediaUrl: 'https://example.com/media/header-0001.png',
				bodyText: 'Hi {{1}}, use code {{2}}.',
				bodyExamples: mapped({ '1': 'Alex', '2': 'FAKE10' }),
				footerText: 'Reply STOP to opt out',
				buttons: {
					button: [
						{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}', urlExample: 'https://example.com/shop/summer' },
						{ type: 'PHONE_NUMBER', text: 'Call us', phoneNumber: '+85200000002' },
						{ type: 'COPY_CODE', code: 'FAKE10' },
						{ type: 'QUICK_REPLY', text: 'Unsubscribe' },
					],
				},
				simplify: false,
			},
			[{ json: { templateName: 'summer_sale' } }],
		);

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: created, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	describe('texts pasted with their variables (n8n made the fields expressions)', () => {
		it('keeps {{1}} and {{2}} as WhatsApp variables in the body and the URL button, and still resolves the real expressions', async () => {
			const expected = {
				name: 'summer_sale',
				language: 'en_US',
				category: 'MARKETING',
				components: [
					{ type: 'HEADER', format: 'TEXT', text: 'Summer {{1}}', example: { header_text: ['Sale'] } },
					{ type: 'BODY', text: 'Hi {{1}}, use code {{2}} for 20 % off.', example: { body_text: [['Alex', 'FAKE10']] } },
					{ type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}', example: ['https://example.com/shop/summer'] }] },
				],
			};
			const scope = api().post('/external/templates', expected).reply(200, success(created));

			const result = await run(
				{
					operation: 'create',
					name: 'summer_sale',
					category: 'MARKETING',
					headerType: 'text',
					headerText: '=Summer {{ 1 }}',
					headerExample: 'Sale',
					bodyText: '=Hi {{1}}, use code {{2}} for {{ $json.discount }} off.',
					bodyExamples: mapped({ '1': 'Alex', '2': 'FAKE10' }),
					buttons: { button: [{ type: 'URL', text: '=Shop {{ $json.verb }}', url: '=https://example.com/shop/{{1}}', urlExample: 'https://example.com/shop/summer' }] },
				},
				[{ json: { discount: '20 %', verb: 'now' } }],
			);

			expect(result.error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
		});

		it('keeps named variables ({{first_name}}) that n8n would otherwise fail on as unknown names', async () => {
			const scope = api()
				.post('/external/templates', (body: IDataObject) => JSON.stringify(body.components) === JSON.stringify([{ type: 'BODY', text: 'Hi {{first_name}}, your order {{order_id}} is ready.', example: { body_text_named_params: [{ param_name: 'first_name', example: 'Alex' }, { param_name: 'order_id', example: 'ORD1' }] } }]))
				.reply(200, success(created));
			const result = await run({
				operation: 'create',
				name: 'order_ready',
				category: 'UTILITY',
				bodyText: '=Hi {{first_name}}, your order {{ order_id }} is ready.',
				bodyExamples: mapped({ first_name: 'Alex', order_id: 'ORD1' }),
			});
			expect(result.error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
		});

		it('keeps the variables of JSON components pasted as an expression', async () => {
			const scope = api()
				.post('/external/templates', (body: IDataObject) => JSON.stringify(body.components) === JSON.stringify([{ type: 'BODY', text: 'Your order {{1}} is ready.', example: { body_text: [['ORD0001']] } }]))
				.reply(200, success(created));
			const result = await run({
				operation: 'create',
				name: 'order_ready',
				category: 'UTILITY',
				componentsInput: 'json',
				componentsJson: '=[{ "type": "BODY", "text": "Your order {{1}} is ready.", "example": { "body_text": [["ORD0001"]] } }]',
			});
			expect(result.error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
		});
	});

	it('sends JSON components with uppercase types and example values as text', async () => {
		const fixture = templateFixture('waba_templates.create.body_footer');
		const expected = {
			...fixture,
			components: [
				{ type: 'BODY', text: 'Test template, first variable: {{1}}, second variable: {{2}}', example: { body_text: [['1', '2']] } },
				{ type: 'FOOTER', text: 'Good night' },
			],
		};
		const scope = api().post('/external/templates', expected).reply(200, success(created));
		const result = await run({
			operation: 'create',
			name: 'fake_api_template_1',
			componentsInput: 'json',
			componentsJson: JSON.stringify([
				{ type: 'body', text: 'Test template, first variable: {{1}}, second variable: {{2}}', example: { body_text: [[1, 2]] } },
				{ type: 'footer', text: 'Good night' },
			]),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.id).toBe('1000000000000001');
		expect(scope.isDone()).toBe(true);
	});

	it('stops before sending when a limit is broken, naming the item, field, limit and value', async () => {
		const scope = api().post('/external/templates').reply(200, success(created));
		const result = await run({ operation: 'create', name: 'ok_name', bodyText: 'x'.repeat(1025) });

		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Invalid "Body Text" in item 1: it has 1,025 characters; at most 1,024 are allowed',
			description:
				'Shorten "Body Text" to 1,024 characters or fewer. Nothing was sent: the node checks every item before it sends anything. Fix item 1 (or turn on Continue On Fail to send the valid items and get an error item for item 1) and run again.',
		});
		expect(scope.isDone()).toBe(false);
	});

	it('with Continue On Fail, reports the invalid item and creates the valid one', async () => {
		const scope = api().post('/external/templates').once().reply(200, success(created));
		const result = await run(
			{ operation: 'create', name: '={{ $json.name }}', bodyText: 'Hello there' },
			[{ json: { name: 'Bad Name' } }, { json: { name: 'good_name' } }],
			true,
		);

		expect(result.items[0]).toEqual({
			json: {
				error: 'Invalid "Name" in item 1: "Bad Name" has characters Meta does not allow in template names',
				description: 'Use lowercase letters, digits and underscores only, e.g. bad_name.',
			},
			pairedItem: { item: 0 },
		});
		expect(result.items[1].json.id).toBe('1000000000000001');
		expect(scope.isDone()).toBe(true);
	});

	it('reports INCS\'s own error', async () => {
		api().post('/external/templates').reply(200, failure(400, 'category require'));
		const result = await run({ operation: 'create', name: 'a_b', bodyText: 'Hello' });
		expect(result.error?.message).toContain('category require');
		expect(result.error?.message).toContain('[INCS code 400]');
		expect(JSON.stringify(result.runData)).not.toContain(TEST_CERTIFICATION_CODE);
	});
});

describe('WhatsApp Template → Get and Delete', () => {
	it('gets a template by ID', async () => {
		const scope = api().get('/external/templates/1000000000000001').reply(200, templateFixture('waba_templates.get.success'));
		const result = await run({ operation: 'get', template: byId('1000000000000001'), simplify: false });
		expect(result.items).toEqual([{ json: templateFixture('waba_templates.get.success').data, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('reports a template that does not exist', async () => {
		api().get('/external/templates/1').reply(200, templateFixture('waba_templates.get.error.not_found.inferred'));
		const result = await run({ operation: 'get', template: byId('1') });
		expect(result.error?.message).toContain('The template is not found.');
		expect(result.error?.httpCode).toBe('404');
	});

	it('refuses a name where an ID is needed, without a request', async () => {
		const result = await run({ operation: 'get', template: 'order_ready' });
		expect(result.error?.message).toBe(
			'Invalid "Template" in item 1: "order_ready" is a name, but this operation needs the template ID (digits only)',
		);
	});

	it('deletes a template and outputs its ID', async () => {
		const scope = api().delete('/external/templates/1000000000000001').reply(200, templateFixture('waba_templates.delete.success'));
		const result = await run({ operation: 'delete', template: { __rl: true, mode: 'list', value: '1000000000000001' } });
		expect(result.items).toEqual([{ json: { id: '1000000000000001', deleted: true }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});
});

describe('WhatsApp Template → Get Many', () => {
	const template = (n: number, overrides: IDataObject = {}): IDataObject => ({
		template_id: String(1000000000000000 + n),
		name: `template_${n}`,
		language: 'en_US',
		category: n % 2 === 0 ? 'MARKETING' : 'UTILITY',
		status: n % 3 === 0 ? 'APPROVED' : 'PENDING',
		quality: '',
		components: [],
		created_time: 1900000000,
		updated_time: 1900000000,
		status_updated_time: 0,
		...overrides,
	});
	const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => template(from + i));

	it('returns all templates over several pages, one item each', async () => {
		const scope = api()
			.get('/external/templates')
			.query({ count: '100' })
			.reply(200, success(range(1, 100)))
			.get('/external/templates')
			.query({ count: '100', last_id: '1000000000000100' })
			.reply(200, success(range(101, 200)))
			.get('/external/templates')
			.query({ count: '100', last_id: '1000000000000200' })
			.reply(200, success(range(201, 230)));

		const result = await run({ operation: 'getAll', returnAll: true, simplify: false });

		expect(result.items).toHaveLength(230);
		expect(result.items[229]).toEqual({ json: template(230), pairedItem: { item: 0 } });
		expect(scope.isDone()).toBe(true);
	});

	it('asks for only Limit templates when there is no filter', async () => {
		const scope = api().get('/external/templates').query({ count: '3' }).reply(200, success(range(1, 3)));
		const result = await run({ operation: 'getAll', limit: 3 });
		expect(result.items.map((item) => item.json.id)).toEqual(['1000000000000001', '1000000000000002', '1000000000000003']);
		expect(result.items[0].json).toEqual({
			id: '1000000000000001',
			name: 'template_1',
			status: 'PENDING',
			category: 'UTILITY',
			language: 'en_US',
			quality: null,
			createdAt: '2030-03-17T17:46:40.000Z',
			updatedAt: '2030-03-17T17:46:40.000Z',
			statusUpdatedAt: null,
		});
		expect(scope.isDone()).toBe(true);
	});

	it('applies filters while paging and cuts at Limit in the middle of a page', async () => {
		const scope = api()
			.get('/external/templates')
			.query({ count: '100' })
			.reply(200, success(range(1, 100)))
			.get('/external/templates')
			.query({ count: '100', last_id: '1000000000000100' })
			.reply(200, success(range(101, 200)));

		const result = await run({
			operation: 'getAll',
			limit: 10,
			filters: { statuses: ['APPROVED'], category: 'MARKETING', nameContains: 'TEMPLATE_1' },
		});

		// Approved (n % 3 = 0) marketing (even) names containing "template_1": 12, 18, 102, 108, …
		const expected = range(1, 200)
			.filter((t, i) => (i + 1) % 6 === 0 && String(t.name).includes('template_1'))
			.slice(0, 10)
			.map((t) => t.template_id);
		expect(result.items.map((item) => item.json.id)).toEqual(expected);
		// The tenth match (template_144) is in the middle of page 2: no third page is asked for.
		expect(expected[9]).toBe('1000000000000144');
		expect(scope.isDone()).toBe(true);
	});

	it('returns nothing for an empty account', async () => {
		api().get('/external/templates').query({ count: '100' }).reply(200, templateFixture('waba_templates.list.empty.inferred'));
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});

	it('filters by language', async () => {
		api().get('/external/templates').query({ count: '100' }).reply(200, success([template(1), template(2, { language: 'pt_BR' })]));
		const result = await run({ operation: 'getAll', returnAll: true, filters: { language: 'pt_BR' } });
		expect(result.items.map((item) => item.json.id)).toEqual(['1000000000000002']);
	});
});
