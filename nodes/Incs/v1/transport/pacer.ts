import { sleep } from 'n8n-workflow';

import { PACER } from './settings';

/**
 * Adapts the pace of requests to INCS's rate limit, shared by every item of one execution.
 *
 * It starts unpaced. A 429 sets the pace to a little under the rate INCS accepted during the last
 * second (multiplicative decrease). From then on the pace climbs by an amount that doubles with
 * every second without a 429 (10, 20, 40… requests per second), so it finds the limit again within
 * a few seconds whatever its size, and climbs back quickly when another sender stops.
 *
 * Two executions that share one INCS account (two workers in queue mode) each run their own pacer.
 * They see 429s at the same moments and climb by the same amounts, while each decrease takes more
 * from the faster one: that is what makes them converge on a fair share (the reason the climb is
 * the same number of requests for everyone, not a share of each one's own pace).
 *
 * Waiting requests are released one at a time at the pace of the moment they go, not the pace at
 * which they started waiting: requests that queued while the pace was low go out as soon as it
 * rises.
 */
export class AdaptivePacer {
	/** The pace right after the last decrease; Infinity until INCS first rate limits. */
	private baseRate = Number.POSITIVE_INFINITY;
	private decreasedAt = Number.NEGATIVE_INFINITY;
	private lastReleaseAt = Number.NEGATIVE_INFINITY;
	private firstActivityAt: number | undefined;
	private readonly accepted: number[] = [];
	private readonly waiting: Array<() => void> = [];
	private releasing = false;
	/** Whoever slept `ms` from `t` knows the time is at least `t + ms` (see `sleep`). */
	private sleptUntil = Number.NEGATIVE_INFINITY;

	constructor(
		private readonly now: () => number = Date.now,
		private readonly wait: (ms: number) => Promise<void> = sleep,
	) {}

	/** Requests per second allowed now; Infinity while unpaced. */
	get currentRate(): number {
		return this.rateAt(this.clock());
	}

	/**
	 * Waits `ms` (the transport's back-off and Retry-After waits go through here): afterwards the
	 * pacer counts at least that much time as passed, whatever the clock says (a stubbed sleep).
	 */
	async sleep(ms: number): Promise<void> {
		const start = this.clock();
		await this.wait(ms);
		this.sleptUntil = Math.max(this.sleptUntil, start + ms);
	}

	/** Resolves when the caller may send its next request. */
	async acquire(): Promise<void> {
		const now = this.clock();
		this.firstActivityAt ??= now;
		if (!Number.isFinite(this.baseRate) && this.waiting.length === 0) {
			this.lastReleaseAt = now;
			return;
		}
		await new Promise<void>((release) => {
			this.waiting.push(release);
			void this.releaseInTurn();
		});
	}

	/** INCS processed a request (successfully or with a definite error). */
	onAccepted(): void {
		const now = this.clock();
		this.firstActivityAt ??= now;
		this.accepted.push(now);
		this.dropOld(now);
	}

	/** INCS answered 429: nothing was processed. */
	onRateLimited(): void {
		const now = this.clock();
		this.firstActivityAt ??= now;
		if (now - this.decreasedAt < PACER.decreaseCooldownMs) return;
		this.dropOld(now);
		const current = this.rateAt(now);
		const accepted = this.acceptedRate(now);
		// Never below half the pace of the moment: one bad second must not stall a campaign.
		const base = Number.isFinite(current) ? Math.min(current, Math.max(accepted, current * 0.5)) : accepted;
		this.baseRate = Math.max(PACER.minRatePerSecond, base * PACER.decreaseFactor);
		this.decreasedAt = now;
	}

	private clock(): number {
		return Math.max(this.now(), this.sleptUntil);
	}

	private rateAt(now: number): number {
		if (!Number.isFinite(this.baseRate)) return this.baseRate;
		const seconds = Math.max(0, now - this.decreasedAt) / 1000;
		return this.baseRate + PACER.increasePerSecond * (2 ** seconds - 1);
	}

	/**
	 * What INCS accepted per second over the last window, or over the time since the run began
	 * when that is shorter (a run 200 ms old that had 20 requests accepted is at 100/s, not 20/s).
	 */
	private acceptedRate(now: number): number {
		const since = now - (this.firstActivityAt ?? now);
		const windowMs = Math.min(PACER.windowMs, Math.max(since, PACER.minMeasureMs));
		return (this.accepted.length * 1000) / windowMs;
	}

	/** Releases the waiting requests one by one, each when the pace of that moment allows. */
	private async releaseInTurn(): Promise<void> {
		if (this.releasing) return;
		this.releasing = true;
		try {
			while (this.waiting.length > 0) {
				const now = this.clock();
				const due = this.nextReleaseAt(now);
				if (now >= due) {
					// A timer a little late may make up for its lateness, never for idle time (no bursts).
					this.lastReleaseAt = now - due <= PACER.lateToleranceMs ? due : now;
					this.waiting.shift()?.();
				} else {
					// Looks again on waking: a 429 meanwhile may have moved the moment later.
					await this.sleep(due - now);
				}
			}
		} finally {
			this.releasing = false;
		}
	}

	/**
	 * The first moment the gap since the last release is one interval at the pace of that moment.
	 * The pace climbs while a request waits, so this is earlier than one interval at today's pace.
	 */
	private nextReleaseAt(now: number): number {
		const fits = (at: number): boolean => (at - this.lastReleaseAt) * this.rateAt(at) >= 1000;
		if (fits(now)) return now;
		let early = now;
		let late = this.lastReleaseAt + 1000 / this.rateAt(now);
		for (let step = 0; step < 20 && late - early > 1; step++) {
			const middle = (early + late) / 2;
			if (fits(middle)) late = middle;
			else early = middle;
		}
		return late;
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
