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

/** n8n's own parse when it is a non-empty object (n8n parses JSON into one), else undefined. */
function parsedObject(request: CallbackRequest): IDataObject | undefined {
	return isObject(request.body) && Object.keys(request.body).length > 0 ? request.body : undefined;
}

/**
 * Reads the raw body when n8n has not read it (trigger versions above 1 with a Content-Type n8n
 * does not parse, or none). A stream that cannot be read (the client went away) leaves the body
 * empty, which the caller answers as a bad request.
 */
async function loadRawBody(request: CallbackRequest): Promise<void> {
	if (request.rawBody !== undefined || typeof request.readRawBody !== 'function') return;
	try {
		await request.readRawBody();
	} catch {
		// Nothing to read: handled as an empty body.
	}
}

/**
 * The callback from the raw body, for when n8n's parse is missing or rounded a number too long
 * for it (INCS's bigint IDs, kept here with every digit: see exactJson.ts). n8n parses a body
 * itself only when it is declared `application/json` (and answers 422 before this node runs when
 * such a body does not parse); bodies declared otherwise (text, none, octet-stream) are parsed here:
 * a callback is accepted on its content, not on its Content-Type header.
 */
function bodyFromRaw(request: CallbackRequest, parsed: IDataObject | undefined): unknown {
	const raw = rawText(request);
	if (raw.trim() !== '') return parseJson(raw) ?? parsed;
	if (parsed !== undefined) return parsed;
	if (typeof request.body === 'string' && request.body.trim() !== '') return parseJson(request.body);
	return undefined;
}

/** A callback is a JSON object with a string `event`; anything else is a bad request. */
export async function readCallbackBody(request: CallbackRequest): Promise<ReadBodyResult> {
	const parsed = parsedObject(request);
	let value: unknown = parsed;
	// The common case costs one walk over n8n's parse; the raw body is read only when needed.
	if (parsed === undefined || hasUnsafeInteger(parsed)) {
		await loadRawBody(request);
		value = bodyFromRaw(request, parsed);
	}
	if (!isObject(value) || typeof value.event !== 'string' || value.event === '') return { ok: false };
	return { ok: true, body: value as CallbackBody };
}
