// Every knob of the simulator, its default, and the parser for runtime changes
// (`POST /__sim/config` receives untrusted JSON).

export const FAULT_KINDS = ['http500', 'reset', 'timeout', 'malformedJson', 'htmlErrorPage', 'rateLimit429'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
	kind: FaultKind;
	/** Chance in [0, 1] that a matching request fails (seeded PRNG, so runs repeat). */
	probability?: number;
	/** 1-based numbers, counted over the requests this rule's scope matches. */
	onRequests?: number[];
	/** Scope: only this HTTP method (any when absent). */
	method?: string;
	/** Scope: only paths starting with this prefix (any API path when absent). */
	pathPrefix?: string;
	/**
	 * Apply the fault after the request was processed (message accepted and journalled, template
	 * stored): models the ambiguous failure where the client cannot know the send went through.
	 */
	afterAccept?: boolean;
	/** For `rateLimit429`: the Retry-After value in seconds (default 1). */
	retryAfterSeconds?: number;
}

export interface LatencyRange {
	minMs: number;
	maxMs: number;
}

export interface RateLimitOptions {
	ratePerSecond: number;
	burst: number;
}

/** Delays after the send is accepted; each status follows the previous one by its delay. */
export interface CallbackDelays {
	sentMs: number;
	deliveredMs: number;
	readMs: number;
}

export interface StatusError {
	code: number;
	title: string;
}

export interface SimulatorOptions {
	/** 0 = ephemeral port. Fixed at start. */
	port: number;
	/** Fixed at start; loopback by default. */
	host: string;
	/** Accepted `certification-code` values. */
	certificationCodes: string[];
	/** Send the envelope code as HTTP status for envelope errors (INCS does not document it). */
	httpStatusMirrorsCode: boolean;
	/** Added before each API answer: fixed, or drawn uniformly from a range. */
	latencyMs: number | LatencyRange;
	/** Token bucket over all API requests; null = unlimited. */
	rateLimit: RateLimitOptions | null;
	faults: FaultRule[];
	/** Seed of the PRNG used by fault probabilities and latency ranges. */
	randomSeed: number;
	/** Delay before a created template is reviewed; 0 = reviewed at once; negative = never. */
	reviewDelayMs: number;
	/** Templates whose name matches this regular expression are rejected at review. */
	rejectTemplateNamePattern: string | null;
	rejectReason: string;
	/** Load the demo templates (on start and after reset). */
	seedData: boolean;
	callbackUrl: string | null;
	/** Appended to the callback URL as `?token=`. */
	callbackToken: string | null;
	callbackDelays: CallbackDelays;
	callbackTimeoutMs: number;
	/** Only loopback callback hosts are contacted unless this is set. */
	allowNonLoopbackCallbacks: boolean;
	/** Recipients whose messages end `failed` instead of `delivered`. */
	failingNumbers: string[];
	failureError: StatusError;
	channelId: number;
	businessPhone: string;
	displayPhoneNumber: string;
	/** The RCS "bot" named in 10004 messages. */
	rcsAgentId: string;
	/** Refuse free-form WhatsApp/RCS sends to numbers that have not written in the last 24 h. */
	enforceServiceWindow: boolean;
	/** `message_id` in WhatsApp status callbacks: a `wamid.…` (like INCS) or the send's msg_id. */
	whatsappCallbackIdStyle: 'wamid' | 'msgId';
	/** Log one line per request to stderr (off by default: benchmarks). */
	logRequests: boolean;
}

export const DEFAULT_CERTIFICATION_CODE = 'sim-certification-code';

export const DEFAULT_OPTIONS: SimulatorOptions = {
	port: 0,
	host: '127.0.0.1',
	certificationCodes: [DEFAULT_CERTIFICATION_CODE],
	httpStatusMirrorsCode: false,
	latencyMs: 0,
	rateLimit: null,
	faults: [],
	randomSeed: 1,
	reviewDelayMs: 50,
	rejectTemplateNamePattern: null,
	rejectReason: 'INVALID_FORMAT',
	seedData: false,
	callbackUrl: null,
	callbackToken: null,
	callbackDelays: { sentMs: 10, deliveredMs: 10, readMs: 10 },
	callbackTimeoutMs: 5000,
	allowNonLoopbackCallbacks: false,
	failingNumbers: [],
	failureError: { code: 131049, title: 'This message was not delivered to maintain healthy ecosystem engagement.' },
	channelId: 99999,
	businessPhone: '85200000001',
	displayPhoneNumber: '+852 0000 0001',
	rcsAgentId: 'FAKEBOT000000000',
	enforceServiceWindow: false,
	whatsappCallbackIdStyle: 'wamid',
	logRequests: false,
};

