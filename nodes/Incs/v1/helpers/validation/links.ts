import { LOCAL_HOST_NAMES, LOCAL_HOST_SUFFIXES, PRIVATE_IPV4_RANGES, PRIVATE_IPV6_ADDRESSES, PRIVATE_IPV6_PREFIXES, SHARE_PAGE_RULES } from '../constants/links';
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
 * The host of `link` when only the sender's own computer or network can reach it (`localhost`,
 * `192.168.1.20`, `nas.local`, a one-word intranet name), else undefined.
 */
export function localHostOf(link: string): string | undefined {
	const hostname = new URL(link).hostname.toLowerCase();
	const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname.replace(/\.$/, '');
	if (LOCAL_HOST_NAMES.includes(host) || LOCAL_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix))) return host;
	if (hostname.startsWith('[')) return PRIVATE_IPV6_ADDRESSES.includes(host) || PRIVATE_IPV6_PREFIXES.test(host) ? host : undefined;
	const octets = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
	if (octets !== null) {
		const [first, second] = [Number(octets[1]), Number(octets[2])];
		return PRIVATE_IPV4_RANGES.some(([octet, from, to]) => first === octet && second >= from && second <= to) ? host : undefined;
	}
	// A name without a dot is resolved inside the sender's network only (`http://fileserver/…`).
	return host.includes('.') ? undefined : host;
}

/**
 * A link INCS downloads a file from: public, not on the sender's own computer or network, and the
 * file itself rather than a file-sharing page about it (Google Drive's "view", Dropbox's preview).
 */
export function checkDownloadable(field: string, link: string): void {
	const host = localHostOf(link);
	if (host !== undefined) {
		throw new ValidationError(
			field,
			`"${link}" points at ${host}, which only your own computer or network can reach; INCS downloads the file from the internet`,
			'Put the file on a public web server or file host and link to it there.',
		);
	}
	const url = new URL(link);
	const share = SHARE_PAGE_RULES.find((rule) => rule.matches(url));
	if (share === undefined) return;
	const direct = share.direct(url);
	throw new ValidationError(
		field,
		`"${link}" opens a ${share.service} page about the file, not the file; INCS would download that page`,
		[direct === undefined ? 'Use a link that downloads the file itself.' : `Use the link to the file itself: ${direct}`, share.sharing].filter(Boolean).join(' '),
	);
}

/**
 * A public media URL that INCS downloads, optionally of one of `format`'s file types. Only a file name that ends in a
 * well-known extension is judged: links without one (download scripts, CDNs) may still serve the
 * right type, and INCS checks those.
 */
export function mediaUrl(field: string, value: unknown, format?: MediaFormat): string {
	const link = checkUrl(field, value);
	checkDownloadable(field, link);
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
