/**
 * Runs `worker` for indexes 0..count-1 with at most `limit` in flight, and returns the results in
 * index order whatever order they finish in. When `shouldStop()` turns true no new index starts;
 * those already running are awaited, so nothing is left in flight behind the caller's back.
 */
export async function mapWithConcurrency<T>(
	count: number,
	limit: number,
	worker: (index: number) => Promise<T>,
	shouldStop: () => boolean = () => false,
): Promise<Array<T | undefined>> {
	const results: Array<T | undefined> = new Array<T | undefined>(count);
	let next = 0;
	const lanes = Math.max(1, Math.min(limit, count));

	const runLane = async (): Promise<void> => {
		while (next < count && !shouldStop()) {
			const index = next++;
			results[index] = await worker(index);
		}
	};

	await Promise.all(Array.from({ length: lanes }, runLane));
	return results;
}
