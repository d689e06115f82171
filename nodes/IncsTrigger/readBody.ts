import type { IDataObject } from 'n8n-workflow';

import { parseJsonExactly } from './exactJson';

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
	try {
		return parseJsonExactly(text);
	} catch {
		// A body that is not JSON reads as null, which the caller rejects.
		return null;
	}
}

/**
 * The raw body n8n keeps is parsed here, keeping every digit of large IDs (see exactJson.ts), and
 * whatever its Content-Type says: a callback is accepted on its content. n8n parses a body itself
 * only when it is declared `application/json` (and answers 422 before this node runs when such a
 * body does not parse); that parse is the fallback when no raw body is kept.
 */
function bodyValue(request: CallbackRequest): unknown {
	const raw = isBuffer(request.rawBody) ? request.rawBody.toString('utf8') : typeof request.rawBody === 'string' ? request.rawBody : '';
	if (raw.trim() !== '') {
		const parsed = parseJson(raw);
		if (parsed !== null || !isObject(request.body)) return parsed;
	}
	if (isObject(request.body) && Object.keys(request.body).length > 0) return request.body;
	if (typeof request.body === 'string' && request.body.trim() !== '') return parseJson(request.body);
	return undefined;
}

/** A callback is a JSON object with a string `event`; anything else is a bad request. */
export function readCallbackBody(request: CallbackRequest): ReadBodyResult {
	const value = bodyValue(request);
	if (!isObject(value) || typeof value.event !== 'string' || value.event === '') return { ok: false };
	return { ok: true, body: value as CallbackBody };
}
