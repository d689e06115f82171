import { formatNames, type MediaFormat, WELL_KNOWN_FILE_EXTENSIONS } from '../constants/mediaFormats';
import { ValidationError } from './error';
import { requireText } from './text';

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
		const type = extension.slice(1).toUpperCase();
		throw new ValidationError(
			field,
			`"${link}" names ${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type} file, but this takes ${wanted}`,
			`Link to a ${wanted} file, or convert the file first.`,
		);
	}
	return link;
}
