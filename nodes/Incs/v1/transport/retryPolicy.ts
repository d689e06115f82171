import { BACKOFF_BASE_MS, BACKOFF_CAP_MS } from './settings';
import type { AttemptOutcome } from './outcome';
import type { IncsHttpMethod } from './types';

/**
 * Which failures may be tried again without risking a duplicate message:
 * - 429 and "never reached INCS" mean nothing was processed: safe for every method.
 * - 5xx, malformed answers and broken connections may come after INCS accepted the request:
 *   retried only for GET and DELETE (idempotent), never for a POST that sends a message.
 */
export function isRetryable(outcome: AttemptOutcome, method: IncsHttpMethod): boolean {
	switch (outcome.kind) {
		case 'rateLimited':
		case 'notSent':
			return true;
		case 'serverError':
		case 'lostInFlight':
			return method !== 'POST';
		default:
			return false;
	}
}

/** An outcome after which a POST may or may not have been carried out by INCS. */
export function isAmbiguous(outcome: AttemptOutcome): boolean {
	return outcome.kind === 'serverError' || outcome.kind === 'lostInFlight';
}

/**
 * Exponential backoff with full jitter; a server-given Retry-After wins when it is longer, so the
 * node never comes back earlier than INCS asked.
 */
export function backoffDelayMs(attempt: number, random: number, retryAfterMs?: number): number {
	const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
	const jittered = Math.round(exponential * random);
	if (retryAfterMs === undefined) return jittered;
	// Spread the retries of many items that were told the same Retry-After over a short window.
	return Math.round(retryAfterMs + BACKOFF_BASE_MS * random);
}
