import http from 'node:http';

import { parseCliArgs, parseFaultSpec } from '../../simulator/cliArgs';
import type { JournalEntry } from '../../simulator/journal';
import { startSimulator, type Simulator } from '../../simulator/server';
import { api, call, CERT } from './helpers';
import * as req from './requests';

let sim: Simulator;

beforeAll(async () => {
	sim = await startSimulator({ seedData: true });
});

afterAll(async () => {
	await sim.close();
});

beforeEach(() => {
	sim.setOptions({ certificationCodes: [CERT] });
	sim.reset();
});

describe('journal', () => {
	it('records each request without the certification code value', async () => {
		await api(sim, 'POST', '/external/messages/viber?trace=1', req.viberText);
		await api(sim, 'POST', '/external/messages/viber', req.viberText, { headers: { 'certification-code': 'wrong' } });
		await call(sim, 'GET', '/external/account', undefined, { headers: { 'certification-code': '' } });
		const [accepted, refused] = sim.journal.all();
		expect(accepted).toMatchObject({
			seq: 1,
			method: 'POST',
			path: '/external/messages/viber',
			query: { trace: '1' },
			certificationCodeMatched: true,
			body: req.viberText,
			outcome: 'accepted',
			httpStatus: 200,
			code: 200,
			channel: 'viber',
			to: '85200000001',
			type: 'text',
			msgId: expect.any(String),
		});
		expect(accepted.headers).not.toHaveProperty('certification-code');
		expect(JSON.stringify(sim.journal.all())).not.toContain(CERT);
		expect(refused).toMatchObject({ certificationCodeMatched: false, outcome: 'rejected', code: 10001 });
		expect(refused.msgId).toBeUndefined();
	});

	it('answers "each recipient got exactly one message" questions', async () => {
		for (const to of ['85200000001', '85200000002', '85200000002']) await api(sim, 'POST', '/external/messages/viber', { ...req.viberText, to });
		await api(sim, 'POST', '/external/messages/rcs', req.rcsText);
		await api(sim, 'POST', '/external/messages/viber', { ...req.viberText, to: 'nope' });
		expect(sim.journal.acceptedSends()).toHaveLength(4);
		expect(sim.journal.acceptedSends('rcs')).toHaveLength(1);
		expect(sim.journal.countByRecipient('viber')).toEqual({ '85200000001': 1, '85200000002': 2 });
		expect(sim.journal.duplicateRecipients('viber')).toEqual(['85200000002']);
	});

	it('is queryable over HTTP with filters and a summary', async () => {
		await api(sim, 'POST', '/external/messages/viber', req.viberText);
		await api(sim, 'POST', '/external/messages/rcs', req.rcsText);
		const rcs = await api(sim, 'GET', '/__sim/journal?channel=rcs');
		expect((rcs.body as unknown as { entries: JournalEntry[] }).entries.map((e) => e.path)).toEqual(['/external/messages/rcs']);
		const summary = await call(sim, 'GET', '/__sim/journal/summary');
		expect(JSON.parse(summary.text)).toEqual({ total: 2, acceptedSends: 2, byRecipient: { '85200000001': 2 }, duplicateRecipients: ['85200000001'] });
	});

	it('is cleared by POST /__sim/reset, which also restores the seed templates', async () => {
		await api(sim, 'POST', '/external/messages/viber', req.viberText);
		await api(sim, 'POST', '/external/templates', req.wabaCreateBodyFooter);
		expect((await call(sim, 'POST', '/__sim/reset')).status).toBe(200);
		expect(sim.journal.size).toBe(0);
		expect(sim.state.waba.findByName('fake_api_template_1')).toHaveLength(0);
		expect(sim.state.waba.findByName('order_ready_notice')).toHaveLength(1);
	});
});

describe('control API', () => {
	it('reads and changes knobs at runtime', async () => {
		const changed = await call(sim, 'POST', '/__sim/config', { certificationCodes: ['other-code'], rateLimit: { ratePerSecond: 5, burst: 5 } });
		expect(changed.status).toBe(200);
		expect(JSON.parse(changed.text)).toMatchObject({ certificationCodes: ['other-code'], rateLimit: { ratePerSecond: 5, burst: 5 } });
		expect((await api(sim, 'GET', '/external/account')).body.code).toBe(10001);
		expect((await api(sim, 'GET', '/external/account', undefined, { headers: { 'certification-code': 'other-code' } })).body.code).toBe(200);
		await call(sim, 'POST', '/__sim/config', { rateLimit: null });
	});

	it('refuses unknown or invalid knobs with HTTP 400 and leaves the config alone', async () => {
		expect((await call(sim, 'POST', '/__sim/config', { port: 1 })).status).toBe(400);
		expect((await call(sim, 'POST', '/__sim/config', { faults: [{ kind: 'explode', probability: 1 }] })).status).toBe(400);
		expect((await call(sim, 'POST', '/__sim/config', { latencyMs: -5 })).status).toBe(400);
		expect(sim.options.latencyMs).toBe(0);
	});

	it('answers unknown control paths with 404', async () => {
		expect((await call(sim, 'GET', '/__sim/nothing')).status).toBe(404);
	});
});

