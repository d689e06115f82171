import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks that run before any request. Validators are pure: they throw a ValidationError
 * naming the field, what is wrong (limit and actual value) and how to fix it; the router turns it
 * into a NodeOperationError for the right item. Field names are the labels the user sees in the
 * node, with a path for nested values (e.g. `Cards › Card 3 › Suggestions › Suggestion 2 › Text`).
 */
export class ValidationError extends Error {
	constructor(
		readonly field: string,
		readonly problem: string,
		readonly fix: string,
	) {
		super(`${field}: ${problem}`);
		this.name = 'ValidationError';
	}
}

export function toNodeOperationError(node: INode, error: ValidationError, itemIndex: number): NodeOperationError {
	return new NodeOperationError(node, `Invalid "${error.field}" in item ${itemIndex + 1}: ${error.problem}`, {
		description: error.fix,
		itemIndex,
	});
}

const formatNumber = (value: number) => value.toLocaleString('en-US');

/** Length in characters as people count them (an emoji is one character, not two UTF-16 units). */
export function characterCount(text: string): number {
	return Array.from(text).length;
}

export function requireText(field: string, value: unknown, fix = `Fill in "${field}".`): string {
	const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
	if (text.trim() === '') throw new ValidationError(field, 'it is empty', fix);
	return text;
}

export function checkMaxLength(field: string, text: string, max: number, what = 'characters'): void {
	const count = characterCount(text);
	if (count > max) {
		throw new ValidationError(
			field,
			`it has ${formatNumber(count)} ${what}; at most ${formatNumber(max)} are allowed`,
			`Shorten "${field}" to ${formatNumber(max)} ${what} or fewer.`,
		);
	}
}

export function checkCount(field: string, count: number, min: number, max: number, noun = 'entries'): void {
	if (count < min || count > max) {
		const range = min === max ? `exactly ${min}` : min === 0 ? `at most ${max}` : `${min} to ${max}`;
		throw new ValidationError(
			field,
			`it has ${count} ${noun}; ${range} are allowed`,
			count < min ? `Add ${noun} to "${field}" until there are ${min}.` : `Remove ${noun} from "${field}" until there are ${max}.`,
		);
	}
}

export function checkOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw new ValidationError(
		field,
		`"${String(value)}" is not one of ${allowed.join(', ')}`,
		`Set "${field}" to one of: ${allowed.join(', ')}.`,
	);
}

/** A public http(s) URL; INCS fetches media itself, so anything else cannot work. */
export function checkUrl(field: string, value: unknown): string {
	const text = requireText(field, value, `Fill in "${field}" with a public https:// URL.`).trim();
	if (!URL.canParse(text)) {
		throw new ValidationError(field, `"${text}" is not a URL`, 'Use a full public URL such as https://example.com/file.jpg.');
	}
	const url = new URL(text);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new ValidationError(field, `"${text}" must start with https:// or http://`, 'Use a public web URL; INCS downloads the file from it.');
	}
	return text;
}

export function checkInteger(field: string, value: unknown, min: number, max: number): number {
	const number = typeof value === 'number' ? value : Number(value);
	if (!Number.isInteger(number) || number < min || number > max) {
		throw new ValidationError(
			field,
			`${String(value)} is not a whole number from ${formatNumber(min)} to ${formatNumber(max)}`,
			`Set "${field}" to a whole number from ${formatNumber(min)} to ${formatNumber(max)}.`,
		);
	}
	return number;
}
