import { ValidationError } from './error';

const formatNumber = (value: number) => value.toLocaleString('en-US');

/** Length in characters as people count them (an emoji is one character, not two UTF-16 units). */
function characterCount(text: string): number {
	return Array.from(text).length;
}

/** Keys named in full before an object's description only counts the rest. */
const KEYS_SHOWN = 5;

/** What a value that is not text looks like, in the words of an error: "an object with keys name, phone". */
export function describeNonText(value: object): string {
	if (Array.isArray(value)) {
		return value.length === 0 ? 'an empty list' : `a list of ${formatNumber(value.length)} ${value.length === 1 ? 'entry' : 'entries'}`;
	}
	const keys = Object.keys(value);
	if (keys.length === 0) return 'an empty object';
	const shown = keys.slice(0, KEYS_SHOWN).join(', ');
	const more = keys.length > KEYS_SHOWN ? ` and ${formatNumber(keys.length - KEYS_SHOWN)} more` : '';
	return `an object with ${keys.length === 1 ? 'key' : 'keys'} ${shown}${more}`;
}

/**
 * A value typed or mapped into a text field, as the text to send. Numbers and booleans are written
 * as text, and so are objects that write themselves as text (a date, n8n's `$now`). Any other object
 * or a list is a mapping mistake such as `{{ $json.customer }}`: `String()` would send the customer
 * "[object Object]", so it is refused with what was received.
 */
export function asText(field: string, value: unknown): string {
	if (typeof value === 'string') return value;
	if (value === undefined || value === null) return '';
	if (typeof value !== 'object') return String(value);
	if (!Array.isArray(value) && hasOwnText(value)) return String(value);
	throw new ValidationError(
		field,
		`it received ${describeNonText(value)}, not text`,
		`Map one text value into "${field}", for example {{ $json.customer.name }} instead of {{ $json.customer }}. To send the whole value as text, write {{ JSON.stringify($json.customer) }}.`,
	);
}

/** An object whose class gives it its own text form (Date, Luxon's DateTime), unlike a plain object. */
export function hasOwnText(value: object): boolean {
	const { toString } = value as { toString?: unknown };
	return typeof toString === 'function' && toString !== Object.prototype.toString;
}

export function requireText(field: string, value: unknown, fix = `Fill in "${field}".`): string {
	const text = asText(field, value);
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

/** A required text of at most `max` characters, returned as typed. */
export function requiredText(field: string, value: unknown, max: number): string {
	const text = requireText(field, value);
	checkMaxLength(field, text, max);
	return text;
}

/** An optional text: empty means "not set"; otherwise at most `max` characters. */
export function optionalText(field: string, value: unknown, max?: number): string | undefined {
	const text = asText(field, value);
	if (text.trim() === '') return undefined;
	if (max !== undefined) checkMaxLength(field, text, max);
	return text;
}

/** At most `max` line breaks (WhatsApp carousel card bodies). */
export function checkLineBreaks(field: string, text: string, max: number): void {
	const count = (text.match(/\n/g) ?? []).length;
	if (count > max) {
		throw new ValidationError(field, `it has ${count} line breaks; at most ${max} are allowed`, `Join lines in "${field}" until it has ${max} line breaks or fewer.`);
	}
}
