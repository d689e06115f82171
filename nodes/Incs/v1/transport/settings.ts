/**
 * The transport's own settings: how long to wait, how often to try, how fast to go. The node's
 * Options collection shows the user-facing ones (Max Attempts, Timeout, Max Concurrent Requests)
 * with these defaults and limits, so `descriptions/options.ts` reads them here: this file holds
 * values only and is the one part of `transport/` the UI may import.
 */

/** Per-request timeout. INCS documents none; 30 s covers slow upstream channels without hanging a run. */
export const DEFAULT_TIMEOUT_SECONDS = 30;
export const DEFAULT_TIMEOUT_MS = DEFAULT_TIMEOUT_SECONDS * 1000;
export const MAX_TIMEOUT_SECONDS = 600;

/**
 * Attempts for one request when INCS answers 429 (and, for reads, 5xx or network errors). Eight
 * rides out the rate-limit benchmark and the reliability suite's 429 storms with nothing lost.
 */
export const DEFAULT_MAX_ATTEMPTS = 8;
export const MAX_ATTEMPTS_LIMIT = 20;

/** Exponential backoff: base × 2^(attempt−1), full jitter, capped. */
export const BACKOFF_BASE_MS = 250;
export const BACKOFF_CAP_MS = 30_000;
/** A Retry-After longer than this is not waited for: the item fails with a clear error instead. */
export const RETRY_AFTER_MAX_MS = 120_000;

/**
 * Items processed at the same time by default (node option "Max Concurrent Requests"). Ten keeps
 * the rate-limited benchmark at 0.98–1.00× the limit with nothing lost, and doubles throughput
 * over 5 at real INCS latencies (README, "Performance and limits").
 */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 10;
export const MAX_CONCURRENT_REQUESTS_LIMIT = 50;

/**
 * The request options of every operation, by parameter name: default and upper limit (the lower
 * limit is 1). The Options collection shows them and the router clamps what it reads to them.
 */
export const REQUEST_OPTIONS = {
	maxAttempts: { default: DEFAULT_MAX_ATTEMPTS, max: MAX_ATTEMPTS_LIMIT },
	maxConcurrentRequests: { default: DEFAULT_MAX_CONCURRENT_REQUESTS, max: MAX_CONCURRENT_REQUESTS_LIMIT },
	timeout: { default: DEFAULT_TIMEOUT_SECONDS, max: MAX_TIMEOUT_SECONDS },
} as const;

/**
 * Adaptive pacing when INCS rate limits (see pacer.ts). Measured with the rate-limit benchmark;
 * the README's "Performance and limits" records the numbers.
 */
export const PACER = {
	/** After a 429 the send rate drops to this share of what INCS accepted in the last window. */
	decreaseFactor: 0.8,
	/**
	 * Requests per second added in the first second without a 429; the climb doubles every
	 * further second (10, 20, 40…). The same number for every sender, which keeps shares fair.
	 */
	increasePerSecond: 10,
	/** Window over which the accepted rate is measured. */
	windowMs: 1000,
	/** The shortest time an accepted rate is measured over, at the very start of a run. */
	minMeasureMs: 100,
	/** Several 429s arriving together count as one signal. */
	decreaseCooldownMs: 250,
	/** Never slower than this, however hard INCS pushes back. */
	minRatePerSecond: 1,
	/** How late a timer may be and still count as on time (so the pace holds without bursts). */
	lateToleranceMs: 50,
} as const;
