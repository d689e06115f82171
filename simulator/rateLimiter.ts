import type { RateLimitOptions } from './options';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Token bucket: `burst` tokens, refilled at `ratePerSecond`; one token per API request. */
export class TokenBucket {
	private tokens: number;
	private refilledAt: number;

	constructor(
		private readonly limits: RateLimitOptions,
		private readonly now: () => number = () => performance.now(),
	) {
		this.tokens = limits.burst;
		this.refilledAt = this.now();
	}

	take(): RateDecision {
		const now = this.now();
		const elapsedSeconds = (now - this.refilledAt) / 1000;
		this.tokens = Math.min(this.limits.burst, this.tokens + elapsedSeconds * this.limits.ratePerSecond);
		this.refilledAt = now;
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return { allowed: true };
		}
		// Retry-After is whole seconds; never 0, or a client would hammer in a tight loop.
		const secondsUntilToken = (1 - this.tokens) / this.limits.ratePerSecond;
		return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(secondsUntilToken)) };
	}
}
