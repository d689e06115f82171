import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';
import type { WebhookRequest } from '../../harness/webhook';
import { callWebhook } from '../../harness/webhook';
import { CURRENT_TRIGGER_VERSION, TRIGGER_VERSIONS } from '../../../nodes/IncsTrigger/versions';
import { KNOWN_EVENTS, loadCallback } from './fixtures';

const TOKEN = 's3cretT0ken';
const callback = loadCallback('message_status_update.whatsapp.delivered');

/** The version the current test block runs at (each block below runs at every version). */
let typeVersion: number = CURRENT_TRIGGER_VERSION;

async function post(request: WebhookRequest, parameters: IDataObject = {}) {
	return await callWebhook({
		nodeType: new IncsTrigger(),
		parameters: { events: KNOWN_EVENTS, ...parameters },
		request,
		typeVersion,
	});
}

/** Runs a block of tests once per trigger version: both must treat every request alike. */
function atEveryVersion(name: string, tests: () => void): void {
	describe.each([...TRIGGER_VERSIONS])(`${name} (version %s)`, (version) => {
		beforeEach(() => {
			typeVersion = version;
		});
		afterAll(() => {
			typeVersion = CURRENT_TRIGGER_VERSION;
		});
		tests();
	});
}

function expectNoRun(call: Awaited<ReturnType<typeof post>>, statusCode: number, responseBody: unknown) {
	expect(call.executionStarted).toBe(false);
	expect(call.items).toEqual([]);
	expect(call.statusCode).toBe(statusCode);
	expect(call.responseBody).toEqual(responseBody);
}

const UNAUTHORIZED = { message: 'Missing or invalid callback token' };
const BAD_REQUEST = { message: 'Expected a JSON object with an "event" field' };

atEveryVersion('IncsTrigger callback token', () => {
	const withToken = { callbackToken: TOKEN };

	it('accepts the token in the "token" query parameter', async () => {
		const call = await post({ body: callback, query: { token: TOKEN } }, withToken);
		expect(call.executionStarted).toBe(true);
		expect(call.statusCode).toBe(200);
		expect(call.responseBody).toBeUndefined();
	});

	it('accepts the token in the x-incs-token header', async () => {
		const call = await post({ body: callback, headers: { 'X-INCS-Token': TOKEN } }, withToken);
		expect(call.executionStarted).toBe(true);
	});

	it('ignores whitespace around the configured token', async () => {
		const call = await post({ body: callback, query: { token: TOKEN } }, { callbackToken: ` ${TOKEN}\n` });
		expect(call.executionStarted).toBe(true);
	});

	it('answers 401 without a run when the token is missing', async () => {
		expectNoRun(await post({ body: callback }, withToken), 401, UNAUTHORIZED);
	});

	it('answers 401 without a run when the token is wrong', async () => {
		expectNoRun(await post({ body: callback, query: { token: 'guess' } }, withToken), 401, UNAUTHORIZED);
		expectNoRun(await post({ body: callback, query: { token: `${TOKEN}x` } }, withToken), 401, UNAUTHORIZED);
		expectNoRun(await post({ body: callback, query: { token: TOKEN.toUpperCase() } }, withToken), 401, UNAUTHORIZED);
	});

	it('a wrong header is not rescued by a right query parameter', async () => {
		const request = { body: callback, headers: { 'x-incs-token': 'guess' }, query: { token: TOKEN } };
		expectNoRun(await post(request, withToken), 401, UNAUTHORIZED);
	});

	it('a token given twice in the query is rejected', async () => {
		expectNoRun(await post({ body: callback, query: { token: [TOKEN, TOKEN] } }, withToken), 401, UNAUTHORIZED);
	});

	it('checks the token before reading the body', async () => {
		expectNoRun(await post({ body: 'not json', contentType: 'text/plain' }, withToken), 401, UNAUTHORIZED);
	});

	it('never echoes the token in the response', async () => {
		const call = await post({ body: callback, query: { token: 'guess' } }, withToken);
		expect(JSON.stringify(call.responseBody)).not.toContain(TOKEN);
		expect(JSON.stringify(call.responseBody)).not.toContain('guess');
	});

	it('needs no token when none is configured', async () => {
		expect((await post({ body: callback })).executionStarted).toBe(true);
	});
});

