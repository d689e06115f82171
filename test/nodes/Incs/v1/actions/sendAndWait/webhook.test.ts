import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { sendAndWaitWebhook } from '../../../../../../nodes/Incs/v1/actions/sendAndWait/webhook';

/*
 * The node's answer to a response link. n8n checks the link's signature and answers a link of an
 * execution that no longer waits before this runs (the e2e suite shows both in a real n8n); these
 * tests cover what the node itself does with a GET and a POST.
 */

interface Recorded {
	status?: number;
	headers: Record<string, string>;
	body?: string;
}

interface Call {
	method: 'GET' | 'POST';
	query?: IDataObject;
	body?: unknown;
	parameters: IDataObject;
	/** The execution's custom data; 'unavailable': n8n gives the context none (it throws). */
	customData?: Record<string, string> | 'unavailable';
}

/** The node's id in these calls, and the custom data key of its current question. */
const NODE_ID = 'a1b2-c3';
const ROUND_KEY = 'incsWait_a1b2c3';

function valueAt(parameters: IDataObject, path: string): unknown {
	return path.split('.').reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as IDataObject)[key] : undefined), parameters);
}

async function call({ method, query = { approved: 'true', wait: '1' }, body, parameters, customData = { [ROUND_KEY]: '1' } }: Call): Promise<{ result: IWebhookResponseData; response: Recorded }> {
	const response: Recorded = { headers: {} };
	const res = {
		status(code: number) {
			response.status = code;
			return res;
		},
		setHeader(name: string, value: string) {
			response.headers[name.toLowerCase()] = value;
			return res;
		},
		send(text: string) {
			response.body = text;
			return res;
		},
	};
	const context = {
		getNode: () => ({ id: NODE_ID }),
		get customData() {
			if (customData === 'unavailable') throw new Error('Cannot access customData: runExecutionData is not available in this context');
			return { get: (key: string) => customData[key] };
		},
		getRequestObject: () => ({ method }),
		getResponseObject: () => res,
		getQueryData: () => query,
		getBodyData: () => body ?? {},
		getNodeParameter(name: string, fallback?: unknown) {
			const value = valueAt(parameters, name);
			// What n8n does with an expression it cannot resolve without the item.
			if (value === UNRESOLVABLE) throw new Error('Cannot resolve $json outside an item');
			if (value === undefined && fallback === undefined) throw new Error(`Could not get parameter "${name}"`);
			return value ?? fallback;
		},
	} as unknown as IWebhookFunctions;
	const result = await sendAndWaitWebhook.call(context);
	return { result, response };
}

const UNRESOLVABLE = '={{ $json.question }}';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function resumedWith(result: IWebhookResponseData): IDataObject {
	expect(result.webhookResponse).toContain('your answer was recorded');
	const items = result.workflowData?.[0] ?? [];
	expect(items).toHaveLength(1);
	const data = items[0].json.data as IDataObject;
	expect(data.respondedAt).toMatch(ISO);
	const rest = { ...data };
	delete rest.respondedAt;
	return rest;
}

