import type { IDataObject } from 'n8n-workflow';

import { ValidationError } from './error';
import { requireText } from './text';

/**
 * JSON typed into a field: n8n hands over a string when the user typed JSON, and an object or
 * array when an expression produced one; a string is parsed, anything else is taken as is. An
 * empty string means "not set".
 */
export function parseJson(field: string, value: unknown, example: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	const result = tryParse(value);
	if (!result.ok) throw new ValidationError(field, `it is not valid JSON (${result.message})`, `Enter JSON such as ${example}.`);
	return result.value;
}

/** The same, for a field that must hold JSON: empty is an error. */
export function parseRequiredJson(field: string, value: unknown, example: string): unknown {
	if (typeof value === 'string') requireText(field, value, `Enter JSON such as ${example}.`);
	return parseJson(field, value, example);
}

export function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse without throwing: the value, or the parser's message. */
export function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}