atEveryVersion('IncsTrigger body handling', () => {
	it('answers 400 without a run to a text body that is not JSON', async () => {
		expectNoRun(await post({ body: 'event=message_status_update', contentType: 'text/plain' }), 400, BAD_REQUEST);
	});

	it('answers 400 without a run to an undeclared body that is not JSON', async () => {
		expectNoRun(await post({ body: '{"event": "message_status_update",', contentType: null }), 400, BAD_REQUEST);
	});

	it('answers 400 without a run to JSON without "event"', async () => {
		const withoutEvent = { ...callback };
		delete withoutEvent.event;
		expectNoRun(await post({ body: withoutEvent }), 400, BAD_REQUEST);
	});

	it('answers 400 without a run to a non-string or empty "event"', async () => {
		expectNoRun(await post({ body: { ...callback, event: 7 } }), 400, BAD_REQUEST);
		expectNoRun(await post({ body: { ...callback, event: '' } }), 400, BAD_REQUEST);
	});

	it('answers 400 without a run to JSON that is not an object', async () => {
		expectNoRun(await post({ body: [callback] }), 400, BAD_REQUEST);
		expectNoRun(await post({ body: '"message_status_update"' }), 400, BAD_REQUEST);
	});

	it('answers 400 without a run to an empty body', async () => {
		expectNoRun(await post({}), 400, BAD_REQUEST);
	});

	it('a declared-JSON body that does not parse is answered 422 by n8n before the node runs', async () => {
		const call = await post({ body: '{"event":', contentType: 'application/json' });
		expect(call.nodeRan).toBe(false);
		expect(call.statusCode).toBe(422);
	});

	it.each(['text/plain', 'application/octet-stream', null])(
		'accepts a JSON callback sent as %s',
		async (contentType) => {
			const call = await post({ body: JSON.stringify(callback), contentType });
			expect(call.items.map((item) => item.json.status)).toEqual(['delivered']);
		},
	);

	it('accepts JSON with a charset parameter', async () => {
		const call = await post({ body: callback, contentType: 'application/json; charset=utf-8' });
		expect(call.executionStarted).toBe(true);
	});
});

describe('IncsTrigger reading the body at version 1.1', () => {
	beforeEach(() => {
		typeVersion = 1.1;
	});
	afterAll(() => {
		typeVersion = CURRENT_TRIGGER_VERSION;
	});

	it('uses the body n8n parsed and does not read the request again', async () => {
		const call = await post({ body: callback });
		expect(call.streamReads).toBe(1);
		expect(call.items.map((item) => item.json.status)).toEqual(['delivered']);
	});

	it.each(['application/octet-stream', null])('reads a body n8n left unread (%s) itself, once', async (contentType) => {
		const call = await post({ body: JSON.stringify(callback), contentType });
		expect(call.streamReads).toBe(1);
		expect(call.items.map((item) => item.json.status)).toEqual(['delivered']);
	});

	it('does not read the body of a callback whose token is wrong', async () => {
		const call = await post({ body: JSON.stringify(callback), contentType: null, query: { token: 'guess' } }, { callbackToken: TOKEN });
		expect(call.streamReads).toBe(0);
		expect(call.statusCode).toBe(401);
	});

	it('keeps every digit of a bigint ID in a body n8n parsed as JSON', async () => {
		const body = '{"event":"message_created","message":{"id":12345678901234567891,"custom_id":98765432109876543210}}';
		const call = await post({ body }, { events: ['message_created'], simplify: false });
		expect(call.items.map((item) => item.json)).toEqual([
			{ event: 'message_created', message: { id: '12345678901234567891', custom_id: '98765432109876543210' } },
		]);
	});
});