describe('the response link', () => {
	const approval = { responseType: 'approval', message: 'Publish <the> campaign?' };

	it('GET on an approval link shows the confirmation page and does not resume', async () => {
		const { result, response } = await call({ method: 'GET', parameters: approval });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
		expect(response.headers['cache-control']).toBe('no-store');
		expect(response.body).toContain('<p>Publish &lt;the&gt; campaign?</p>');
		expect(response.body).toContain('<button type="submit">Approve</button>');
	});

	it('GET on the decline link shows the decline button with its label', async () => {
		const parameters = { ...approval, approvalOptions: { values: { approvalType: 'double', disapproveLabel: 'Hold' } } };
		const { response } = await call({ method: 'GET', query: { approved: 'false' }, parameters });
		expect(response.body).toContain('<button type="submit" class="decline">Hold</button>');
	});

	it('POST approves: { data: { approved: true } }', async () => {
		const { result } = await call({ method: 'POST', parameters: approval });
		expect(resumedWith(result)).toEqual({ approved: true });
	});

	it('POST on the decline link: { data: { approved: false } }', async () => {
		const { result } = await call({ method: 'POST', query: { approved: 'false' }, parameters: approval });
		expect(resumedWith(result)).toEqual({ approved: false });
	});

	it('free text: GET shows the text box with the title and description options; POST resumes with the text', async () => {
		const parameters = { responseType: 'freeText', message: 'How was it?', options: { responseFormTitle: 'Feedback', responseFormButtonLabel: 'Send' } };
		const page = await call({ method: 'GET', parameters });
		expect(page.response.body).toContain('<h1>Feedback</h1><p>How was it?</p>');
		expect(page.response.body).toContain('<button type="submit">Send</button>');
		const { result } = await call({ method: 'POST', parameters, body: { data: { 'field-0': ' Great ' } } });
		expect(resumedWith(result)).toEqual({ text: 'Great' });
	});

	it('free text: an empty answer shows the page again (400) and does not resume', async () => {
		const { result, response } = await call({ method: 'POST', parameters: { responseType: 'freeText', message: 'How was it?' }, body: { data: { 'field-0': '' } } });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.status).toBe(400);
		expect(response.body).toContain('<textarea id="field-0"');
	});

	const form = {
		responseType: 'customForm',
		message: 'Brief',
		formFields: { values: [{ fieldLabel: 'Budget', fieldType: 'number', requiredField: true }, { fieldLabel: 'Notes', fieldType: 'textarea' }] },
	};

	it('custom form: POST resumes with the answers under their labels', async () => {
		const { result } = await call({ method: 'POST', parameters: form, body: { data: { 'field-0': '1200', 'field-1': 'Asap' } } });
		expect(resumedWith(result)).toEqual({ Budget: 1200, Notes: 'Asap' });
	});

	it('custom form: a required field left empty shows the form again with the problem', async () => {
		const { result, response } = await call({ method: 'POST', parameters: form, body: { data: { 'field-1': 'Asap' } } });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.status).toBe(400);
		expect(response.body).toContain('<p class="error">Please fill in &quot;Budget&quot;.</p>');
	});

	it('a page text n8n cannot resolve at answer time falls back to none', async () => {
		const parameters = { responseType: 'approval', message: UNRESOLVABLE };
		const { response } = await call({ method: 'GET', parameters });
		expect(response.body).toContain('<h1>Confirm your approval</h1><form');
	});

	it('settings that no longer pass the checks: a clear page (500), no resume', async () => {
		const { result, response } = await call({ method: 'POST', parameters: { responseType: 'customForm', formFields: { values: [] } } });
		expect(result).toEqual({ noWebhookResponse: true });
		expect(response.status).toBe(500);
		expect(response.body).toContain('This request cannot be answered');
		expect(response.body).toContain('Form Fields: it has 0 fields');
	});

	describe('when the node asked again in the same execution (its questions are numbered)', () => {
		const answered = (result: IWebhookResponseData, response: Recorded) => {
			expect(result).toEqual({ noWebhookResponse: true });
			expect(response.status).toBe(200);
			expect(response.body).toContain('<h1>No action required</h1>');
			expect(response.body).toContain('belongs to an earlier question');
		};

		it.each(['GET', 'POST'] as const)('%s on a link of the first question, now that the second waits: "no action required", no resume', async (method) => {
			const { result, response } = await call({ method, parameters: approval, query: { approved: 'true', wait: '1' }, customData: { [ROUND_KEY]: '2' } });
			answered(result, response);
		});

		it('POST on a link of the current question resumes', async () => {
			const { result } = await call({ method: 'POST', parameters: approval, query: { approved: 'true', wait: '2' }, customData: { [ROUND_KEY]: '2' } });
			expect(resumedWith(result)).toEqual({ approved: true });
		});

		it("another node's number does not count: its key is its own", async () => {
			const { result } = await call({ method: 'POST', parameters: approval, query: { approved: 'true', wait: '1' }, customData: { [ROUND_KEY]: '1', incsWait_othernode: '5' } });
			expect(resumedWith(result)).toEqual({ approved: true });
		});

		it('a link sent before questions were numbered (no wait parameter) is answered as before', async () => {
			const { result } = await call({ method: 'POST', parameters: approval, query: { approved: 'true' }, customData: { [ROUND_KEY]: '2' } });
			expect(resumedWith(result)).toEqual({ approved: true });
		});

		it.each([
			['no number was recorded (the 10 custom data keys were taken)', {}],
			['the context has no custom data', 'unavailable' as const],
		])('%s: the link is answered as n8n answers it', async (_case, customData) => {
			const { result } = await call({ method: 'POST', parameters: approval, query: { approved: 'true', wait: '3' }, customData });
			expect(resumedWith(result)).toEqual({ approved: true });
		});
	});
});
