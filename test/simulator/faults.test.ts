import { HTML_ERROR_PAGE } from '../../simulator/faults';
import { startSimulator, type Simulator } from '../../simulator/server';
import { api, call } from './helpers';
import * as req from './requests';

let sim: Simulator;

beforeAll(async () => {
	sim = await startSimulator({ seedData: true });
});

afterAll(async () => {
	await sim.close();
});

beforeEach(() => {
	sim.setOptions({ faults: [], rateLimit: null, latencyMs: 0 });
	sim.setRateLimitClock();
	sim.reset();
});

const sendViber = (options = {}) => call(sim, 'POST', '/external/messages/viber', req.viberText, options);

describe('rate limiter', () => {
	it('answers HTTP 429 with Retry-After and envelope 429 beyond the burst', async () => {
		sim.setOptions({ rateLimit: { ratePerSecond: 0.5, burst: 2 } });
		expect(JSON.parse((await sendViber()).text).code).toBe(200);
		expect(JSON.parse((await sendViber()).text).code).toBe(200);
		const limited = await sendViber();
		expect(limited.status).toBe(429);
		expect(limited.headers['retry-after']).toBe('2');
		expect(JSON.parse(limited.text)).toEqual({ status: 'error', code: 429, message: 'Too many attempts', data: {}, error: {} });
		expect(sim.journal.acceptedSends()).toHaveLength(2);
		expect(sim.journal.query({ outcome: 'rejected' })[0].httpStatus).toBe(429);
	});

	it('refills tokens over time', async () => {
		// A clock the test moves, so how fast the machine sends does not decide the outcome.
		let now = 0;
		sim.setOptions({ rateLimit: { ratePerSecond: 1, burst: 1 } });
		sim.setRateLimitClock(() => now);
		expect((await sendViber()).status).toBe(200);
		now = 999;
		expect((await sendViber()).status).toBe(429);
		now = 1000;
		expect((await sendViber()).status).toBe(200);
	});
});

describe('faults by request number', () => {
	it('http500: HTTP 500 with the 500 envelope on requests 2 and 4 only', async () => {
		sim.setOptions({ faults: [{ kind: 'http500', onRequests: [2, 4] }] });
		const statuses = [];
		for (let i = 0; i < 5; i++) statuses.push((await sendViber()).status);
		expect(statuses).toEqual([200, 500, 200, 500, 200]);
		expect(sim.journal.query({ outcome: 'fault' }).map((e) => e.seq)).toEqual([2, 4]);
		expect(sim.journal.acceptedSends()).toHaveLength(3);
	});

	it('reset: destroys the socket without an answer', async () => {
		sim.setOptions({ faults: [{ kind: 'reset', onRequests: [1] }] });
		await expect(sendViber()).rejects.toThrow(/socket hang up|ECONNRESET/);
		expect(sim.journal.all()[0]).toMatchObject({ outcome: 'fault', fault: 'reset', httpStatus: null });
		expect((await sendViber()).status).toBe(200);
	});

	it('timeout: never answers, until the client gives up', async () => {
		sim.setOptions({ faults: [{ kind: 'timeout', onRequests: [1] }] });
		const started = Date.now();
		await expect(sendViber({ timeoutMs: 150 })).rejects.toThrow('client timeout');
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		expect(sim.journal.all()[0]).toMatchObject({ outcome: 'fault', fault: 'timeout' });
	});

	it('malformedJson: HTTP 200 with a body that does not parse', async () => {
		sim.setOptions({ faults: [{ kind: 'malformedJson', onRequests: [1] }] });
		const response = await sendViber();
		expect(response.status).toBe(200);
		expect(response.headers['content-type']).toBe('application/json');
		expect(() => JSON.parse(response.text)).toThrow();
	});

	it('htmlErrorPage: HTTP 502 text/html', async () => {
		sim.setOptions({ faults: [{ kind: 'htmlErrorPage', onRequests: [1] }] });
		const response = await sendViber();
		expect(response.status).toBe(502);
		expect(response.headers['content-type']).toBe('text/html');
		expect(response.text).toBe(HTML_ERROR_PAGE);
	});

	it('rateLimit429: HTTP 429 with the configured Retry-After', async () => {
		sim.setOptions({ faults: [{ kind: 'rateLimit429', onRequests: [1], retryAfterSeconds: 3 }] });
		const response = await sendViber();
		expect(response.status).toBe(429);
		expect(response.headers['retry-after']).toBe('3');
		expect(JSON.parse(response.text).code).toBe(429);
		expect(sim.journal.acceptedSends()).toHaveLength(0);
	});
});

describe('fault scope and timing', () => {
	it('counts only requests in scope (method and path prefix)', async () => {
		sim.setOptions({ faults: [{ kind: 'http500', onRequests: [1], method: 'GET', pathPrefix: '/external/templates' }] });
		expect((await sendViber()).status).toBe(200);
		expect((await call(sim, 'GET', '/external/account')).status).toBe(200);
		expect((await call(sim, 'GET', '/external/templates')).status).toBe(500);
		expect((await call(sim, 'GET', '/external/templates')).status).toBe(200);
	});

	it('afterAccept: the message is accepted and journalled, but the answer is lost', async () => {
		sim.setOptions({ faults: [{ kind: 'reset', onRequests: [1], afterAccept: true }] });
		await expect(sendViber()).rejects.toThrow(/socket hang up|ECONNRESET/);
		const [entry] = sim.journal.acceptedSends('viber');
		expect(entry).toMatchObject({ outcome: 'accepted', fault: 'reset', faultAfterAccept: true, to: '85200000001' });
		expect(entry.msgId).toBeDefined();
		expect(sim.journal.countByRecipient()).toEqual({ '85200000001': 1 });
	});

	it('a fault before acceptance leaves no accepted send', async () => {
		sim.setOptions({ faults: [{ kind: 'http500', onRequests: [1] }] });
		await sendViber();
		expect(sim.journal.acceptedSends()).toHaveLength(0);
	});

	it('probability faults repeat exactly with the same seed', async () => {
		const failures = async (seed: number): Promise<number[]> => {
			sim.setOptions({ randomSeed: seed, faults: [{ kind: 'http500', probability: 0.3 }] });
			sim.reset();
			for (let i = 0; i < 30; i++) await sendViber();
			return sim.journal.query({ outcome: 'fault' }).map((e) => e.seq);
		};
		const first = await failures(42);
		expect(first.length).toBeGreaterThan(0);
		expect(first.length).toBeLessThan(30);
		expect(await failures(42)).toEqual(first);
		expect(await failures(7)).not.toEqual(first);
	});

	it('applies latency before answering', async () => {
		sim.setOptions({ latencyMs: { minMs: 40, maxMs: 60 } });
		const started = Date.now();
		await sendViber();
		expect(Date.now() - started).toBeGreaterThanOrEqual(38);
	});

	it('does not fault control endpoints', async () => {
		sim.setOptions({ faults: [{ kind: 'reset', probability: 1 }] });
		expect((await api(sim, 'GET', '/__sim/health')).status).toBe(200);
	});
});