describe('IncsTrigger with a request stream that cannot be read', () => {
	it('answers 400 without a run', async () => {
		const response = { code: 0, body: undefined as unknown, status(code: number) { response.code = code; return response; }, json(body: unknown) { response.body = body; return response; }, end: () => response };
		const trigger = new IncsTrigger();
		const context = {
			getResponseObject: () => response,
			getRequestObject: () => ({ body: {}, readRawBody: async () => { throw new Error('Request body stream was aborted'); } }),
			getNodeParameter: (name: string, fallback: unknown) => (name === 'events' ? KNOWN_EVENTS : fallback),
			getHeaderData: () => ({}),
			getQueryData: () => ({}),
		};
		const result = await trigger.webhook.call(context as unknown as IWebhookFunctions);
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.code).toBe(400);
		expect(response.body).toEqual(BAD_REQUEST);
	});
});

describe('IncsTrigger event selection', () => {
	it('acknowledges an unselected event with 200 and no run', async () => {
		const call = await post({ body: callback }, { events: ['new_whatsapp_message'] });
		expectNoRun(call, 200, undefined);
	});

	it('tells WhatsApp and RCS new_message callbacks apart', async () => {
		const whatsApp = loadCallback('new_message.whatsapp.text');
		const rcs = loadCallback('new_message.rcs.text.inferred');
		const onlyRcs = { events: ['new_rcs_message'] };
		expectNoRun(await post({ body: whatsApp }, onlyRcs), 200, undefined);
		expect((await post({ body: rcs }, onlyRcs)).items.map((item) => item.json.event)).toEqual(['new_rcs_message']);
		const onlyWhatsApp = { events: ['new_whatsapp_message'] };
		expectNoRun(await post({ body: rcs }, onlyWhatsApp), 200, undefined);
		expect((await post({ body: whatsApp }, onlyWhatsApp)).items).toHaveLength(1);
	});

	it('acknowledges an event INCS may add later with 200 and no run', async () => {
		expectNoRun(await post({ body: { event: 'message_updated', message: {} } }), 200, undefined);
	});

	it('acknowledges a new_message of neither shape with 200 and no run', async () => {
		expectNoRun(await post({ body: { event: 'new_message', message: { foo: 1 } } }), 200, undefined);
		expectNoRun(await post({ body: { event: 'new_message' } }), 200, undefined);
	});
});

describe('IncsTrigger Any Other Event', () => {
	const withOther = { events: [...KNOWN_EVENTS, 'other_event'] };
	const unknown = { event: 'message_status_changed', message: { id: 100000000002, channel_status: 3 } };

	it.each([true, false])('outputs an unknown event exactly as INCS sent it (Simplify: %s)', async (simplify) => {
		const call = await post({ body: unknown }, { ...withOther, simplify });
		expect(call.executionStarted).toBe(true);
		expect(call.statusCode).toBe(200);
		expect(call.items.map((item) => item.json)).toEqual([unknown]);
	});

	it('also takes the callbacks it cannot read as a listed event', async () => {
		const unreadable = [
			{ event: 'new_message', message: { foo: 1 } },
			{ event: 'new_message' },
			{ event: 'message_created', message: 'not an object' },
		];
		for (const body of unreadable) {
			expect((await post({ body }, withOther)).items.map((item) => item.json)).toEqual([body]);
		}
	});

	it('leaves listed events to their own options', async () => {
		expectNoRun(await post({ body: callback }, { events: ['other_event'] }), 200, undefined);
	});

	it('never matches a business-phone filter (INCS documents no number for it)', async () => {
		expectNoRun(await post({ body: unknown }, { ...withOther, filters: { businessPhones: '6280000000001' } }), 200, undefined);
	});

	it('works the same on the test URL (manual mode)', async () => {
		const call = await callWebhook({
			nodeType: new IncsTrigger(),
			parameters: { events: ['message_status_update'] },
			request: { body: callback },
			mode: 'manual',
		});
		expect(call.items).toHaveLength(1);
	});
});
