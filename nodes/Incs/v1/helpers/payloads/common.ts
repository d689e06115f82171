import { formatNames, type MediaFormat, WELL_KNOWN_FILE_EXTENSIONS } from '../constants/mediaFormats';
import { checkMaxLength, checkUrl, requireText, ValidationError } from '../validation';

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

/** The extension of the file a link names ('.mp4'), lowercase, or '' when its name has none. */
export function linkFileExtension(link: string): string {
	const fileName = new URL(link).pathname.split('/').pop()?.toLowerCase() ?? '';
	const dot = fileName.lastIndexOf('.');
	return dot > 0 ? fileName.slice(dot) : '';
}

/**
 * A public media URL, optionally of one of `format`'s file types. Only a file name that ends in a
 * well-known extension is judged: links without one (download scripts, CDNs) may still serve the
 * right type, and INCS checks those.
 */
export function mediaUrl(field: string, value: unknown, format?: MediaFormat): string {
	const link = checkUrl(field, value);
	if (format === undefined) return link;
	const extension = linkFileExtension(link);
	if (WELL_KNOWN_FILE_EXTENSIONS.has(extension) && !format.extensions.includes(extension)) {
		const wanted = formatNames(format.extensions);
		throw new ValidationError(
			field,
			`"${link}" names a ${extension.slice(1).toUpperCase()} file, but this takes ${wanted}`,
			`Link to a ${wanted} file, or convert the file first.`,
		);
	}
	return link;
}

/** Rejects a value that appears twice in a list where the channel requires unique values. */
export function checkUnique(field: (index: number) => string, values: string[], what: string): void {
	const seen = new Map<string, number>();
	values.forEach((value, index) => {
		const first = seen.get(value);
		if (first !== undefined) {
			throw new ValidationError(
				field(index),
				`"${value}" is already used by entry ${first + 1}; each ${what} must be unique`,
				`Give every entry a different ${what}.`,
			);
		}
		seen.set(value, index);
	});
}

/** At most `max` line breaks (WhatsApp carousel card bodies). */
export function checkLineBreaks(field: string, text: string, max: number): void {
	const count = (text.match(/\n/g) ?? []).length;
	if (count > max) {
		throw new ValidationError(field, `it has ${count} line breaks; at most ${max} are allowed`, `Join lines in "${field}" until it has ${max} line breaks or fewer.`);
	}
}

/**
 * JSON typed into a field: a string is parsed, anything else (an expression's object) is taken as
 * is. An empty string means "not set".
 */
export function parseJsonField(field: string, value: unknown, example: string): unknown {
	if (typeof value !== 'string') return value;
	if (value.trim() === '') return undefined;
	const result = tryParse(value);
	if (!result.ok) throw new ValidationError(field, `it is not valid JSON (${result.message})`, `Enter JSON such as ${example}.`);
	return result.value;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}
