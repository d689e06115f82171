import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { createLoadOptionsHarness } from '../../../../harness';
import { credentialTypes, incsCredentials, MANAGEMENT_URL, success, TEST_CERTIFICATION_CODE } from '../../../../support/incs';
import allComponents from '../fixtures/messaging/waba_templates.resource.all_components.inferred.json';
import wabaList from '../fixtures/messaging/waba_templates.list.json';
import rcsGet from '../fixtures/messaging/rcs_templates.get.success.json';
import rcsList from '../fixtures/messaging/rcs_templates.list.json';

function harness(parameters: INodeParameters) {
	return createLoadOptionsHarness({ nodeType: new Incs(), parameters, credentials: incsCredentials(), credentialTypes });
}

function listSearch(parameters: INodeParameters, method: string, filter?: string) {
	const { context, nodeType } = harness(parameters);
	return nodeType.methods!.listSearch![method].call(context, filter);
}

function mapper(parameters: INodeParameters, method: string) {
	const { context, nodeType } = harness(parameters);
	return nodeType.methods!.resourceMapping![method].call(context);
}

const whatsAppSend = { resource: 'whatsAppMessage', operation: 'sendTemplate' };
const rcsSend = { resource: 'rcsMessage', operation: 'sendTemplate' };

describe('searchWhatsAppTemplates (real LoadOptionsContext)', () => {
	it('lists approved templates only for a send, as name (language) — CATEGORY — STATUS', async () => {
		const scope = nock(MANAGEMENT_URL, { reqheaders: { 'certification-code': TEST_CERTIFICATION_CODE } })
			.get('/external/templates')
			.query({ count: 100 })
			.reply(200, wabaList);
		await expect(listSearch(whatsAppSend, 'searchWhatsAppTemplates')).resolves.toEqual({
			results: [{ name: 'fake_api_template_2 (en_US) — UTILITY — APPROVED', value: '1000000000000002' }],
		});
		expect(scope.isDone()).toBe(true);
	});

	it('lists every template when "Include Unapproved Templates" is on, filtered by name', async () => {
		nock(MANAGEMENT_URL).get('/external/templates').query({ count: 100 }).reply(200, wabaList);
		await expect(listSearch({ ...whatsAppSend, includeUnapprovedTemplates: true }, 'searchWhatsAppTemplates', 'TEMPLATE_3')).resolves.toEqual({
			results: [{ name: 'fake_api_template_3 (en_US) — MARKETING — PENDING', value: '1000000000000003' }],
		});
	});

	it('pages through all templates (Return All)', async () => {
		const page = Array.from({ length: 100 }, (_, i) => ({ ...wabaList.data[1], template_id: String(2000 - i), name: `t_${i}` }));
		nock(MANAGEMENT_URL).get('/external/templates').query({ count: 100 }).reply(200, success(page));
		nock(MANAGEMENT_URL).get('/external/templates').query({ count: 100, last_id: '1901' }).reply(200, wabaList);
		const result = await listSearch(whatsAppSend, 'searchWhatsAppTemplates');
		expect(result.results).toHaveLength(101);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('lists all statuses for operations other than Send Template (Get, Delete)', async () => {
		nock(MANAGEMENT_URL).get('/external/templates').query({ count: 100 }).reply(200, wabaList);
		const result = await listSearch({ resource: 'whatsAppTemplate', operation: 'get' }, 'searchWhatsAppTemplates');
		expect(result.results.map((entry) => entry.value)).toEqual(['1000000000000003', '1000000000000002', '1000000000000001']);
	});
});

describe('searchRcsTemplates (real LoadOptionsContext)', () => {
	it('lists approved RCS templates as name (type) — CATEGORY — STATUS', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/rcs').query({ count: 100 }).reply(200, rcsList);
		await expect(listSearch(rcsSend, 'searchRcsTemplates', 'rich')).resolves.toEqual({
			results: [{ name: 'fake_richcard_v (richcard) — PROMOTION — APPROVED', value: '2000000000000000002' }],
		});
	});
});

describe('getWhatsAppTemplateVariables (real LoadOptionsContext)', () => {
	it('one required field per variable of the template picked from the list', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, success(allComponents));
		const fields = await mapper({ ...whatsAppSend, template: { __rl: true, mode: 'list', value: '1000000000000009' } }, 'getWhatsAppTemplateVariables');
		expect(fields.fields.map((field) => [field.id, field.required, field.type, field.display])).toEqual([
			['template-text', false, 'string', true],
			['header_image_url', true, 'string', true],
			['body_1', true, 'string', true],
			['body_2', true, 'string', true],
			['body_3', true, 'string', true],
			['button_1_url_suffix', true, 'string', true],
			['button_3_coupon_code', true, 'string', true],
		]);
		// Short labels (n8n cuts longer ones) and, first, the template's text as a read-only field.
		expect(fields.fields.map((field) => field.displayName)).toEqual([
			'Template Text (read only)',
			'Header Image URL',
			'Body {{1}}',
			'Body {{2}}',
			'Body {{3}}',
			'Button 2 URL Suffix',
			'Button 4 Coupon Code',
		]);
		expect(fields.fields[0]).toMatchObject({ readOnly: true, canBeUsedToMatch: false });
		expect(fields.fields[0].defaultValue).toBe(
			[
				'Header: image',
				'Body: Hi {{1}}, use code {{2}} to get {{3}} off.',
				'Footer: Reply STOP to opt out',
				'Button 2 "Shop now": https://example.com/shop/{{1}}',
				'Button 4: copies the coupon code',
			].join('\n'),
		);
	});

	it('by name: found through the list', async () => {
		nock(MANAGEMENT_URL).get('/external/templates').query({ count: 100 }).reply(200, wabaList);
		const fields = await mapper({ ...whatsAppSend, template: { __rl: true, mode: 'name', value: 'fake_api_template_2' } }, 'getWhatsAppTemplateVariables');
		expect(fields.fields.map((field) => [field.displayName, field.defaultValue])).toEqual([
			['Template Text (read only)', 'Body: Your order {{1}} is ready.'],
			['Body {{1}}', undefined],
		]);
	});

	it('explains instead of failing when no template is chosen or it has no variables', async () => {
		await expect(mapper(whatsAppSend, 'getWhatsAppTemplateVariables')).resolves.toEqual({
			fields: [],
			emptyFieldsNotice: 'Pick a template first; its variables then appear here.',
		});
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000003').reply(200, success(wabaList.data[0]));
		await expect(
			mapper({ ...whatsAppSend, template: { __rl: true, mode: 'id', value: '1000000000000003' } }, 'getWhatsAppTemplateVariables'),
		).resolves.toEqual({ fields: [], emptyFieldsNotice: 'This template has no variables: it is sent exactly as approved.' });
	});
});

