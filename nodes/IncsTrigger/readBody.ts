import type { IDataObject } from 'n8n-workflow';

import { parseJsonExactly } from './exactJson';

/** The request fields this node reads; n8n passes an Express request that has them. */
export interface CallbackRequest {
	body?: unknown;
	/** The unparsed body, once n8n (or `readRawBody`) has read it. */
	rawBody?: unknown;
	/**
	 * n8n's reader of the request stream (its body-parser middleware). For trigger versions above 1,
	 * n8n reads the body only when it parses it (JSON, text, form, XML); any other body waits for
	 * this call. Repeated calls read once.
	 */
	readRawBody?: () => Promise<void>;
}

export type CallbackBody = IDataObject & { event: string };

export type ReadBodyResult = { ok: true; body: CallbackBody } | { ok: false };

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBuffer(value: unknown): value is { toString(encoding: 'utf8'): string } {
	return value instanceof Uint8Array;
}

function parseJson(text: string): unknown {
	try {
		return parseJsonExactly(text);
	} catch {
		// A body that is not JSON reads as null, which the caller rejects.
		return null;
	}
}

/** Whether n8n's parse holds an integer it may have rounded (beyond 2^53). Cheap: no re-parse. */
function hasUnsafeInteger(value: unknown): boolean {
	if (typeof value === 'number') return Number.isInteger(value) && !Number.isSafeInteger(value);
	if (typeof value !== 'object' || value === null) return false;
	for (const entry of Object.values(value)) if (hasUnsafeInteger(entry)) return true;
	return false;
}

function rawText(request: CallbackRequest): string {
	if (isBuffer(request.rawBody)) return request.rawBody.toString('utf8');
	return typeof request.rawBody === 'string' ? request.rawBody : '';
}

/**
 * n8n parses a body itself only when it is declared `application/json` (and answers 422 before
 * this node runs when such a body does not parse). That parse is used unless the raw body holds a
 * number too long for it (INCS's bigint IDs), which is then parsed here keeping every digit (see
 * exactJson.ts). Bodies declared otherwise (text, none, octet-stream) are parsed here from the raw
 * body: a callback is accepted on its content, not on its Content-Type header.
 */
function bodyValue(request: CallbackRequest): unknown {
	if (parsedBodySuffices(request)) return request.body;
	if (isObject(request.body) && Object.keys(request.body).length > 0) {
		return parseJson(rawText(request)) ?? request.body;
	}
	const raw = rawText(request);
	if (raw.trim() !== '') return parseJson(raw);
	if (typeof request.body === 'string' && request.body.trim() !== '') return parseJson(request.body);
	return undefined;
}

/** Whether n8n's parse alone is the callback: a non-empty object without rounded integers. */
function parsedBodySuffices(request: CallbackRequest): boolean {
	return isObject(request.body) && Object.keys(request.body).length > 0 && !hasUnsafeInteger(request.body);
}

/**
 * Reads the raw body when the callback needs it and n8n has not read it (trigger versions above
 * 1 with a Content-Type n8n does not parse, or none). A stream that cannot be read (the client
 * went away) leaves the body empty, which the caller answers as a bad request.
 */
async function loadRawBody(request: CallbackRequest): Promise<void> {
	if (request.rawBody !== undefined || parsedBodySuffices(request)) return;
	if (typeof request.readRawBody !== 'function') return;
	try {
		await request.readRawBody();
	} catch {
		// Nothing to read: handled as an empty body.
	}
}

/** A callback is a JSON object with a string `event`; anything else is a bad request. */
export async function readCallbackBody(request: CallbackRequest): Promise<ReadBodyResult> {
	await loadRawBody(request);
	const value = bodyValue(request);
	if (!isObject(value) || typeof value.event !== 'string' || value.event === '') return { ok: false };
	return { ok: true, body: value as CallbackBody };
}
