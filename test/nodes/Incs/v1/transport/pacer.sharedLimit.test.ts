import { SeededRandom } from '../../../../../simulator/prng';
import type { CampaignRun } from './support/sharedLimit';
import { acceptedPerWindow, startCampaign, tokenBucketLimiter, VirtualClock } from './support/sharedLimit';

/*
 * The pacer against INCS's rate limit, in virtual time (support/sharedLimit.ts): what a campaign
 * and two campaigns on one account see, second by second, with the transport's retry rules.
 */

function finished(run: CampaignRun): number {
	if (run.finishedAt === undefined) throw new Error('campaign did not finish');
	return run.finishedAt;
}

describe('one campaign at the rate limit', () => {
	it.each([10, 25, 100])('2,000 sends into 100/s (burst %s) take at most 1.05 × N/R', async (burst) => {
		const clock = new VirtualClock();
		const run = startCampaign(clock, tokenBucketLimiter(clock, 100, burst), { items: 2000, concurrency: 10, latencyMs: 20 });
		await clock.runUntil(() => run.finishedAt !== undefined, 60_000);
		expect(run.acceptedAt).toHaveLength(2000);
		expect(finished(run)).toBeLessThanOrEqual(1.05 * 20_000);
	});

	it('INCS asking 2 requests to wait 3 s delays only those two, not the rest', async () => {
		const clock = new VirtualClock();
		let requests = 0;
		const run = startCampaign(
			clock,
			() => (++requests <= 2 ? { accepted: false, retryAfterSeconds: 3 } : { accepted: true }),
			{ items: 20, concurrency: 10, latencyMs: 20 },
		);
		await clock.runUntil(() => run.finishedAt !== undefined, 60_000);
		expect(run.acceptedAt).toHaveLength(20);
		// The 18 others are out well before the Retry-After ends; the two follow right after it.
		expect(run.acceptedAt.filter((at) => at < 3000)).toHaveLength(18);
		expect(finished(run)).toBeLessThan(3000 + 500);
	});
});

describe('two campaigns on one account (two workers, one INCS limit of 50/s)', () => {
	const LIMIT = 50;
	const runs: Array<{ burst: number; seed: number; a: CampaignRun; b: CampaignRun }> = [];

	beforeAll(async () => {
		for (const burst of [10, 50]) {
			for (const seed of [1, 2, 3]) {
				const clock = new VirtualClock();
				const limiter = tokenBucketLimiter(clock, LIMIT, burst);
				const a = startCampaign(clock, limiter, { items: 500, concurrency: 10, latencyMs: 20 }, new SeededRandom(seed));
				// Started "at once" by a person: the second reaches INCS a moment after the first.
				const b = startCampaign(clock, limiter, { items: 500, concurrency: 10, latencyMs: 20, startAt: 30 }, new SeededRandom(seed + 100));
				await clock.runUntil(() => a.finishedAt !== undefined && b.finishedAt !== undefined, 120_000);
				runs.push({ burst, seed, a, b });
			}
		}
	});

	it('every send is accepted once and together they never exceed the limit', () => {
		for (const { burst, a, b } of runs) {
			expect(a.acceptedAt).toHaveLength(500);
			expect(b.acceptedAt).toHaveLength(500);
			const all = [...a.acceptedAt, ...b.acceptedAt];
			const perSecond = acceptedPerWindow(all, 0, Math.max(finished(a), finished(b)), 1000);
			expect(Math.max(...perSecond)).toBeLessThanOrEqual(LIMIT + burst);
		}
	});

	// The first to start takes the bucket's burst and the first seconds; the second starts from
	// nothing (its first requests meet an empty bucket). Equal climbs and proportional decreases
	// close that gap by a fifth at every 429, which takes longer the bigger INCS's burst is.
	it('share the limit fairly after the first seconds', () => {
		for (const { a, b } of runs) {
			const end = Math.min(finished(a), finished(b)) - 1000;
			const first = acceptedPerWindow(a.acceptedAt, 8000, end, 2000);
			const second = acceptedPerWindow(b.acceptedAt, 8000, end, 2000);
			expect(first.length).toBeGreaterThanOrEqual(2);
			first.forEach((count, window) => {
				const share = count / (count + second[window]);
				expect(share).toBeGreaterThanOrEqual(0.3);
				expect(share).toBeLessThanOrEqual(0.7);
			});
		}
	});

	it('finish close together (N/R alone would be 20 s for both)', () => {
		for (const { a, b } of runs) {
			const [early, late] = [finished(a), finished(b)].sort((x, y) => x - y);
			// Two senders probing one small bucket meet more 429s (each holds its request for the
			// Retry-After) than one sender does: a little over N/R, not the 1.05 of a lone campaign.
			expect(late).toBeLessThanOrEqual(1.08 * 20_000);
			expect(late / early).toBeLessThanOrEqual(1.5);
		}
	});

	it('the one still running is back at the full rate within 3 s after the other ends', async () => {
		const clock = new VirtualClock();
		const limiter = tokenBucketLimiter(clock, LIMIT, 50);
		const short = startCampaign(clock, limiter, { items: 200, concurrency: 10, latencyMs: 20 }, new SeededRandom(5));
		const long = startCampaign(clock, limiter, { items: 800, concurrency: 10, latencyMs: 20, startAt: 30 }, new SeededRandom(6));
		await clock.runUntil(() => short.finishedAt !== undefined && long.finishedAt !== undefined, 120_000);
		const perSecond = acceptedPerWindow(long.acceptedAt, finished(short) + 3000, finished(long) - 1000, 1000);
		expect(perSecond.length).toBeGreaterThanOrEqual(3);
		for (const count of perSecond) expect(count).toBeGreaterThanOrEqual(0.9 * LIMIT);
	});
});
