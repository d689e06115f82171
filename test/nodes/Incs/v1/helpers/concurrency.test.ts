import { mapWithConcurrency } from '../../../../../nodes/Incs/v1/helpers/concurrency';

const tick = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithConcurrency', () => {
	it('returns results in index order and never exceeds the limit', async () => {
		let inFlight = 0;
		let peak = 0;
		const delays = [30, 5, 20, 1, 10, 2, 8];
		const results = await mapWithConcurrency(delays.length, 3, async (index) => {
			inFlight++;
			peak = Math.max(peak, inFlight);
			await tick(delays[index]);
			inFlight--;
			return index * 10;
		});
		expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
		expect(peak).toBe(3);
	});

	it('starts nothing new once asked to stop, but awaits what is running', async () => {
		const started: number[] = [];
		const finished: number[] = [];
		let stop = false;
		await mapWithConcurrency(
			10,
			2,
			async (index) => {
				started.push(index);
				if (index === 1) stop = true;
				await tick(5);
				finished.push(index);
			},
			() => stop,
		);
		expect(started).toEqual([0, 1]);
		expect(finished.sort()).toEqual([0, 1]);
	});

	it('handles zero items', async () => {
		await expect(mapWithConcurrency(0, 5, async () => 1)).resolves.toEqual([]);
	});
});
