import nock from 'nock';

import positional from '../../fixtures/messaging/waba_templates.resource.positional_text_header.extended.json';
import withParameters from '../../fixtures/messaging/rcs.template.with_parameters.json';
import list from '../../fixtures/messaging/rcs_templates.list.json';
import { expectSend, jsonItems, MANAGEMENT_URL, MSG_ID, output, run } from './support';

// Variables Mode "Simple Values": what an AI agent fills through $fromAI. Checked against the
// looked-up template like the mapper, then sent in exactly the mapper's request body.

const envelope = (data: unknown) => ({ status: 'success', code: 200, message: '', data, error: {} });

describe('WhatsApp Message → Send Template with Simple Values', () => {
	const base = {
		resource: 'whatsAppMessage',
		operation: 'sendTemplate',
		to: '={{ $json.phone }}',
		template: { __rl: true, mode: 'name', value: 'promo_header_text' },
		variablesMode: 'simple',
	};
	const sent = (header: string, body: string[]) => ({
		to: '85200000001',
		type: 'template',
		template: {
			name: 'promo_header_text',
			components: [
				{ type: 'header', parameters: [{ type: 'text', text: header }] },
				{ type: 'body', parameters: body.map((text) => ({ type: 'text', text })) },
			],
		},
	});
	const lookUp = () => nock(MANAGEMENT_URL).get('/external/templates').query({ count: 100 }).once().reply(200, envelope([positional]));

	it.each([
		['a list from an expression (as $fromAI gives it)', '={{ $json.values }}', { values: ['2030-01-01', 'the end of the month', 'FAKE10', 10] }],
		['a JSON list typed in', '["2030-01-01", "the end of the month", "FAKE10", "10"]', {}],
		['an object by id and by body number', '={{ $json.values }}', { values: { header_text: '2030-01-01', '1': 'the end of the month', body_2: 'FAKE10', '3': '10' } }],
	])('%s: the same request as the mapper makes', async (_case, variableValues, extra) => {
		const list = lookUp();
		const scope = expectSend('/external/messages/whatsapp', sent('2030-01-01', ['the end of the month', 'FAKE10', '10']));
		const result = await run({ ...base, variableValues }, jsonItems({ phone: '85200000001', ...extra }));
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([output({ channel: 'whatsapp', to: '85200000001', type: 'template', messageId: MSG_ID }, 0)]);
		expect(list.isDone() && scope.isDone()).toBe(true);
	});

	it('a missing variable stops the item before any send, naming it and listing what the template takes', async () => {
		lookUp();
		const scope = expectSend('/external/messages/whatsapp', {});
		const result = await run({ ...base, variableValues: '={{ $json.values }}' }, jsonItems({ phone: '85200000001', values: { header_text: 'x', '1': 'a', '2': 'b' } }));
		expect(result.error?.message).toBe('Invalid "Variable Values" in item 1: the template also needs "body_3"');
		expect(result.error?.description).toMatch(
			/^The template takes 4 values, in this order: "header_text" \(Header \{\{1\}\}\), "body_1" \(Body \{\{1\}\}\), "body_2" \(Body \{\{2\}\}\), "body_3" \(Body \{\{3\}\}\)\. Give a list with one value each, or an object with these keys\./,
		);
		expect(scope.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('an empty value is refused by the same check as the mapper', async () => {
		lookUp();
		const result = await run({ ...base, variableValues: '["2030-01-01", "", "FAKE10", "10"]' }, jsonItems({ phone: '85200000001' }));
		expect(result.error?.message).toMatch(/^Invalid "Variables › Body \{\{1\}\}.*" in item 1: it is empty$/);
	});
});

describe('RCS Message → Send Template with Simple Values', () => {
	const template = { ...list.data[2], template_id: '2000000000000000001', name: 'fake_rcs_text_1', status: 'APPROVED' };
	const base = {
		resource: 'rcsMessage',
		operation: 'sendTemplate',
		to: '85200000001',
		template: { __rl: true, mode: 'id', value: '2000000000000000001' },
		variablesMode: 'simple',
	};

	it.each([
		['a list in the order the variables first appear', '["Alex", "ORD0001"]'],
		['an object of name → value', '{"order_id": "ORD0001", "name": "Alex"}'],
	])('%s', async (_case, variableValues) => {
		const lookup = nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000001').once().reply(200, envelope(template));
		const scope = expectSend('/external/messages/rcs', withParameters);
		const result = await run({ ...base, variableValues });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([output({ channel: 'rcs', to: '85200000001', type: 'template', messageId: MSG_ID }, 0)]);
		expect(lookup.isDone() && scope.isDone()).toBe(true);
	});

	it('an unknown variable is named, nothing is sent', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000001').reply(200, envelope(template));
		const scope = expectSend('/external/messages/rcs', {});
		const result = await run({ ...base, variableValues: '{"name": "Alex", "order": "ORD0001"}' });
		expect(result.error?.message).toBe('Invalid "Variable Values" in item 1: the template has no variable "order"');
		expect(result.error?.description).toMatch(/^The template takes 2 values, in this order: "name", "order_id"\. Give a list with one value each, or an object with these keys\./);
		expect(scope.isDone()).toBe(false);
		nock.cleanAll();
	});
});
