/**
 * Facts about the INCS API itself (REFERENCE §1–§4, §6.4, §8.8): paths, paging and the transport's
 * defaults. Channel and template limits live in their own constants files next to this one.
 */

export const CREDENTIAL_TYPE = 'incsApi';

export const DEFAULT_MESSAGING_BASE_URL = 'https://chat-api.incsapp.com';
export const DEFAULT_MANAGEMENT_BASE_URL = 'https://api.incsapp.com';

/** The header INCS reads the certification code from (REFERENCE §1.2). */
export const AUTH_HEADER = 'certification-code';

export const API_PATHS = {
	sendWhatsApp: '/external/messages/whatsapp',
	sendViber: '/external/messages/viber',
	sendRcs: '/external/messages/rcs',
	wabaTemplates: '/external/templates',
	rcsTemplates: '/external/templates/rcs',
	account: '/external/account',
} as const;

/** Keyset paging (`last_id` + `count`): INCS defaults to 10 and accepts at most 100 per page. */
export const PAGE_SIZE_MAX = 100;
export const PAGE_SIZE_DEFAULT = 10;
/** A Get Many without Return All returns this many items unless the user sets a limit. */
export const GET_MANY_DEFAULT_LIMIT = 50;

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

/** Envelope codes INCS documents (REFERENCE §3). */
export const INCS_CODES = {
	success: 200,
	badRequest: 400,
	notFound: 404,
	invalidParameter: 422,
	tooManyAttempts: 429,
	serverError: 500,
	certificationInvalid: 10001,
	whatsAppError: 10002,
	viberError: 10003,
	rcsError: 10004,
} as const;

/**
 * Codes that say INCS looked at the request and refused it: nothing was done, whatever the HTTP
 * status around them (INCS documents none), so even a 5xx carrying one is a definite answer.
 */
export const INCS_REJECTION_CODES: readonly number[] = [
	INCS_CODES.badRequest,
	INCS_CODES.notFound,
	INCS_CODES.invalidParameter,
	INCS_CODES.certificationInvalid,
	INCS_CODES.whatsAppError,
	INCS_CODES.viberError,
	INCS_CODES.rcsError,
];

/**
 * Adaptive pacing when INCS rate limits (see transport/pacer.ts). Measured with the rate-limit
 * benchmark; the README's "Performance and limits" records the numbers.
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
