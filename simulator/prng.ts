/**
 * mulberry32: a tiny seeded PRNG. Fault probabilities and latency ranges draw from it so that a
 * run with the same seed and the same request order fails the same requests.
 */
export class SeededRandom {
	private state: number;

	constructor(private readonly seed: number) {
		this.state = seed >>> 0;
	}

	/** A float in [0, 1). */
	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max]. */
	between(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	reset(): void {
		this.state = this.seed >>> 0;
	}
}
