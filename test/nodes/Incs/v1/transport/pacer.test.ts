import { AdaptivePacer, pacerFor } from '../../../../../nodes/Incs/v1/transport/pacer';

/** A pacer on a fake clock: waiting advances the clock instead of sleeping. */
function pacerOnFakeClock() {
	let now = 10_000;
	const waits: number[] = [];
	const pacer = new AdaptivePacer(
		() => now,
		async (ms) => {
			waits.push(ms);
			now += ms;
		},
	);
	return { pacer, waits, advance: (ms: number) => (now += ms), at: () => now };
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

	it('after a 429 paces at 90% of what INCS accepted in the last second', async () => {
		const clock = pacerOnFakeClock();
		for (let i = 0; i < 100; i++) {
			clock.advance(4);
			clock.pacer.onAccepted();
		}
		clock.pacer.onRateLimited();
		expect(clock.pacer.currentRate).toBeCloseTo(90, 5);

		await clock.pacer.acquire();
		await clock.pacer.acquire();
		await clock.pacer.acquire();
		expect(clock.waits).toHaveLength(2);
		expect(clock.waits[0]).toBeCloseTo(1000 / 90, 5);
	});

	it('counts a burst of 429s as one signal, then decreases again after the cool-down', () => {
		const clock = pacerOnFakeClock();
		for (let i = 0; i < 50; i++) {
			clock.advance(10);
			clock.pacer.onAccepted();
		}
		clock.pacer.onRateLimited();
		clock.pacer.onRateLimited();
		clock.pacer.onRateLimited();
		expect(clock.pacer.currentRate).toBeCloseTo(45, 5);
		clock.advance(300);
		clock.pacer.onRateLimited();
		expect(clock.pacer.currentRate).toBeLessThan(45);
	});

	it('raises the pace by about 5 requests per second for each second without a 429', () => {
		const clock = pacerOnFakeClock();
		for (let i = 0; i < 20; i++) {
			clock.advance(50);
			clock.pacer.onAccepted();
		}
		clock.pacer.onRateLimited();
		const afterDecrease = clock.pacer.currentRate;
		for (let i = 0; i < 20; i++) {
			clock.advance(100);
			clock.pacer.onAccepted();
		}
		expect(clock.pacer.currentRate).toBeCloseTo(afterDecrease + 10, 5);
	});

	it('never goes below one request per second', () => {
		const clock = pacerOnFakeClock();
		for (let i = 0; i < 10; i++) {
			clock.advance(1000);
			clock.pacer.onRateLimited();
		}
		expect(clock.pacer.currentRate).toBe(1);
	});

	it('is shared per execution context', () => {
		const context = {};
		expect(pacerFor(context)).toBe(pacerFor(context));
		expect(pacerFor({})).not.toBe(pacerFor(context));
	});
});