describe('getWhatsAppTemplateVariables for Send and Wait (Message Format: Template)', () => {
	const question = {
		...allComponents,
		components: [
			{ type: 'BODY', text: 'Publish the {{1}} campaign?' },
			{
				type: 'BUTTONS',
				buttons: [
					{ type: 'URL', text: 'Send it', url: 'https://n8n.example.com/webhook-waiting/{{1}}' },
					{ type: 'URL', text: 'Hold', url: 'https://n8n.example.com/webhook-waiting/{{1}}' },
					{ type: 'URL', text: 'Preview', url: 'https://shop.example/preview/{{1}}' },
				],
			},
		],
	};
	const sendAndWait = { resource: 'whatsAppMessage', operation: 'sendAndWait', messageFormat: 'template', template: { __rl: true, mode: 'list', value: '1000000000000009' } };
	const ids = (result: { fields: Array<{ id: string }> }) => result.fields.map((field) => field.id);

	it('Approve Only: the first link button is the node\'s and not listed; the text says so', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, success(question));
		const result = await mapper({ ...sendAndWait, responseType: 'approval' }, 'getWhatsAppTemplateVariables');
		expect(ids(result)).toEqual(['template-text', 'body_1', 'button_1_url_suffix', 'button_2_url_suffix']);
		expect(String(result.fields[0].defaultValue).split('\n').pop()).toBe('The node puts the answer link into the first URL button with a variable.');
	});

	it('Approve and Decline: the first two link buttons are the node\'s', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, success(question));
		const result = await mapper({ ...sendAndWait, responseType: 'approval', approvalOptions: { values: { approvalType: 'double' } } }, 'getWhatsAppTemplateVariables');
		expect(ids(result)).toEqual(['template-text', 'body_1', 'button_2_url_suffix']);
		expect(String(result.fields[0].defaultValue).split('\n').pop()).toBe('The node puts the answer links into the first 2 URL buttons with a variable.');
	});

	it('a question template with no other variable says so instead of listing nothing', async () => {
		const linksOnly = { ...question, components: [{ type: 'BODY', text: 'Publish it?' }, question.components[1]] };
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, success(linksOnly));
		const result = await mapper({ ...sendAndWait, responseType: 'freeText' }, 'getWhatsAppTemplateVariables');
		expect(ids(result)).toEqual(['template-text', 'button_1_url_suffix', 'button_2_url_suffix']);
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, success({ ...linksOnly, components: [linksOnly.components[0], { type: 'BUTTONS', buttons: [question.components[1].buttons![0]] }] }));
		await expect(mapper({ ...sendAndWait, responseType: 'freeText' }, 'getWhatsAppTemplateVariables')).resolves.toEqual({
			fields: [],
			emptyFieldsNotice: 'The node puts the answer link into the first URL button with a variable. This template has no other variables.',
		});
	});

	it('Send Template lists every URL button, link buttons included', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000009').reply(200, success(question));
		const result = await mapper({ ...sendAndWait, operation: 'sendTemplate' }, 'getWhatsAppTemplateVariables');
		expect(ids(result)).toEqual(['template-text', 'body_1', 'button_0_url_suffix', 'button_1_url_suffix', 'button_2_url_suffix']);
	});
});

