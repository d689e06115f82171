import type { IDataObject } from 'n8n-workflow';

import { INCS_CODES, INCS_REJECTION_CODES } from './api';
import type { IncsEnvelope } from './types';

/**
 * What one HTTP attempt came to. The retry policy and the error messages are decided from this,
 * never from raw HTTP details.
 */
export type AttemptOutcome =
	| { kind: 'success'; data: unknown }
	/** INCS answered a well-formed error envelope: a definite "not done" (except 500, see below). */
	| { kind: 'incsError'; code: number; message: string; httpStatus: number; details?: IDataObject }
	/** HTTP 429 or envelope code 429: INCS did not process the request. */
	| { kind: 'rateLimited'; retryAfterMs?: number; httpStatus: number }
	/** 5xx, envelope 500, or a body that is not an INCS envelope: the request may have been processed. */
	| { kind: 'serverError'; httpStatus: number; detail: string }
	/** The request never reached INCS (DNS failure, connection refused). */
	| { kind: 'notSent'; detail: string; networkCode: string }
	/** The connection failed after the request may have been sent (reset, timeout). */
	| { kind: 'lostInFlight'; detail: string; networkCode: string };

export interface RawResponse {
	statusCode: number;
	headers: IDataObject;
	body: unknown;
}

export function classifyResponse(response: RawResponse, now: number): AttemptOutcome {
	const { statusCode, body } = response;
	if (statusCode === 429) {
		return { kind: 'rateLimited', retryAfterMs: parseRetryAfter(response.headers, now), httpStatus: 429 };
	}
	const envelope = asEnvelope(body);
	if (envelope === undefined) {
		return { kind: 'serverError', httpStatus: statusCode, detail: describeNonEnvelope(statusCode, body) };
	}
	if (envelope.status === 'success' && envelope.code === INCS_CODES.success) {
		return { kind: 'success', data: envelope.data };
	}
	if (envelope.code === INCS_CODES.tooManyAttempts) {
		return { kind: 'rateLimited', retryAfterMs: parseRetryAfter(response.headers, now), httpStatus: statusCode };
	}
	if (envelope.code === INCS_CODES.serverError || (statusCode >= 500 && !INCS_REJECTION_CODES.includes(envelope.code))) {
		return {
			kind: 'serverError',
			httpStatus: statusCode,
			detail: `INCS answered code ${envelope.code}: ${envelope.message || 'Server error'}`,
		};
	}
	return {
		kind: 'incsError',
		// A `status: "error"` envelope that claims code 200 is still an error.
		code: envelope.code === INCS_CODES.success ? INCS_CODES.badRequest : envelope.code,
		message: envelope.message,
		httpStatus: statusCode,
		// Every documented sample has an empty `error`; when INCS fills it, the user should see it.
		...(isNonEmptyObject(envelope.error) ? { details: envelope.error } : {}),
	};
}

function isNonEmptyObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
}

function asEnvelope(body: unknown): IncsEnvelope | undefined {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
	const candidate = body as Partial<IncsEnvelope>;
	if (candidate.status !== 'success' && candidate.status !== 'error') return undefined;
	if (typeof candidate.code !== 'number') return undefined;
	return {
		status: candidate.status,
		code: candidate.code,
		message: typeof candidate.message === 'string' ? candidate.message : '',
		data: candidate.data,
		error: candidate.error,
	};
}

function describeNonEnvelope(statusCode: number, body: unknown): string {
	if (typeof body === 'string') {
		const looksLikeHtml = /^\s*</.test(body);
		const kind = looksLikeHtml ? 'an HTML page' : body.trim() === '' ? 'an empty body' : 'text that is not JSON';
		return `INCS answered HTTP ${statusCode} with ${kind} instead of a JSON envelope`;
	}
	if (body === undefined || body === null) {
		return `INCS answered HTTP ${statusCode} with an empty body instead of a JSON envelope`;
	}
	return `INCS answered HTTP ${statusCode} with JSON that is not an INCS envelope`;
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110, "Retry-After"). */
export function parseRetryAfter(headers: IDataObject, now: number): number | undefined {
	const raw = headers['retry-after'] ?? headers['Retry-After'];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value * 1000;
	if (typeof value !== 'string' || value.trim() === '') return undefined;
	const trimmed = value.trim();
	if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);

/** Network failures arrive as errors whose `code` sits somewhere in the `cause` chain. */
export function classifyNetworkError(error: unknown): AttemptOutcome {
	const code = findErrorCode(error) ?? 'UNKNOWN';
	// The texts carry no raw error codes: n8n replaces a message that contains one with its own
	// generic wording, so the code goes into the error description instead.
	if (NOT_SENT_CODES.has(code)) {
		return { kind: 'notSent', detail: 'the connection to INCS could not be opened', networkCode: code };
	}
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT';
	return {
		kind: 'lostInFlight',
		detail: timedOut ? 'INCS did not answer in time' : 'the connection to INCS broke before the answer arrived',
		networkCode: code,
	};
}

function findErrorCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const record = current as { code?: unknown; cause?: unknown };
		if (typeof record.code === 'string' && /^E[A-Z_]+$|^ERR_/.test(record.code)) return record.code;
		current = record.cause;
	}
	return undefined;
}

/** Cancelling the execution aborts the request: that must stop the run, never be retried. */
export function isCancellation(error: unknown): boolean {
	return findErrorCode(error) === 'ERR_CANCELED';
}
