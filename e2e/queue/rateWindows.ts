// Arithmetic over the journal's arrival times (epoch ms): how many requests a token bucket can
// have let through, and how two campaigns shared what it let through.

/** The most timestamps inside any window [t, t + windowMs). */
export function maxInWindow(times: number[], windowMs: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	let best = 0;
	let first = 0;
	for (let last = 0; last < sorted.length; last++) {
		while (sorted[last] - sorted[first] >= windowMs) first++;
		best = Math.max(best, last - first + 1);
	}
	return best;
}

/**
 * The worst excess over what a token bucket allows: in any span from one request to a later one,
 * at most `burst + rate * seconds` requests. Returns the largest (count - allowed); <= 0 means
 * the bucket's limit held everywhere.
 */
export function worstExcess(times: number[], ratePerSecond: number, burst: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	let worst = Number.NEGATIVE_INFINITY;
	for (let first = 0; first < sorted.length; first++) {
		for (let last = first; last < sorted.length; last++) {
			const allowed = burst + (ratePerSecond * (sorted[last] - sorted[first])) / 1000;
			worst = Math.max(worst, last - first + 1 - allowed);
		}
	}
	return worst;
}

export interface ShareWindow {
	/** Seconds since `origin`. */
	fromSeconds: number;
	a: number;
	b: number;
	/** a / (a + b); NaN when neither sent. */
	shareA: number;
}

/**
 * Counts per campaign in windows of `windowMs` from `from` to `to` (whole windows only), one
 * starting every `stepMs` (consecutive when the step is the window; overlapping when shorter).
 */
export function shareWindows(a: number[], b: number[], origin: number, from: number, to: number, windowMs: number, stepMs = windowMs): ShareWindow[] {
	const windows: ShareWindow[] = [];
	for (let start = from; start + windowMs <= to; start += stepMs) {
		const inside = (time: number): boolean => time >= start && time < start + windowMs;
		const countA = a.filter(inside).length;
		const countB = b.filter(inside).length;
		windows.push({ fromSeconds: (start - origin) / 1000, a: countA, b: countB, shareA: countA / (countA + countB) });
	}
	return windows;
}