describe('lifecycle', () => {
	it('closes promptly with an idle keep-alive socket and a hung request', async () => {
		const local = await startSimulator({ faults: [{ kind: 'timeout', onRequests: [2] }] });
		const agent = new http.Agent({ keepAlive: true });
		const get = () =>
			new Promise<number>((resolve, reject) => {
				http.get(`${local.url}/external/account`, { agent, headers: { 'certification-code': CERT } }, (res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
				}).on('error', reject);
			});
		expect(await get()).toBe(200);
		const hung = get().catch((error: Error) => error.message);
		await new Promise((resolve) => setTimeout(resolve, 30));
		const started = Date.now();
		await local.close();
		expect(Date.now() - started).toBeLessThan(500);
		expect(await hung).toMatch(/socket hang up|ECONNRESET/);
		agent.destroy();
	});

	// Correctness under concurrency; speed is measured by the benchmarks (nock's interceptor makes
	// HTTP inside jest several times slower than outside).
	it('journals each of 500 concurrent sends exactly once', async () => {
		const to = (i: number) => `8520000${String(i).padStart(4, '0')}`;
		const total = 500;
		let next = 0;
		const worker = async () => {
			while (next < total) {
				const i = next++;
				const response = await call(sim, 'POST', '/external/messages/whatsapp', { ...req.whatsappText, to: to(i) });
				if (response.status !== 200) throw new Error(`send ${i} answered ${response.status}`);
			}
		};
		await Promise.all(Array.from({ length: 16 }, worker));
		const counts = sim.journal.countByRecipient('whatsapp');
		expect(Object.keys(counts)).toHaveLength(total);
		expect(Object.values(counts).every((n) => n === 1)).toBe(true);
		expect(new Set(sim.journal.acceptedSends().map((e) => e.msgId)).size).toBe(total);
	});
});

describe('CLI flags', () => {
	it('parses every knob', () => {
		const { options } = parseCliArgs([
			'--port', '9999',
			'--cert-code', 'a', '--cert-code', 'b',
			'--callback-url', 'http://127.0.0.1:5678/webhook/x',
			'--callback-token', 't',
			'--callback-delays', '1,2,3',
			'--failing-numbers', '85200000009,85200000010',
			'--latency', '10-20',
			'--rate-limit', '10:20',
			'--fault', 'reset:requests=3,7:method=post:path=/external/messages:after-accept',
			'--fault', 'http500:probability=0.1',
			'--random-seed', '5',
			'--review-delay', '0',
			'--reject-pattern', '^bad',
			'--http-status-mirrors-code',
			'--no-seed',
		]);
		expect(options).toEqual({
			port: 9999,
			seedData: false,
			certificationCodes: ['a', 'b'],
			callbackUrl: 'http://127.0.0.1:5678/webhook/x',
			callbackToken: 't',
			callbackDelays: { sentMs: 1, deliveredMs: 2, readMs: 3 },
			failingNumbers: ['85200000009', '85200000010'],
			latencyMs: { minMs: 10, maxMs: 20 },
			rateLimit: { ratePerSecond: 10, burst: 20 },
			faults: [
				{ kind: 'reset', onRequests: [3, 7], method: 'POST', pathPrefix: '/external/messages', afterAccept: true },
				{ kind: 'http500', probability: 0.1 },
			],
			randomSeed: 5,
			reviewDelayMs: 0,
			rejectTemplateNamePattern: '^bad',
			httpStatusMirrorsCode: true,
		});
	});

	it('defaults to port 8787 with seed data, and rejects bad fault specs', () => {
		expect(parseCliArgs([]).options).toEqual({ port: 8787, seedData: true });
		expect(() => parseFaultSpec('explode:requests=1')).toThrow(/unknown fault kind/);
		expect(() => parseFaultSpec('reset')).toThrow(/probability= or requests=/);
	});
});
