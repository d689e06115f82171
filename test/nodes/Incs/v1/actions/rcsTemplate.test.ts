import type { IDataObject, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { executeNode } from '../../../../harness';
import { credentialTypes, incsCredentials, MANAGEMENT_URL, success, TEST_CERTIFICATION_CODE } from '../../../../support/incs';
import { requestFixture, templateFixture } from '../helpers/templates/fixtures';

const run = (parameters: INodeParameters, continueOnFail = false) =>
	executeNode({
		nodeType: new Incs(),
		parameters: { resource: 'rcsTemplate', ...parameters },
		credentials: incsCredentials(),
		credentialTypes,
		continueOnFail,
	});

const api = () => nock(MANAGEMENT_URL, { reqheaders: { 'certification-code': TEST_CERTIFICATION_CODE } });
const createdData = templateFixture('rcs_templates.create.success').data as IDataObject;
const created = success(createdData);

/** The carousel of the INCS documentation, entered in the node's fields as the editor saves them. */
const carouselParameters: INodeParameters = {
	operation: 'create',
	name: 'fake_carousel',
	templateType: 'carousel',
	width: 'MEDIUM',
	cards: {
		card: [
			{
				title: 'New watches',
				description: 'Dear [name], new watches for less',
				mediaType: 'video',
				mediaUrl: 'https://example.com/media/clip-0001.mp4',
				thumbnailUrl: 'https://example.com/media/watches-thumb.jpeg',
				suggestions: {
					suggestion: [{ suggestionType: 'url_action', url: 'https://example.com/', text: 'Buy at [offer_name]', postbackData: 'shop_url' }],
				},
			},
			{
				title: 'New perfumes',
				description: 'Dear [name], choose new perfumes.',
				mediaUrl: 'https://example.com/media/[image]',
				suggestions: {
					suggestion: [{ suggestionType: 'dialer_action', phoneNumber: '+852 0000 0002', text: 'Call now', postbackData: 'call_click' }],
				},
			},
		],
	},
};

describe('RCS Template → Create (real n8n-core run)', () => {
	it('creates the documented carousel from the form, nested card suggestions included', async () => {
		const scope = api().post('/external/templates/rcs', requestFixture('rcs_templates.create.carousel')).reply(200, created);
		const result = await run(carouselParameters);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: {
					id: '2000000000000000001',
					name: 'fake_text_tpl',
					status: 'PENDING',
					category: null,
					type: 'text',
					createdAt: '2030-03-17T17:46:40.000Z',
					updatedAt: '2030-03-17T17:46:40.000Z',
					statusUpdatedAt: null,
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('creates a text template with suggestions and returns the raw resource when Simplify is off', async () => {
		const scope = api().post('/external/templates/rcs', requestFixture('rcs_templates.create.text')).reply(200, created);
		const result = await run({
			operation: 'create',
			name: 'fake_text_tpl',
			textMessage: 'Dear [name], your order [order_id] has been shipped.',
			suggestions: {
				suggestion: [
					{ text: 'Track Order', postbackData: 'track_order_[order_id]' },
					{ suggestionType: 'url_action', text: 'View Details', postbackData: 'view_details', url: 'https://example.com/orders/[order_id]' },
				],
			},
			simplify: false,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: createdData, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('creates a horizontal rich card', async () => {
		const scope = api().post('/external/templates/rcs', requestFixture('rcs_templates.create.richcard.horizontal_image')).reply(200, created);
		const result = await run({
			operation: 'create',
			name: 'fake_richcard_h',
			templateType: 'richcard',
			orientation: 'HORIZONTAL',
			cardTitle: 'New arrivals',
			mediaUrl: 'https://example.com/media/header-0001.png',
			suggestions: { suggestion: [{ suggestionType: 'url_action', text: 'Shop', postbackData: 'shop', url: 'https://example.com/shop' }] },
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('creates from JSON content', async () => {
		const fixture = templateFixture('rcs_templates.create.richcard.vertical_video');
		const scope = api().post('/external/templates/rcs', requestFixture('rcs_templates.create.richcard.vertical_video')).reply(200, created);
		const result = await run({
			operation: 'create',
			name: 'fake_richcard_v',
			templateType: 'richcard',
			contentInput: 'json',
			contentJson: JSON.stringify(fixture.content),
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('names the card and suggestion of a broken limit and sends nothing', async () => {
		const scope = api().post('/external/templates/rcs').reply(200, created);
		const cards = (carouselParameters.cards as { card: INodeParameters[] }).card;
		const broken = { ...cards[1], suggestions: { suggestion: [{ text: 'x'.repeat(26), postbackData: 'p' }] } };
		const result = await run({ ...carouselParameters, cards: { card: [cards[0], broken] } });
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Invalid "Cards › Card 2 › Suggestions › Suggestion 1 › Text" in item 1: it has 26 characters; at most 25 are allowed',
		});
		expect(scope.isDone()).toBe(false);
	});

	it('refuses a carousel with one card', async () => {
		const scope = api().post('/external/templates/rcs').reply(200, created);
		const cards = (carouselParameters.cards as { card: INodeParameters[] }).card;
		const result = await run({ ...carouselParameters, cards: { card: [cards[0]] } }, true);
		expect(result.items).toEqual([
			{
				json: { error: 'Invalid "Cards" in item 1: it has 1 cards; 2 to 10 are allowed', description: 'Add cards to "Cards" until there are 2.' },
				pairedItem: { item: 0 },
			},
		]);
		expect(scope.isDone()).toBe(false);
	});
});

describe('RCS Template → Get, Delete and Get Many', () => {
	it('gets a template by ID', async () => {
		api().get('/external/templates/rcs/2000000000000000002').reply(200, templateFixture('rcs_templates.get.success'));
		const result = await run({ operation: 'get', template: { __rl: true, mode: 'id', value: '2000000000000000002' } });
		expect(result.items).toEqual([
			{
				json: {
					id: '2000000000000000002',
					name: 'fake_richcard_v',
					status: 'APPROVED',
					category: 'PROMOTION',
					type: 'richcard',
					createdAt: '2030-03-17T17:46:40.000Z',
					updatedAt: '2030-03-17T17:51:40.000Z',
					statusUpdatedAt: '2030-03-17T17:51:37.000Z',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	it('reports a missing template with INCS\'s message', async () => {
		api().delete('/external/templates/rcs/9').reply(200, templateFixture('rcs_templates.delete.error.not_found'));
		const result = await run({ operation: 'delete', template: { __rl: true, mode: 'id', value: '9' } });
		expect(result.error?.message).toContain('The template is not found.');
	});

	it('deletes a template', async () => {
		const scope = api().delete('/external/templates/rcs/2000000000000000002').reply(200, templateFixture('rcs_templates.delete.success'));
		const result = await run({ operation: 'delete', template: { __rl: true, mode: 'id', value: '2000000000000000002' } });
		expect(result.items).toEqual([{ json: { id: '2000000000000000002', deleted: true }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('lists templates filtered by type, category and status', async () => {
		const scope = api().get('/external/templates/rcs').query({ count: '100' }).reply(200, templateFixture('rcs_templates.list'));
		const result = await run({ operation: 'getAll', returnAll: true, filters: { type: 'richcard', category: 'PROMOTION', statuses: ['APPROVED'] } });
		expect(result.items.map((item) => item.json.id)).toEqual(['2000000000000000002']);
		expect(scope.isDone()).toBe(true);
	});

	it('lists with a Limit and keyset paging', async () => {
		const list = (templateFixture('rcs_templates.list').data as IDataObject[]).slice(0, 2);
		const scope = api()
			.get('/external/templates/rcs')
			.query({ count: '100' })
			.reply(200, success(list))
			.get('/external/templates/rcs')
			.query(true)
			.reply(200, success([]));
		const result = await run({ operation: 'getAll', limit: 1, filters: { nameContains: 'RICHCARD' }, simplify: false });
		expect(result.items).toEqual([{ json: list[1], pairedItem: { item: 0 } }]);
		expect(scope.pendingMocks()).toHaveLength(1);
	});
});