export type SimulatorOptionsInput = Partial<Omit<SimulatorOptions, 'callbackDelays'>> & {
	callbackDelays?: Partial<CallbackDelays>;
};

/** Thrown for a bad knob value; the control API answers it with HTTP 400. */
export class OptionsError extends Error {}

export function resolveOptions(base: SimulatorOptions, patch: SimulatorOptionsInput): SimulatorOptions {
	const { callbackDelays, ...rest } = stripUndefined(patch);
	const merged: SimulatorOptions = { ...base, ...rest, callbackDelays: { ...base.callbackDelays, ...callbackDelays } };
	checkOptions(merged);
	return merged;
}

function stripUndefined(patch: SimulatorOptionsInput): SimulatorOptionsInput {
	const result: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(patch)) if (value !== undefined) result[key] = value;
	return result as SimulatorOptionsInput;
}

function checkOptions(options: SimulatorOptions): void {
	if (options.certificationCodes.length === 0) throw new OptionsError('certificationCodes must not be empty');
	const latency = options.latencyMs;
	if (typeof latency === 'number' ? latency < 0 : latency.minMs < 0 || latency.maxMs < latency.minMs) {
		throw new OptionsError('latencyMs must be >= 0 (and min <= max)');
	}
	if (options.rateLimit && (options.rateLimit.ratePerSecond <= 0 || options.rateLimit.burst < 1)) {
		throw new OptionsError('rateLimit needs ratePerSecond > 0 and burst >= 1');
	}
	for (const fault of options.faults) {
		if (!FAULT_KINDS.includes(fault.kind)) throw new OptionsError(`unknown fault kind ${String(fault.kind)}`);
		if (fault.probability !== undefined && (fault.probability < 0 || fault.probability > 1)) {
			throw new OptionsError('fault probability must be in [0, 1]');
		}
		if (fault.probability === undefined && !fault.onRequests) {
			throw new OptionsError('a fault needs a probability or onRequests');
		}
	}
	if (options.rejectTemplateNamePattern !== null) {
		if (!isValidRegExp(options.rejectTemplateNamePattern)) {
			throw new OptionsError('rejectTemplateNamePattern is not a valid regular expression');
		}
	}
	if (options.callbackUrl !== null && !/^https?:\/\//.test(options.callbackUrl)) {
		throw new OptionsError('callbackUrl must be an http(s) URL');
	}
}

function isValidRegExp(pattern: string): boolean {
	try {
		new RegExp(pattern);
		return true;
	} catch {
		return false;
	}
}

// ---- Parsing untrusted JSON (control API) ----

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expectNumber(value: unknown, key: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new OptionsError(`${key} must be a number`);
	return value;
}

function expectString(value: unknown, key: string): string {
	if (typeof value !== 'string') throw new OptionsError(`${key} must be a string`);
	return value;
}

function expectBoolean(value: unknown, key: string): boolean {
	if (typeof value !== 'boolean') throw new OptionsError(`${key} must be a boolean`);
	return value;
}

function expectStringArray(value: unknown, key: string): string[] {
	if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
		throw new OptionsError(`${key} must be an array of strings`);
	}
	return value as string[];
}

function nullable<T>(value: unknown, parse: (v: unknown) => T): T | null {
	return value === null ? null : parse(value);
}

