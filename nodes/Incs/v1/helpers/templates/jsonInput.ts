import type { IDataObject } from 'n8n-workflow';

import { ValidationError } from '../validation';

/**
 * Reads a JSON parameter. n8n hands over a string when the user typed JSON, and an object or
 * array when an expression produced one; both are accepted.
 */
export function parseJsonParameter(field: string, value: unknown, example: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') throw new ValidationError(field, 'it is empty', `Enter JSON such as ${example}.`);
	let reason = '';
	try {
		return JSON.parse(value) as unknown;
	} catch (error) {
		reason = error instanceof Error ? error.message : String(error);
	}
	// Thrown outside the catch: a ValidationError becomes a NodeOperationError naming the item in the router.
	throw new ValidationError(field, `it is not valid JSON (${reason})`, `Check the JSON, e.g. ${example}.`);
}

export function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
