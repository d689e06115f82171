// First: debug logging on and the guard capturing before n8n-core (and its logger) is loaded.
import { debugGuard as guard } from './support/debugLogs';

import { IncsApi } from '../../credentials/IncsApi.credentials';
import { testCredential } from '../harness';
import { startScriptedServer } from '../support/scriptedServer';
import { CAMPAIGN_SENDS, campaign } from './support/campaign';
import { incsCredentialData, runCampaign, runIncs, withRequestOptions } from './support/run';
import { SECRET } from './support/secretGuard';
import { useSimulator } from './support/simulator';

// Back-off waits skipped; the runs below are about what gets written, not when.
jest.mock('n8n-workflow', () => jest.requireActual<typeof import('./support/sleep')>('./support/sleep').workflowWithSleep(0));

/**
 * The certification code must appear in no output, error message, error description or log line.
 * Every reliability test file scans its outputs, errors, run records and the simulator journal
 * and captures its console and stdout/stderr; this one also runs with n8n's debug logging on and
 * goes through the paths most likely to leak: failures of every kind, a rejected code, INCS
 * echoing the code back, and the credential test.
 */
const sim = useSimulator(guard);

const ACCOUNT = { resource: 'account', operation: 'get' };

describe('the guard itself', () => {
	it('notices the secret in a scanned value and in captured output', () => {
		expect(() => guard.scan('a canary', { nested: [`x-${SECRET}-y`] })).toThrow(/leaked into a canary/);
		console.log('canary', SECRET);
		expect(() => guard.assertOutputClean()).toThrow(/leaked into console, stdout or stderr output/);
		process.stderr.write(`canary ${SECRET}\n`);
		expect(guard.output).toContain(`canary ${SECRET}`);
		guard.clearOutput();
		guard.assertOutputClean();
	});
});

describe('with debug logging, across the paths that could leak the code', () => {
	it('a campaign with lost answers, with and without Continue On Fail', async () => {
		const { inputItems } = campaign(8);
		for (const continueOnFail of [true, false]) {
			sim().reset();
			sim().setOptions({
				faults: [
					{ kind: 'reset', onRequests: [2] },
					{ kind: 'http500', onRequests: [3], afterAccept: true },
					{ kind: 'malformedJson', onRequests: [4] },
					{ kind: 'htmlErrorPage', onRequests: [5] },
				],
			});
			const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, continueOnFail });
			expect(continueOnFail ? result.items.filter((item) => item.json.error !== undefined).length : result.error?.name).toEqual(continueOnFail ? 4 : 'NodeApiError');
		}
	});

	it('reads that are retried, and a rate limit that outlasts Max Attempts', async () => {
		sim().setOptions({ faults: [{ kind: 'http500', onRequests: [1] }] });
		expect((await runIncs(sim(), guard, { parameters: ACCOUNT })).error).toBeUndefined();
		sim().setOptions({ faults: [{ kind: 'rateLimit429', probability: 1 }] });
		const limited = await runIncs(sim(), guard, { parameters: withRequestOptions(ACCOUNT, { maxAttempts: 2 }) });
		expect(limited.error?.message).toBe('INCS is rate limiting this account: Too many attempts [INCS code 429] (after 2 attempts)');
	});

	it('inputs stopped before sending, and INCS refusing a template', async () => {
		const invalid = await runIncs(sim(), guard, { parameters: { resource: 'viberMessage', operation: 'send', to: '+852 9000 00x1', messageType: 'text', text: 'Hi' } });
		expect(invalid.error?.message).toMatch(/^Invalid "Recipient Phone Number" in item 1: /);
		const duplicate = await runIncs(sim(), guard, {
			parameters: { resource: 'whatsAppTemplate', operation: 'create', name: 'order_ready_notice', language: 'en_US', category: 'UTILITY', bodyText: 'Again' },
		});
		expect(duplicate.error?.message).toBe('INCS rejected a parameter: The name has already been taken for language en_US. [INCS code 422]');
	});

	it('a certification code INCS does not accept', async () => {
		sim().setOptions({ certificationCodes: ['another-code-entirely'] });
		const result = await runIncs(sim(), guard, { parameters: ACCOUNT });
		expect(result.error?.message).toBe('The certification code is invalid: Certification code is invalid [INCS code 10001]');
		// The code was sent (and refused); the journal recorded only that it did not match.
		guard.scan('the simulator journal', sim().journal.all());
		expect(sim().journal.all().map((entry) => entry.certificationCodeMatched)).toEqual([false]);
		sim().reset();
	});

	it('INCS echoing the code back in an error envelope or an HTML page', async () => {
		const server = await startScriptedServer([
			{ kind: 'reply', status: 200, body: { status: 'error', code: 10001, message: `Certification code ${SECRET} is invalid`, data: {}, error: {} } },
			{ kind: 'reply', status: 502, body: `<html><body>upstream said: certification-code: ${SECRET}</body></html>`, headers: { 'Content-Type': 'text/html' } },
		]);
		try {
			const echoed = await runIncs(sim(), guard, { parameters: ACCOUNT, baseUrl: server.url });
			expect(echoed.error?.message).toBe('The certification code is invalid: Certification code [redacted] is invalid [INCS code 10001]');
			const page = await runIncs(sim(), guard, { parameters: withRequestOptions({ ...ACCOUNT }, { maxAttempts: 1 }), baseUrl: server.url });
			expect(page.error?.message).toBe('INCS did not give a usable answer: INCS answered HTTP 502 with an HTML page instead of a JSON envelope');
			// The code really went out with both requests: the scan above is not vacuous.
			expect(server.requests.map((request) => request.headers['certification-code'])).toEqual([SECRET, SECRET]);
		} finally {
			await server.close();
		}
	});

	it('the credential test, passing and failing', async () => {
		const passed = await testCredential(new IncsApi(), incsCredentialData(sim().url));
		expect(passed.status).toBe('OK');
		guard.scan('the credential test result', passed);
		sim().setOptions({ certificationCodes: ['another-code-entirely'] });
		const failed = await testCredential(new IncsApi(), incsCredentialData(sim().url));
		expect(failed.status).toBe('Error');
		guard.scan('the credential test result', failed);
		guard.scan('the simulator journal', sim().journal.all());
		sim().reset();
	});

	it('n8n wrote debug logs for all of it, and none holds the code', () => {
		expect(guard.output).toContain('Running node "INCS" started');
		expect(guard.output).toContain('Workflow execution finished');
		expect(guard.scannedValues).toBeGreaterThan(20);
		guard.assertOutputClean();
	});
});
