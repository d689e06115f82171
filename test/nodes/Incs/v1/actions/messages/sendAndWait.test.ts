import { Container } from '@n8n/di';
import { generateUrlSignature, InstanceSettings, validateUrlSignature } from 'n8n-core';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

import nock from 'nock';

import { expectSend, jsonItems, MANAGEMENT_URL, MESSAGING_URL, MSG_ID, output, run } from './support';

/** Any send on this path, `times` times (for tests about what happens around the body). */
function anySend(path: string, times = 1): nock.Scope {
	return nock(MESSAGING_URL).post(path).times(times).reply(200, { status: 'success', code: 200, message: '', data: { msg_id: MSG_ID }, error: {} });
}

/*
 * Send and Wait for Response through n8n-core's real WorkflowExecute: the exact request INCS gets,
 * with n8n's signed resume URL for this execution and node, and the execution left waiting.
 */

const RESUME_BASE = 'http://localhost:5678/webhook-waiting/1/harness-node';
const base = { resource: 'whatsAppMessage', operation: 'sendAndWait', to: '+852 9123 0001', message: 'Publish the campaign?' };

/**
 * The link n8n signs for this harness execution, checked with n8n's own validation. `wait=1`: the
 * node's first question in the execution.
 */
function signedLink(query: string): string {
	const secret = Container.get(InstanceSettings).hmacSignatureSecret;
	const url = new URL(`${RESUME_BASE}?${query}&wait=1`);
	return `${url.toString()}&signature=${signature(url, secret)}`;
}

/** n8n's HMAC over path and query, as getSignedResumeUrl makes it. */
function signature(url: URL, secret: string): string {
	return generateUrlSignature(`${url.pathname}${url.search}`, secret);
}

describe('Send and Wait for Response (real n8n-core execution)', () => {
	it('WhatsApp, one approval button: a call-to-action message with the signed link, then the execution waits', async () => {
		const link = signedLink('approved=true');
		expect(validateUrlSignature(new URL(link).searchParams.get('signature') ?? '', new URL(link), Container.get(InstanceSettings).hmacSignatureSecret)).toBe(true);
		const scope = expectSend('/external/messages/whatsapp', {
			to: '85291230001',
			type: 'interactive',
			interactive: {
				type: 'cta_url',
				body: { text: 'Publish the campaign?' },
				action: { name: 'cta_url', parameters: { display_text: 'Approve', url: link } },
			},
		});
		const result = await run(base);
		expect(scope.isDone()).toBe(true);
		expect(result.run.waitTill).toEqual(WAIT_INDEFINITELY);
		expect(result.run.status).toBe('waiting');
		// The question's number is kept with the execution, for the answer page to check.
		expect(result.run.data.resultData.metadata).toEqual({ incsWait_harnessnode: '1' });
		expect(result.items).toEqual([output({ channel: 'whatsapp', to: '85291230001', type: 'interactive', messageId: MSG_ID })]);
	});

	it('Viber, approve and decline: text with both signed links', async () => {
		const scope = expectSend('/external/messages/viber', {
			to: '85291230001',
			type: 'text',
			text: `Publish the campaign?\n\nYes:\n${signedLink('approved=true')}\n\nNo:\n${signedLink('approved=false')}`,
		});
		const result = await run({
			...base,
			resource: 'viberMessage',
			approvalOptions: { values: { approvalType: 'double', approveLabel: 'Yes', disapproveLabel: 'No' } },
		});
		expect(scope.isDone()).toBe(true);
		expect(result.run.status).toBe('waiting');
	});

	it('RCS, free text: one "Respond" link', async () => {
		const scope = expectSend('/external/messages/rcs', {
			to: '85291230001',
			type: 'text',
			text: `Publish the campaign?\n\nRespond:\n${signedLink('approved=true')}`,
		});
		await run({ ...base, resource: 'rcsMessage', responseType: 'freeText' });
		expect(scope.isDone()).toBe(true);
	});

	it('with a wait limit: waits until then, and the input queued for the expiry is each item marked "timed out"', async () => {
		const scope = anySend('/external/messages/whatsapp', 2);
		const before = Date.now();
		const result = await run(
			{ ...base, options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 2, resumeUnit: 'hours' } } } },
			jsonItems({ campaign: 'December' }, { campaign: 'January', data: 'replaced' }),
		);
		expect(scope.isDone()).toBe(true);
		const waitTill = result.run.waitTill as Date;
		expect(waitTill.getTime()).toBeGreaterThanOrEqual(before + 2 * 3_600_000);
		expect(waitTill.getTime()).toBeLessThanOrEqual(Date.now() + 2 * 3_600_000);
		const queued = result.run.data.executionData?.nodeExecutionStack[0];
		expect(queued?.node.name).toBe('INCS');
		const data = { timedOut: true, waitedUntil: waitTill.toISOString() };
		expect(queued?.data.main).toEqual([
			[
				{ json: { campaign: 'December', data }, pairedItem: { item: 0 } },
				{ json: { campaign: 'January', data }, pairedItem: { item: 1 } },
			],
		]);
	});

	it('a bad row: nothing is sent to anyone and nothing waits', async () => {
		const scope = anySend('/external/messages/whatsapp');
		const result = await run({ ...base, to: '={{ $json.phone }}' }, jsonItems({ phone: '85291230001' }, { phone: '12' }));
		expect(result.error?.message).toBe('Invalid "Recipient Phone Number" in item 2: "12" has 2 digits; a number with its country code has 7 to 15');
		expect(result.error?.description).toMatch(/Nothing was sent/);
		expect(scope.isDone()).toBe(false);
		expect(result.run.waitTill).toBeUndefined();
	});

	it('a message too long for Viber with its links: an error naming the room left, no request', async () => {
		const scope = anySend('/external/messages/viber');
		const result = await run({ ...base, resource: 'viberMessage', message: 'v'.repeat(1000) });
		expect(result.error?.message).toMatch(/^Invalid "Message" in item 1: it has 1,000 characters; at most \d{3} are allowed$/);
		expect(scope.isDone()).toBe(false);
	});

	it('a wait limit in the past is refused before the send', async () => {
		const scope = anySend('/external/messages/whatsapp');
		const result = await run({
			...base,
			options: { limitWaitTime: { values: { limitType: 'atSpecifiedTime', maxDateAndTime: '2020-01-01T00:00:00Z' } } },
		});
		expect(result.error?.message).toBe('Invalid "Limit Wait Time › Max Date and Time" in item 1: 2020-01-01T00:00:00.000Z has already passed');
		expect(scope.isDone()).toBe(false);
	});

	it('Continue On Fail with every item failing: error items, and no wait', async () => {
		const result = await run({ ...base, to: '12' }, undefined, true);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json.error).toMatch(/Recipient Phone Number/);
		expect(result.run.waitTill).toBeUndefined();
	});
});

