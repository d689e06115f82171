import { sleep } from 'n8n-workflow';

import { PACER } from '../helpers/constants/api';

/**
 * Adapts the pace of requests to INCS's rate limit, shared by every item of one execution.
 *
 * It starts unpaced. The first 429 sets the pace to a little under the rate INCS actually
 * accepted during the last second; each further second without a 429 raises it a little, each
 * new 429 lowers it again (additive increase, multiplicative decrease). So a campaign settles just
 * under the account's limit instead of bursting into 429s and sleeping, and the rejected requests
 * (which INCS did not process) are retried by the transport.
 */
export class AdaptivePacer {
	/** Requests per second; Infinity until INCS first rate limits. */
	private rate = Number.POSITIVE_INFINITY;
	private nextSlotAt = 0;
	private lastDecreaseAt = Number.NEGATIVE_INFINITY;
	private lastIncreaseAt = 0;
	private readonly accepted: number[] = [];

	constructor(
		private readonly now: () => number = Date.now,
		private readonly wait: (ms: number) => Promise<void> = sleep,
	) {}

	get currentRate(): number {
		return this.rate;
	}

	/** Resolves when the caller may send its next request. */
	async acquire(): Promise<void> {
		if (!Number.isFinite(this.rate)) return;
		const now = this.now();
		const slot = Math.max(now, this.nextSlotAt);
		this.nextSlotAt = slot + 1000 / this.rate;
		if (slot > now) await this.wait(slot - now);
	}

	/** INCS processed a request (successfully or with a definite error). */
	onAccepted(): void {
		const now = this.now();
		this.accepted.push(now);
		this.dropOld(now);
		if (!Number.isFinite(this.rate)) return;
		const elapsed = now - this.lastIncreaseAt;
		if (elapsed >= 100) {
			const perSecond = Math.max(PACER.increasePerSecond, this.rate * PACER.increaseShare);
			this.rate += (perSecond * elapsed) / 1000;
			this.lastIncreaseAt = now;
		}
	}

	/** INCS answered 429: nothing was processed. */
	onRateLimited(): void {
		const now = this.now();
		if (now - this.lastDecreaseAt < PACER.decreaseCooldownMs) return;
		this.lastDecreaseAt = now;
		this.lastIncreaseAt = now;
		this.dropOld(now);
		const acceptedRate = (this.accepted.length * 1000) / PACER.windowMs;
		const base = Number.isFinite(this.rate) ? Math.min(this.rate, Math.max(acceptedRate, this.rate * 0.5)) : acceptedRate;
		this.rate = Math.max(PACER.minRatePerSecond, base * PACER.decreaseFactor);
	}

	private dropOld(now: number): void {
		while (this.accepted.length > 0 && this.accepted[0] <= now - PACER.windowMs) this.accepted.shift();
	}
}

const pacers = new WeakMap<object, AdaptivePacer>();

/** One pacer per execution context: all items of a node run share what INCS told them. */
export function pacerFor(context: object): AdaptivePacer {
	let pacer = pacers.get(context);
	if (pacer === undefined) {
		pacer = new AdaptivePacer();
		pacers.set(context, pacer);
	}
	return pacer;
}
