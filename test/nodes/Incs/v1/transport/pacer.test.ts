import { AdaptivePacer, pacerFor } from '../../../../../nodes/Incs/v1/transport/pacer';

/** A pacer on a fake clock: waiting advances the clock instead of sleeping. */
function pacerOnFakeClock() {
	let now = 10_000;
	const waits: number[] = [];
	const pacer = new AdaptivePacer(
		() => now,
		async (ms) => {
			waits.push(ms);
			// Like a real timer: whoever was released before this wait runs before time moves on.
			await new Promise((resolve) => setImmediate(resolve));
			now += ms;
		},
	);
	const advance = (ms: number): number => (now += ms);
	/** INCS accepts `count` requests, one every `gapMs`. */
	const acceptEvery = (gapMs: number, count: number): void => {
		for (let i = 0; i < count; i++) {
			advance(gapMs);
			pacer.onAccepted();
		}
	};
	return { pacer, waits, advance, acceptEvery, at: () => now };
}

describe('AdaptivePacer', () => {
	it('does not slow anything down until INCS rate limits', async () => {
		const { pacer, waits } = pacerOnFakeClock();
		for (let i = 0; i < 500; i++) {
			await pacer.acquire();
			pacer.onAccepted();
		}
		expect(waits).toEqual([]);
		expect(pacer.currentRate).toBe(Number.POSITIVE_INFINITY);
	});

	it('after a 429 paces at 80% of what INCS accepted in the last second', async () => {
		const clock = pacerOnFakeClock();
		clock.acceptEvery(4, 250);
		clock.pacer.onRateLimited();
		// 250 accepted within the 996 ms since the first one.
		expect(clock.pacer.currentRate).toBeCloseTo((0.8 * 250 * 1000) / 996, 5);

		await clock.pacer.acquire();
		await clock.pacer.acquire();
		await clock.pacer.acquire();
		expect(clock.waits).toHaveLength(2);
		expect(clock.waits[0]).toBeCloseTo(996 / (0.8 * 250), 5);
	});

	it('measures the accepted rate over the time the run has lasted when that is under a second', () => {
		const clock = pacerOnFakeClock();
		clock.acceptEvery(10, 20);
		// 20 accepted in the 190 ms since the first: 105/s, not 20/s.
		clock.pacer.onRateLimited();
		expect(clock.pacer.currentRate).toBeCloseTo(0.8 * (20 * 1000) / 190, 5);
	});

	it('counts a burst of 429s as one signal, then decreases again after the cool-down', () => {
		const clock = pacerOnFakeClock();
		clock.acceptEvery(10, 100);
		clock.pacer.onRateLimited();
		clock.pacer.onRateLimited();
		clock.pacer.onRateLimited();
		// 100 accepted within the 990 ms since the first one.
		expect(clock.pacer.currentRate).toBeCloseTo((0.8 * 100 * 1000) / 990, 5);
		clock.advance(300);
		const beforeSecondSignal = clock.pacer.currentRate;
		clock.pacer.onRateLimited();
		expect(clock.pacer.currentRate).toBeLessThan(beforeSecondSignal);
	});

	it('climbs by 10, then 20, then 40 requests per second for each second without a 429', () => {
		const clock = pacerOnFakeClock();
		clock.acceptEvery(10, 100);
		clock.pacer.onRateLimited();
		const afterDecrease = clock.pacer.currentRate;
		const climb: number[] = [];
		for (let second = 1; second <= 3; second++) {
			clock.advance(1000);
			climb.push(clock.pacer.currentRate - afterDecrease);
		}
		expect(climb.map((value) => Math.round(value))).toEqual([10, 30, 70]);
	});

	it('releases requests that queued at a low pace at the pace of the moment they go', async () => {
		const clock = pacerOnFakeClock();
		clock.pacer.onRateLimited(); // nothing accepted yet: the slowest pace, 1 request per second
		expect(clock.pacer.currentRate).toBe(1);
		const start = clock.at();
		const releasedAt: number[] = [];
		await Promise.all(
			Array.from({ length: 20 }, async () => {
				await clock.pacer.acquire();
				releasedAt.push(clock.at() - start);
			}),
		);
		// At a fixed 1/s the 20th would wait 19 s; the climb (10, 20, 40/s…) lets all out in ~2 s.
		expect(Math.max(...releasedAt)).toBeLessThan(2500);
		// Still one at a time, never a burst.
		const gaps = releasedAt.slice(1).map((at, index) => at - releasedAt[index]);
		expect(Math.min(...gaps)).toBeGreaterThan(0);
	});

	it('never goes below one request per second', () => {
		const clock = pacerOnFakeClock();
		const afterEachSignal: number[] = [];
		for (let i = 0; i < 10; i++) {
			clock.advance(300);
			clock.pacer.onRateLimited();
			afterEachSignal.push(clock.pacer.currentRate);
		}
		// Nothing was ever accepted: each signal halves the pace reached since, down to the floor.
		expect(afterEachSignal[0]).toBe(1);
		expect(Math.min(...afterEachSignal)).toBeGreaterThanOrEqual(1);
	});

	it('is shared per execution context', () => {
		const context = {};
		expect(pacerFor(context)).toBe(pacerFor(context));
		expect(pacerFor({})).not.toBe(pacerFor(context));
	});
});