describe('Send and Wait for Response with a WhatsApp template (real n8n-core execution)', () => {
	const envelope = (data: unknown) => ({ status: 'success', code: 200, message: '', data, error: {} });
	const definition = {
		template_id: '1000000000000077',
		name: 'approval_request',
		status: 'APPROVED',
		components: [
			{ type: 'BODY', text: 'Publish {{1}}?' },
			{
				type: 'BUTTONS',
				buttons: [
					{ type: 'URL', text: 'Approve', url: 'http://localhost:5678/webhook-waiting/{{1}}' },
					{ type: 'URL', text: 'Decline', url: 'http://localhost:5678/webhook-waiting/{{1}}' },
				],
			},
		],
	};
	const parameters = {
		...base,
		messageFormat: 'template',
		template: { __rl: true, mode: 'id', value: '1000000000000077' },
		variables: { mappingMode: 'defineBelow', value: { body_1: 'the December campaign' }, matchingColumns: [], schema: [] },
		approvalOptions: { values: { approvalType: 'double' } },
	};

	/** INCS's lookup of the question template, and the send expected: the body value, then the two signed links. */
	function expectQuestionTemplate(bodyText: string): nock.Scope {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000077').reply(200, envelope(definition));
		const suffix = (link: string) => link.slice('http://localhost:5678/webhook-waiting/'.length);
		return expectSend('/external/messages/whatsapp', {
			to: '85291230001',
			type: 'template',
			template: {
				name: 'approval_request',
				components: [
					{ type: 'body', parameters: [{ type: 'text', text: bodyText }] },
					{ type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: suffix(signedLink('approved=true')) }] },
					{ type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: suffix(signedLink('approved=false')) }] },
				],
			},
		});
	}

	it('the links go into the URL buttons, the mapped variable into the body', async () => {
		const scope = expectQuestionTemplate('the December campaign');
		const result = await run(parameters);
		expect(scope.isDone()).toBe(true);
		expect(result.run.status).toBe('waiting');
	});

	it('Simple Values fill the other variables (as an AI agent gives them); the link buttons stay the node\'s', async () => {
		const scope = expectQuestionTemplate('the spring campaign');
		const result = await run({ ...parameters, variablesMode: 'simple', variableValues: '["the spring campaign"]' });
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(result.run.status).toBe('waiting');
	});

	it('Simple Values missing a variable: the error names it and the list the template takes, nothing is sent', async () => {
		nock(MANAGEMENT_URL).get('/external/templates/1000000000000077').reply(200, envelope(definition));
		const scope = anySend('/external/messages/whatsapp');
		const result = await run({ ...parameters, variablesMode: 'simple', variableValues: '[]' });
		expect(result.error?.message).toBe('Invalid "Variable Values" in item 1: it is empty, and the template needs a value');
		// The list it gives names only the variables the person fills, not the link buttons.
		expect(result.error?.description).toContain('Body {{1}}');
		expect(result.error?.description).not.toMatch(/URL Suffix/);
		expect(scope.isDone()).toBe(false);
	});

	it('a template without URL buttons for the links: an error before anything is sent', async () => {
		nock(MANAGEMENT_URL)
			.get('/external/templates/1000000000000077')
			.reply(200, envelope({ ...definition, components: [definition.components[0]] }));
		const scope = anySend('/external/messages/whatsapp');
		const result = await run(parameters);
		expect(result.error?.message).toBe('Invalid "Template" in item 1: it has 0 URL buttons with a variable; this question needs 2 ("Approve" and "Decline")');
		expect(result.error?.description).toMatch(/^Pick a template with 2 URL buttons whose URL is http:\/\/localhost:5678\/webhook-waiting\/\{\{1\}\}/);
		expect(scope.isDone()).toBe(false);
	});
});
