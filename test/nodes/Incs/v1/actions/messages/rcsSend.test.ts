import nock from 'nock';

import document from '../../fixtures/messaging/rcs.document.json';
import image from '../../fixtures/messaging/rcs.image.json';
import noParams from '../../fixtures/messaging/rcs.template.no_params.json';
import withParameters from '../../fixtures/messaging/rcs.template.with_parameters.json';
import text from '../../fixtures/messaging/rcs.text.json';
import video from '../../fixtures/messaging/rcs.video.json';
import list from '../../fixtures/messaging/rcs_templates.list.json';
import { expectSend, linkOf, jsonItems, MANAGEMENT_URL, MSG_ID, output, run } from './support';

const PATH = '/external/messages/rcs';
const simplified = (type: string) => ({ channel: 'rcs', to: '85200000001', type, messageId: MSG_ID });
const envelope = (data: unknown) => ({ status: 'success', code: 200, message: '', data, error: {} });
const textTemplate = { ...list.data[2], template_id: '2000000000000000001', name: 'fake_rcs_text_1', status: 'APPROVED' };

describe('RCS Message → Send (real n8n-core execution)', () => {
	const base = { resource: 'rcsMessage', operation: 'send', to: '+85200000001' };

	it('text: the documented request', async () => {
		const scope = expectSend(PATH, text);
		const result = await run({ ...base, messageType: 'text', text: 'Hello' });
		expect(result.items).toEqual([output(simplified('text'))]);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		['image', image],
		['video', video],
		['document', document],
	])('%s by link', async (type, body) => {
		const scope = expectSend(PATH, body);
		const link = linkOf(body, type);
		const result = await run({ ...base, messageType: type, mediaUrl: link });
		expect(result.items).toEqual([output(simplified(type))]);
		expect(scope.isDone()).toBe(true);
	});

	it('a document that is not a PDF: error and no request', async () => {
		const scope = expectSend(PATH, { to: '85200000001', type: 'document', document: { link: 'https://example.com/a.docx' } });
		const result = await run({ ...base, messageType: 'document', mediaUrl: 'https://example.com/a.docx' });
		expect(result.error?.message).toBe('Invalid "Media URL" in item 1: "https://example.com/a.docx" names a DOCX file, but this takes PDF');
		expect(scope.isDone()).toBe(false);
	});
});

describe('RCS Message → Send Template (real n8n-core execution)', () => {
	const base = { resource: 'rcsMessage', operation: 'sendTemplate', to: '85200000001' };

	it('by ID, variables mapped automatically from the item: the documented request', async () => {
		const lookup = nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000001').once().reply(200, envelope(textTemplate));
		const scope = expectSend(PATH, withParameters);
		const result = await run(
			{
				...base,
				template: { __rl: true, mode: 'list', value: '2000000000000000001' },
				variables: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [], attemptToConvertTypes: false, convertFieldsToString: true },
			},
			jsonItems({ name: 'Alex', order_id: 'ORD0001', unrelated: 'x' }),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([output(simplified('template'))]);
		expect(lookup.isDone() && scope.isDone()).toBe(true);
	});

	it('"From Input Fields": each variable from the item field of its name, the saved template text field ignored', async () => {
		const lookup = nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000001').once().reply(200, envelope(textTemplate));
		const scope = expectSend(PATH, withParameters);
		const result = await run(
			{ ...base, template: { __rl: true, mode: 'list', value: '2000000000000000001' }, variablesMode: 'inputFields' },
			jsonItems({ name: 'Alex', order_id: 'ORD0001', unrelated: 'x' }),
		);
		expect(result.error).toBeUndefined();
		expect(lookup.isDone() && scope.isDone()).toBe(true);
	});

	it('mapped values are sent; the read-only template text the editor saves with them is not a variable', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000001').once().reply(200, envelope(textTemplate));
		const scope = expectSend(PATH, withParameters);
		const result = await run({
			...base,
			template: { __rl: true, mode: 'list', value: '2000000000000000001' },
			variables: { mappingMode: 'defineBelow', value: { 'template-text': 'Text: Dear [name]…', name: 'Alex', order_id: 'ORD0001' }, matchingColumns: [], schema: [] },
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('JSON mode by name: no lookup, parameters as given', async () => {
		const scope = expectSend(PATH, withParameters);
		await run({ ...base, template: { __rl: true, mode: 'name', value: 'fake_rcs_text_1' }, variablesMode: 'json', parametersJson: '{"name":"Alex","order_id":"ORD0001"}' });
		expect(scope.isDone()).toBe(true);
	});

	it('a template without variables is sent without parameters', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/rcs').query({ count: 100 }).reply(200, envelope([{ ...textTemplate, content: { textMessage: 'Hi' } }]));
		const scope = expectSend(PATH, noParams);
		const result = await run({ ...base, template: { __rl: true, mode: 'name', value: 'fake_rcs_text_1' } });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('JSON mode by ID reports a missing variable before INCS would (10004)', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000001').reply(200, envelope(textTemplate));
		const scope = expectSend(PATH, {});
		const result = await run({ ...base, template: { __rl: true, mode: 'id', value: '2000000000000000001' }, variablesMode: 'json', parametersJson: '{"name":"Alex"}' });
		expect(result.error?.message).toBe('Invalid "Parameters (JSON)" in item 1: the template needs "order_id", which is missing or empty');
		expect(scope.isDone()).toBe(false);
	});

	it('INCS\'s 10004 still comes through as an API error', async () => {
		nock('https://chat-api.incsapp.com')
			.post(PATH)
			.reply(200, {
				status: 'error',
				code: 10004,
				message: 'Template with the code [fake_rcs_text_1] and bot [FAKEBOT000000000] received with insufficient custom params',
				data: {},
				error: {},
			});
		const result = await run({ ...base, template: { __rl: true, mode: 'name', value: 'fake_rcs_text_1' }, variablesMode: 'json', parametersJson: '' });
		expect(result.error?.name).toBe('NodeApiError');
	});
});