export function parseFaultRule(value: unknown): FaultRule {
	if (!isRecord(value)) throw new OptionsError('a fault must be an object');
	const kind = expectString(value.kind, 'fault.kind');
	if (!(FAULT_KINDS as readonly string[]).includes(kind)) throw new OptionsError(`unknown fault kind ${kind}`);
	const rule: FaultRule = { kind: kind as FaultKind };
	if (value.probability !== undefined) rule.probability = expectNumber(value.probability, 'fault.probability');
	if (value.onRequests !== undefined) {
		if (!Array.isArray(value.onRequests)) throw new OptionsError('fault.onRequests must be an array');
		rule.onRequests = value.onRequests.map((n) => expectNumber(n, 'fault.onRequests[]'));
	}
	if (value.method !== undefined) rule.method = expectString(value.method, 'fault.method').toUpperCase();
	if (value.pathPrefix !== undefined) rule.pathPrefix = expectString(value.pathPrefix, 'fault.pathPrefix');
	if (value.afterAccept !== undefined) rule.afterAccept = expectBoolean(value.afterAccept, 'fault.afterAccept');
	if (value.retryAfterSeconds !== undefined) {
		rule.retryAfterSeconds = expectNumber(value.retryAfterSeconds, 'fault.retryAfterSeconds');
	}
	return rule;
}

/** Knobs that can change while the server runs (not port/host). */
export function parseOptionsPatch(value: unknown): SimulatorOptionsInput {
	if (!isRecord(value)) throw new OptionsError('the body must be a JSON object');
	const patch: SimulatorOptionsInput = {};
	for (const [key, raw] of Object.entries(value)) {
		switch (key) {
			case 'certificationCodes':
				patch.certificationCodes = expectStringArray(raw, key);
				break;
			case 'httpStatusMirrorsCode':
			case 'seedData':
			case 'allowNonLoopbackCallbacks':
			case 'enforceServiceWindow':
			case 'logRequests':
				patch[key] = expectBoolean(raw, key);
				break;
			case 'latencyMs':
				if (isRecord(raw)) {
					patch.latencyMs = { minMs: expectNumber(raw.minMs, 'latencyMs.minMs'), maxMs: expectNumber(raw.maxMs, 'latencyMs.maxMs') };
				} else {
					patch.latencyMs = expectNumber(raw, key);
				}
				break;
			case 'rateLimit':
				patch.rateLimit = nullable(raw, (v) => {
					if (!isRecord(v)) throw new OptionsError('rateLimit must be an object or null');
					return { ratePerSecond: expectNumber(v.ratePerSecond, 'rateLimit.ratePerSecond'), burst: expectNumber(v.burst, 'rateLimit.burst') };
				});
				break;
			case 'faults':
				if (!Array.isArray(raw)) throw new OptionsError('faults must be an array');
				patch.faults = raw.map(parseFaultRule);
				break;
			case 'randomSeed':
			case 'reviewDelayMs':
			case 'callbackTimeoutMs':
			case 'channelId':
				patch[key] = expectNumber(raw, key);
				break;
			case 'rejectTemplateNamePattern':
			case 'callbackUrl':
			case 'callbackToken':
				patch[key] = nullable(raw, (v) => expectString(v, key));
				break;
			case 'rejectReason':
			case 'businessPhone':
			case 'displayPhoneNumber':
			case 'rcsAgentId':
				patch[key] = expectString(raw, key);
				break;
			case 'callbackDelays': {
				if (!isRecord(raw)) throw new OptionsError('callbackDelays must be an object');
				const delays: Partial<CallbackDelays> = {};
				for (const name of ['sentMs', 'deliveredMs', 'readMs'] as const) {
					if (raw[name] !== undefined) delays[name] = expectNumber(raw[name], `callbackDelays.${name}`);
				}
				patch.callbackDelays = delays;
				break;
			}
			case 'failingNumbers':
				patch.failingNumbers = expectStringArray(raw, key);
				break;
			case 'failureError':
				if (!isRecord(raw)) throw new OptionsError('failureError must be an object');
				patch.failureError = { code: expectNumber(raw.code, 'failureError.code'), title: expectString(raw.title, 'failureError.title') };
				break;
			case 'whatsappCallbackIdStyle':
				if (raw !== 'wamid' && raw !== 'msgId') throw new OptionsError('whatsappCallbackIdStyle must be wamid or msgId');
				patch.whatsappCallbackIdStyle = raw;
				break;
			default:
				throw new OptionsError(`unknown or read-only option ${key}`);
		}
	}
	return patch;
}
