import nock from 'nock';

import { executeNode } from '../../../../harness';
import {
	credentialTypes,
	failure,
	incsCredentials,
	MANAGEMENT_URL,
	MESSAGING_URL,
	success,
	TEST_CERTIFICATION_CODE,
} from '../../../../support/incs';
import { closedPortUrl, startScriptedServer } from '../../../../support/scriptedServer';
import type { ScriptedAnswer } from '../../../../support/scriptedServer';
import { TransportProbe } from './probeNode';

const sleepCalls: number[] = [];
jest.mock('n8n-workflow', () => ({
	...jest.requireActual('n8n-workflow'),
	sleep: jest.fn(async (ms: number) => {
		sleepCalls.push(ms);
	}),
}));

const PROBE = 'test.transportProbe';

async function probe(parameters: Record<string, unknown>, credentialOverrides = {}) {
	return await executeNode({
		nodeType: new TransportProbe(),
		typeName: PROBE,
		parameters: parameters as never,
		credentials: incsCredentials(credentialOverrides),
		credentialTypes,
	});
}

beforeEach(() => {
	sleepCalls.length = 0;
});

describe('apiRequest: the request INCS receives', () => {
	it('sends GET to the management base URL with the certification-code header and returns data', async () => {
		const scope = nock(MANAGEMENT_URL, { reqheaders: { 'certification-code': TEST_CERTIFICATION_CODE } })
			.get('/external/account')
			.reply(200, success({ display_phone_number: '+852 0000 0001' }));

		const result = await probe({});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { data: { display_phone_number: '+852 0000 0001' } }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
	});

	it('sends a POST body as JSON to the messaging base URL', async () => {
		const body = { to: '85200000001', type: 'text', text: 'Hello' };
		const scope = nock(MESSAGING_URL, {
			reqheaders: { 'certification-code': TEST_CERTIFICATION_CODE, 'content-type': /application\/json/ },
		})
			.post('/external/messages/whatsapp', body)
			.reply(200, success({ msg_id: 'm-1' }));

		const result = await probe({ api: 'messaging', method: 'POST', path: '/external/messages/whatsapp', body: JSON.stringify(body) });

		expect(result.items[0].json).toEqual({ data: { msg_id: 'm-1' } });
		expect(scope.isDone()).toBe(true);
	});

	it('sends query parameters and tolerates trailing slashes in the base URL', async () => {
		const scope = nock('http://127.0.0.1:9999')
			.get('/sandbox/external/templates')
			.query({ count: 5, last_id: '42' })
			.reply(200, success([]));

		const result = await probe(
			{ path: '/external/templates', qs: JSON.stringify({ count: 5, last_id: '42' }) },
			{ managementBaseUrl: 'http://127.0.0.1:9999/sandbox//' },
		);

		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});
});

