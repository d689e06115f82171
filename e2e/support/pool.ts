// Runs `task(0..count-1)` with `lanes` at a time (a sender with N connections), collecting results
// by index.

export async function inLanes<T>(count: number, lanes: number, task: (index: number) => Promise<T>): Promise<T[]> {
	const results = new Array<T>(count);
	let next = 0;
	const lane = async (): Promise<void> => {
		for (let index = next++; index < count; index = next++) results[index] = await task(index);
	};
	await Promise.all(Array.from({ length: Math.min(lanes, count) }, lane));
	return results;
}
