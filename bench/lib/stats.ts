/** Small statistics and timing helpers. */

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function sum(values: readonly number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

export function min(values: readonly number[]): number {
	return values.length === 0 ? Number.NaN : Math.min(...values);
}

export function max(values: readonly number[]): number {
	return values.length === 0 ? Number.NaN : Math.max(...values);
}

/** Wall-clock milliseconds with sub-millisecond resolution. */
export function nowMs(): number {
	return performance.now();
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
	const start = nowMs();
	const value = await work();
	return { ms: nowMs() - start, value };
}

/** Alternates which side goes first, so neither always runs on a warmer (or busier) machine. */
export function interleaved<T>(rep: number, a: T, b: T): [T, T] {
	return rep % 2 === 0 ? [a, b] : [b, a];
}

export function round(value: number, digits = 2): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

/** CPU time this process used (user + system), ms: unlike wall time, barely moved by other load. */
export function cpuMs(): number {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
}
