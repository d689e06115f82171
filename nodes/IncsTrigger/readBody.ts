import type { IDataObject } from 'n8n-workflow';
import { jsonParse } from 'n8n-workflow';

/** The request fields this node reads; n8n passes an Express request that has them. */
export interface CallbackRequest {
	body?: unknown;
	/** The unparsed body n8n keeps on webhook requests. */
	rawBody?: unknown;
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
	// A body that is not JSON reads as null, which the caller rejects.
	return jsonParse<unknown>(text, { fallbackValue: null });
}

/**
 * n8n parses the body itself only when it is declared `application/json` (a declared-JSON body
 * that does not parse is answered 422 by n8n before this node runs). Other declarations (text,
 * none, octet-stream) reach the node as a string or not at all, so the raw body is parsed here:
 * a callback is accepted on its content, not on its Content-Type header.
 */
function bodyValue(request: CallbackRequest): unknown {
	if (isObject(request.body) && Object.keys(request.body).length > 0) return request.body;
	if (typeof request.body === 'string' && request.body.trim() !== '') return parseJson(request.body);
	if (isBuffer(request.rawBody)) return parseJson(request.rawBody.toString('utf8'));
	if (typeof request.rawBody === 'string') return parseJson(request.rawBody);
	return undefined;
}

/** A callback is a JSON object with a string `event`; anything else is a bad request. */
export function readCallbackBody(request: CallbackRequest): ReadBodyResult {
	const value = bodyValue(request);
	if (!isObject(value) || typeof value.event !== 'string' || value.event === '') return { ok: false };
	return { ok: true, body: value as CallbackBody };
}