describe('getRcsTemplateVariables (real LoadOptionsContext)', () => {
	it('one required field per [variable] found anywhere in the template', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000002').reply(200, rcsGet);
		const fields = await mapper({ ...rcsSend, template: { __rl: true, mode: 'list', value: '2000000000000000002' } }, 'getRcsTemplateVariables');
		expect(fields.fields.map((field) => [field.id, field.displayName, field.required])).toEqual([
			['template-text', 'Template Text (read only)', false],
			['name', 'name', true],
			['offer_name', 'offer_name', true],
		]);
		expect(fields.fields[0].defaultValue).toBe('Card Description: Dear [name], join the lucky draw\nSuggestion Label: Avail offer [offer_name]');
	});

	it('explains instead of failing before a template is picked and for a template without variables (no red Retry)', async () => {
		await expect(mapper(rcsSend, 'getRcsTemplateVariables')).resolves.toEqual({
			fields: [],
			emptyFieldsNotice: 'Pick a template first; its variables then appear here.',
		});
		const plain = { ...rcsGet.data, content: { textMessage: 'Your parcel is on its way.' } };
		nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000002').reply(200, success(plain));
		await expect(
			mapper({ ...rcsSend, template: { __rl: true, mode: 'id', value: '2000000000000000002' } }, 'getRcsTemplateVariables'),
		).resolves.toEqual({ fields: [], emptyFieldsNotice: 'This template has no variables: it is sent exactly as approved.' });
	});
});

describe('a failed template lookup in the editor (issue 12.3)', () => {
	it('says why the variable fields are missing, without the certification code', async () => {
		nock(MANAGEMENT_URL)
			.get('/external/templates/1000000000000009')
			.reply(200, { status: 'error', code: 10001, message: `certification code ${TEST_CERTIFICATION_CODE} is invalid`, data: null, error: {} });
		const result = await mapper({ ...whatsAppSend, template: { __rl: true, mode: 'id', value: '1000000000000009' } }, 'getWhatsAppTemplateVariables');
		expect(result.fields).toEqual([]);
		expect(result.emptyFieldsNotice).toMatch(/^The template's variables could not be loaded: The certification code is invalid/);
		expect(result.emptyFieldsNotice).not.toContain(TEST_CERTIFICATION_CODE);
	});

	it('RCS says the same', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/rcs/2000000000000000002').reply(200, { status: 'error', code: 10001, message: 'invalid', data: null, error: {} });
		const result = await mapper({ ...rcsSend, template: { __rl: true, mode: 'id', value: '2000000000000000002' } }, 'getRcsTemplateVariables');
		expect(result).toEqual({ fields: [], emptyFieldsNotice: expect.stringMatching(/^The template's variables could not be loaded: The certification code is invalid/) });
	});
});

describe('getBodyVariableExamples (WhatsApp Template → Create, node version 1.1)', () => {
	const create = { resource: 'whatsAppTemplate', operation: 'create' };

	it('one required example field per variable of the body text, numbered ones in number order', async () => {
		const result = await mapper({ ...create, bodyText: 'Hi {{2}}, order {{1}} is ready ({{2}}).' }, 'getBodyVariableExamples');
		expect(result.fields.map((field) => [field.id, field.displayName, field.required, field.type])).toEqual([
			['1', 'Example for {{1}}', true, 'string'],
			['2', 'Example for {{2}}', true, 'string'],
		]);
	});

	it('named variables in the order they appear', async () => {
		const result = await mapper({ ...create, bodyText: 'Hi {{first_name}}, your number is {{member_id}}.' }, 'getBodyVariableExamples');
		expect(result.fields.map((field) => field.id)).toEqual(['first_name', 'member_id']);
	});

	it('says what to do when the body is empty, has no variables, or is an expression', async () => {
		await expect(mapper({ ...create, bodyText: '' }, 'getBodyVariableExamples')).resolves.toEqual({
			fields: [],
			emptyFieldsNotice: 'Write the Body Text first; one example field per variable then appears here.',
		});
		await expect(mapper({ ...create, bodyText: 'Your order is ready.' }, 'getBodyVariableExamples')).resolves.toEqual({
			fields: [],
			emptyFieldsNotice:
				'The Body Text has no variables such as {{1}} or {{first_name}}, so it needs no examples. Pasted a text with variables and n8n made Body Text an expression (fx)? Hover over Body Text and click Fixed to list them here.',
		});
		const expression = await mapper({ ...create, bodyText: '={{ $json.text }}' }, 'getBodyVariableExamples');
		expect(expression.fields).toEqual([]);
		expect(expression.emptyFieldsNotice).toContain('Using JSON');
	});

	it('a body expression that reaches the mapper unevaluated still gets one field per variable', async () => {
		const numbered = await mapper({ ...create, bodyText: '=Hi {{2}}, order {{ 1 }} ships {{ $json.when }}.' }, 'getBodyVariableExamples');
		expect(numbered.fields.map((field) => field.id)).toEqual(['1', '2']);
		const named = await mapper({ ...create, bodyText: '=Hi {{first_name}}, {{ true }}' }, 'getBodyVariableExamples');
		expect(named.fields.map((field) => field.id)).toEqual(['first_name']);
	});
});