describe('apiRequest: bad credentials are stopped before any request', () => {
	it.each([
		[{ certificationCode: '   ' }, /The INCS credential has no Certification Code/],
		[{ managementBaseUrl: 'api.incsapp.com' }, /Management API Base URL is not valid: "api.incsapp.com" is not a URL/],
		[{ managementBaseUrl: 'ftp://api.incsapp.com' }, /must start with http:\/\/ or https:\/\//],
		[{ managementBaseUrl: 'https://api.incsapp.com/?x=1' }, /must not contain "\?" or "#"/],
		[{ messagingBaseUrl: '' }, /Messaging API Base URL is not valid: it is empty/],
	])('%p', async (overrides, message) => {
		const result = await probe({}, overrides);
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toMatch(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('apiRequest: INCS error envelopes', () => {
	it.each([
		[400, 'category require', 'INCS rejected the request: category require [INCS code 400]', /names the missing or wrong field/],
		[404, 'The template is not found.', 'INCS could not find it: The template is not found. [INCS code 404]', /Check the ID or name/],
		[422, 'The phone number is invalid.', 'INCS rejected a parameter: The phone number is invalid. [INCS code 422]', /digits only/],
		[10001, 'Certification code is invalid', 'The certification code is invalid: Certification code is invalid [INCS code 10001]', /paste the certification code again/],
		[10002, 'WhatsApp API error', 'WhatsApp rejected the message: WhatsApp API error [INCS code 10002]', /24 hours/],
		[10003, 'Message failed – detailed reason unknown', 'Viber rejected the message: Message failed – detailed reason unknown [INCS code 10003]', /uses Viber/],
		[10004, 'Template with the code [t] and bot [b] received with insufficient custom params', 'RCS rejected the template message: Template with the code [t] and bot [b] received with insufficient custom params [INCS code 10004]', /every \[variable\]/],
		[99999, 'Something new', 'INCS returned an error: Something new [INCS code 99999]', /did not document this code/],
	])('code %i arriving with HTTP 200 becomes a NodeApiError with an action', async (code, incsMessage, message, action) => {
		const scope = nock(MANAGEMENT_URL).get('/external/account').reply(200, failure(code, incsMessage));

		const result = await probe({});

		expect(result.error).toMatchObject({ name: 'NodeApiError', message, httpCode: String(code) });
		expect(result.error?.description).toMatch(action);
		expect(scope.isDone()).toBe(true);
		expect(sleepCalls).toEqual([]);
	});

	it('accepts the legacy envelope without an error field', async () => {
		nock(MANAGEMENT_URL)
			.get('/external/account')
			.reply(200, { status: 'error', code: 422, message: 'The phone number is invalid.', data: {} });
		const result = await probe({});
		expect(result.error?.message).toBe('INCS rejected a parameter: The phone number is invalid. [INCS code 422]');
	});

	it('treats status "success" with a non-200 code as an error', async () => {
		nock(MANAGEMENT_URL).get('/external/account').reply(200, { status: 'success', code: 404, message: 'Not found', data: {} });
		const result = await probe({});
		expect(result.error?.message).toBe('INCS could not find it: Not found [INCS code 404]');
	});

	it('reads "not found" with code 400 (RCS template get) as not found', async () => {
		nock(MANAGEMENT_URL).get('/external/account').reply(200, failure(400, 'The template is not found.'));
		const result = await probe({});
		expect(result.error).toMatchObject({ message: 'INCS could not find it: The template is not found. [INCS code 400]', httpCode: '400' });
		expect(result.error?.description).toMatch(/^Check the ID or name/);
	});

	it('shows the details INCS puts in "error", without the certification code', async () => {
		const details = { to: ['The to field is required.'], echo: `header ${TEST_CERTIFICATION_CODE}` };
		nock(MANAGEMENT_URL).get('/external/account').reply(200, { ...failure(422, 'Request parameter error'), error: details });
		const result = await probe({});
		expect(result.error?.message).toBe('INCS rejected a parameter: Request parameter error [INCS code 422]');
		// INCS names the field only as a key of its details ("to"): the phone advice still fits.
		expect(result.error?.description).toBe(
			'Correct the parameter INCS names, then run the node again. Phone numbers must be the country code followed by the number, digits only (for example 85261234567). INCS\'s details: {"to":["The to field is required."],"echo":"header [redacted]"}',
		);
		expect(JSON.stringify(result.error)).not.toContain(TEST_CERTIFICATION_CODE);
	});

	it.each([502, 500])('a documented rejection code is definite even with HTTP %i: a POST fails with INCS\'s reason, once', async (httpStatus) => {
		const scope = nock(MESSAGING_URL).post('/external/messages/whatsapp').reply(httpStatus, failure(10002, 'WhatsApp API error'));
		const result = await probe({ api: 'messaging', method: 'POST', path: '/external/messages/whatsapp', body: '{"to":"1"}', maxAttempts: 5 });
		expect(result.error).toMatchObject({ message: 'WhatsApp rejected the message: WhatsApp API error [INCS code 10002]', httpCode: '10002' });
		expect(scope.isDone()).toBe(true);
		expect(sleepCalls).toEqual([]);
	});

	it('an undocumented code with HTTP 5xx stays ambiguous for a POST', async () => {
		nock(MESSAGING_URL).post('/external/messages/whatsapp').reply(503, failure(99999, 'Upstream trouble'));
		const result = await probe({ api: 'messaging', method: 'POST', path: '/external/messages/whatsapp', body: '{"to":"1"}', maxAttempts: 5 });
		expect(result.error?.message).toBe('The request to INCS failed after it was sent: INCS answered code 99999: Upstream trouble. The message may or may not have been accepted.');
	});

	it('never lets the certification code through an INCS message', async () => {
		nock(MANAGEMENT_URL)
			.get('/external/account')
			.reply(200, failure(10001, `Certification code ${TEST_CERTIFICATION_CODE} is invalid`));
		const result = await probe({});
		expect(result.error?.message).toContain('Certification code [redacted] is invalid');
		expect(JSON.stringify(result.error)).not.toContain(TEST_CERTIFICATION_CODE);
	});
});

describe('apiRequest: answers that are not INCS envelopes', () => {
	it('an HTML error page on a GET is retried, then reported clearly', async () => {
		const scope = nock(MANAGEMENT_URL).get('/external/account').times(3).reply(502, '<html><body>Bad gateway</body></html>', {
			'Content-Type': 'text/html',
		});
		const result = await probe({ maxAttempts: 3 });
		expect(result.error?.message).toBe(
			'INCS did not give a usable answer: INCS answered HTTP 502 with an HTML page instead of a JSON envelope (after 3 attempts)',
		);
		expect(result.error?.httpCode).toBe('502');
		expect(scope.isDone()).toBe(true);
	});

	it('malformed JSON with HTTP 200 on a GET is reported, not a crash', async () => {
		nock(MANAGEMENT_URL).get('/external/account').reply(200, '{"status": "succ', { 'Content-Type': 'application/json' });
		const result = await probe({ maxAttempts: 1 });
		expect(result.error?.message).toBe(
			'INCS did not give a usable answer: INCS answered HTTP 200 with text that is not JSON instead of a JSON envelope',
		);
	});

	it('a 404 HTML page (wrong base URL) is not mistaken for success', async () => {
		nock(MANAGEMENT_URL).get('/external/account').reply(404, '<!doctype html><title>Not Found</title>');
		const result = await probe({ maxAttempts: 1 });
		expect(result.error?.message).toContain('INCS answered HTTP 404 with an HTML page');
	});
});

describe('apiRequest: a refused parameter (422) gets advice for the field INCS names, or none', () => {
	const BASE = 'Correct the parameter INCS names, then run the node again.';
	it.each([
		['The phone number is invalid.', {}, `${BASE} Phone numbers must be the country code followed by the number, digits only (for example 85261234567).`],
		['The recipient is invalid.', {}, `${BASE} Phone numbers must be the country code followed by the number, digits only (for example 85261234567).`],
		['The template name is invalid.', {}, `${BASE} Template names and IDs must match a template of this INCS account exactly, as Get Many lists them.`],
		[
			'The image link is invalid.',
			{},
			`${BASE} Media links must be public http(s) URLs that INCS can download without signing in, to a file type the channel takes.`,
		],
		['The language is invalid.', {}, `${BASE} Use the language code the template has in INCS, for example en_US, as Get Many lists it.`],
		['The category is invalid.', {}, BASE],
		['Request parameter error', {}, BASE],
		[
			'Request parameter error',
			{ language: ['The language field is required.'] },
			`${BASE} Use the language code the template has in INCS, for example en_US, as Get Many lists it. INCS's details: {"language":["The language field is required."]}`,
		],
	])('"%s" %p', async (incsMessage, details, description) => {
		nock(MANAGEMENT_URL).get('/external/account').reply(200, { ...failure(422, incsMessage), error: details });
		const result = await probe({});
		expect(result.error?.message).toBe(`INCS rejected a parameter: ${incsMessage} [INCS code 422]`);
		expect(result.error?.description).toBe(description);
		if (!/phone|recipient/i.test(incsMessage)) expect(result.error?.description).not.toContain('Phone numbers');
	});
});

describe('apiRequest: a template create whose outcome is unknown', () => {
	it.each([
		['/external/templates', 'WhatsApp Template'],
		['/external/templates/rcs', 'RCS Template'],
	])('POST %s: says how to check the template, not a message status', async (path, resource) => {
		const scope = nock(MANAGEMENT_URL).post(path).reply(500, failure(500, 'Server error'));
		const result = await probe({ method: 'POST', path, body: '{"name":"order_ready"}', maxAttempts: 5 });
		expect(result.error).toMatchObject({
			name: 'NodeApiError',
			message: 'The request to INCS failed after it was sent: INCS answered code 500: Server error. The template may or may not have been created.',
			description:
				`To avoid creating it twice, the node did not retry. Before creating it again, look for it by name: ${resource} → Get Many with the filter "Name Contains", or the INCS console. ` +
				'If it is there, it was created; its review status is shown there too.',
		});
		expect(result.error?.description).not.toMatch(/message status/i);
		expect(scope.isDone()).toBe(true);
		expect(sleepCalls).toEqual([]);
	});

	it('a connection reset on a template create says the same, with the network code', async () => {
		const server = await startScriptedServer([{ kind: 'reset' }]);
		try {
			const result = await probe(
				{ method: 'POST', path: '/external/templates', body: '{"name":"order_ready"}', maxAttempts: 5 },
				{ managementBaseUrl: server.url },
			);
			expect(result.error?.message).toBe(
				'The request to INCS failed after it was sent: the connection to INCS broke before the answer arrived. The template may or may not have been created.',
			);
			expect(result.error?.description).toMatch(/^To avoid creating it twice, the node did not retry \(network error ECONNRESET\)\. Before creating it again, look for it by name: WhatsApp Template → Get Many/);
			expect(server.requests).toHaveLength(1);
		} finally {
			await server.close();
		}
	});
});

describe('apiRequest: retry policy', () => {
	it('retries HTTP 429 and honours Retry-After in seconds', async () => {
		const scope = nock(MESSAGING_URL)
			.post('/external/messages/viber')
			.reply(429, failure(429, 'Too many attempts'), { 'Retry-After': '2' })
			.post('/external/messages/viber')
			.reply(200, success({ msg_id: 'v-1' }));

		const result = await probe({ api: 'messaging', method: 'POST', path: '/external/messages/viber', body: '{"to":"1"}' });

		expect(result.items[0].json).toEqual({ data: { msg_id: 'v-1' } });
		expect(sleepCalls).toHaveLength(1);
		expect(sleepCalls[0]).toBeGreaterThanOrEqual(2000);
		expect(sleepCalls[0]).toBeLessThanOrEqual(2250);
		expect(scope.isDone()).toBe(true);
	});

	it('retries an envelope code 429 that arrives with HTTP 200, with growing back-off', async () => {
		const scope = nock(MESSAGING_URL)
			.post('/external/messages/rcs')
			.times(2)
			.reply(200, failure(429, 'Too many attempts'))
			.post('/external/messages/rcs')
			.reply(200, success({ msg_id: 'r-1' }));

		const result = await probe({ api: 'messaging', method: 'POST', path: '/external/messages/rcs', body: '{"to":"1"}' });

		expect(result.items[0].json).toEqual({ data: { msg_id: 'r-1' } });
		// A back-off of up to 250 ms, then up to 500 ms; the shared pacer (after a 429 with nothing
		// accepted yet, at its slowest pace of one request per second, climbing) may add a wait
		// before a retry, never one longer than a second.
		expect(sleepCalls[0]).toBeLessThanOrEqual(250);
		expect(sleepCalls.length).toBeGreaterThanOrEqual(3);
		expect(sleepCalls.filter((ms) => ms > 250)).toEqual(sleepCalls.filter((ms) => ms > 250 && ms <= 1000));
		expect(scope.isDone()).toBe(true);
	});

	it('gives up on 429 after Max Attempts with an error that says so', async () => {
		nock(MANAGEMENT_URL).get('/external/account').times(3).reply(429, '', { 'Retry-After': '0' });
		const result = await probe({ maxAttempts: 3 });
		expect(result.error?.message).toBe(
			'INCS is rate limiting this account: Too many attempts [INCS code 429] (after 3 attempts)',
		);
		expect(result.error?.description).toMatch(/Lower "Max Concurrent Requests"/);
		// Two back-offs of at most 250 ms (Retry-After 0), each maybe followed by a pacer wait.
		expect(sleepCalls.length).toBeGreaterThanOrEqual(2);
		expect(Math.max(...sleepCalls)).toBeLessThanOrEqual(1000);
	});

	it('does not wait for a Retry-After longer than two minutes, and says INCS asked for that wait', async () => {
		const scope = nock(MANAGEMENT_URL).get('/external/account').reply(429, '', { 'Retry-After': '200' });
		const result = await probe({ maxAttempts: 5 });
		expect(result.error).toMatchObject({
			message: 'INCS is rate limiting this account: INCS asked to wait 200 s before the next request [INCS code 429]',
			description:
				'The node waits at most 120 s for INCS, so it stopped instead of waiting 200 s. Run the workflow again once that time has passed, or lower "Max Concurrent Requests" so INCS asks for shorter waits.',
		});
		expect(result.error?.description).not.toMatch(/retried|Max Attempts/);
		expect(sleepCalls).toEqual([]);
		expect(scope.isDone()).toBe(true);
	});

	it('reads a Retry-After given as an HTTP date the same way', async () => {
		const later = new Date(Date.now() + 3_600_000).toUTCString();
		nock(MANAGEMENT_URL).get('/external/account').reply(200, failure(429, 'Too many attempts'), { 'Retry-After': later });
		const result = await probe({ maxAttempts: 5 });
		expect(result.error?.message).toMatch(/^INCS is rate limiting this account: INCS asked to wait 3,[56]\d\d s before the next request \[INCS code 429\]$/);
		expect(sleepCalls).toEqual([]);
	});

	it('with Max Attempts 1 a 429 says the node did not retry', async () => {
		nock(MANAGEMENT_URL).get('/external/account').reply(429, '', { 'Retry-After': '1' });
		const result = await probe({ maxAttempts: 1 });
		expect(result.error).toMatchObject({
			message: 'INCS is rate limiting this account: Too many attempts [INCS code 429]',
			description:
				'The node did not retry because "Max Attempts" is 1. Raise "Max Attempts" so the node retries with back-off, lower "Max Concurrent Requests", or run the workflow again later.',
		});
		expect(sleepCalls).toEqual([]);
	});

	it.each([
		['HTTP 500', (scope: nock.Interceptor) => scope.reply(500, failure(500, 'Server error'))],
		['malformed JSON', (scope: nock.Interceptor) => scope.reply(200, '{oops')],
	])('never repeats a POST after %s and says the message may have been accepted', async (_label, answer) => {
		const scope = answer(nock(MESSAGING_URL).post('/external/messages/whatsapp'));

		const result = await probe({ api: 'messaging', method: 'POST', path: '/external/messages/whatsapp', body: '{"to":"1"}', maxAttempts: 5 });

		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.message).toMatch(/^The request to INCS failed after it was sent: .* The message may or may not have been accepted\.$/);
		expect(result.error?.description).toMatch(/did not retry/);
		expect(sleepCalls).toEqual([]);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		['a connection reset', { kind: 'reset' } as ScriptedAnswer, 'the connection to INCS broke before the answer arrived', 'ECONNRESET'],
		['a timeout', { kind: 'hang' } as ScriptedAnswer, 'INCS did not answer in time', 'ECONNABORTED'],
	])('never repeats a POST after %s', async (_label, answer, detail, networkCode) => {
		const server = await startScriptedServer([answer]);
		try {
			const result = await probe(
				{ api: 'messaging', method: 'POST', path: '/external/messages/whatsapp', body: '{"to":"1"}', maxAttempts: 5, timeoutMs: 300 },
				{ messagingBaseUrl: server.url },
			);
			expect(result.error?.message).toBe(
				`The request to INCS failed after it was sent: ${detail}. The message may or may not have been accepted.`,
			);
			expect(result.error?.description).toContain(`did not retry (network error ${networkCode})`);
			expect(server.requests).toHaveLength(1);
			expect(sleepCalls).toEqual([]);
			expect(JSON.stringify(result.error)).not.toContain(TEST_CERTIFICATION_CODE);
		} finally {
			await server.close();
		}
	});

	it('retries a POST whose connection was refused (nothing was sent) and says so when it gives up', async () => {
		const url = await closedPortUrl();
		const result = await probe(
			{ api: 'messaging', method: 'POST', path: '/external/messages/whatsapp', body: '{"to":"1"}', maxAttempts: 3 },
			{ messagingBaseUrl: url },
		);
		expect(result.error?.message).toBe('INCS could not be reached: the connection to INCS could not be opened (after 3 attempts)');
		expect(result.error?.description).toMatch(/^Nothing was sent \(network error ECONNREFUSED\)\./);
		expect(sleepCalls).toHaveLength(2);
	});

	it('retries a GET after 5xx and a reset', async () => {
		const server = await startScriptedServer([
			{ kind: 'reply', status: 503, body: 'Service Unavailable', headers: { 'Content-Type': 'text/plain' } },
			{ kind: 'reset' },
			{ kind: 'reply', status: 200, body: success({ display_phone_number: '+1' }) },
		]);
		try {
			const result = await probe({ maxAttempts: 3 }, { managementBaseUrl: server.url });
			expect(result.items[0].json).toEqual({ data: { display_phone_number: '+1' } });
			expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
				'GET /external/account',
				'GET /external/account',
				'GET /external/account',
			]);
			expect(server.requests.every((request) => request.headers['certification-code'] === TEST_CERTIFICATION_CODE)).toBe(true);
			expect(sleepCalls).toHaveLength(2);
		} finally {
			await server.close();
		}
	});

	it('treats "not found" after a lost DELETE answer as deleted', async () => {
		const server = await startScriptedServer([
			{ kind: 'reset' },
			{ kind: 'reply', status: 200, body: failure(404, 'The template is not found.') },
		]);
		try {
			const result = await probe(
				{ method: 'DELETE', path: '/external/templates/rcs/2000000000000000001' },
				{ managementBaseUrl: server.url },
			);
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toEqual({ data: {} });
			expect(server.requests).toHaveLength(2);
		} finally {
			await server.close();
		}
	});

	it('reports "not found" on a first DELETE as an error', async () => {
		nock(MANAGEMENT_URL).delete('/external/templates/9').reply(200, failure(404, 'The template is not found.'));
		const result = await probe({ method: 'DELETE', path: '/external/templates/9' });
		expect(result.error?.message).toBe('INCS could not find it: The template is not found. [INCS code 404]');
	});
});
