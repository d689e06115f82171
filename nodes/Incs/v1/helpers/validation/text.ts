import { ValidationError } from './error';

const formatNumber = (value: number) => value.toLocaleString('en-US');

/** Length in characters as people count them (an emoji is one character, not two UTF-16 units). */
function characterCount(text: string): number {
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

/** A required text of at most `max` characters, returned as typed. */
export function requiredText(field: string, value: unknown, max: number): string {
	const text = requireText(field, value);
	checkMaxLength(field, text, max);
	return text;
}

/** An optional text: empty means "not set"; otherwise at most `max` characters. */
export function optionalText(field: string, value: unknown, max?: number): string | undefined {
	if (value === undefined || value === null) return undefined;
	const text = typeof value === 'string' ? value : String(value);
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
