import fc, { type Arbitrary } from 'fast-check';

import { type MediaFormat, WELL_KNOWN_FILE_EXTENSIONS } from '../../../../nodes/Incs/v1/helpers/constants/mediaFormats';
import { linkFileExtension } from '../../../../nodes/Incs/v1/helpers/validation/links';
import { word } from './text';

/**
 * A public http(s) link, with query and fragment at times; `extension` fixes the file type.
 * Without one, the link names no well-known file type, so it suits every media field.
 */
export function validUrl(extension?: string): Arbitrary<string> {
	if (extension === undefined) {
		return fc
			.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true })
			.filter((url) => !WELL_KNOWN_FILE_EXTENSIONS.has(linkFileExtension(url)));
	}
	return fc
		.record({
			scheme: fc.constantFrom('https', 'http'),
			host: fc.domain(),
			path: fc.array(word(1, 8), { maxLength: 3 }),
			name: word(1, 12),
			query: fc.option(word(1, 8), { nil: undefined }),
		})
		.map(({ scheme, host, path, name, query }) => `${scheme}://${host}/${[...path, `${name}${extension}`].join('/')}${query ? `?v=${query}` : ''}`);
}

/** A valid link to a well-known file type that `format` does not take (a .mov for a WhatsApp video). */
export function wrongFormatUrl(format: MediaFormat): Arbitrary<string> {
	const others = [...WELL_KNOWN_FILE_EXTENSIONS].filter((extension) => !format.extensions.includes(extension));
	return fc.tuple(validUrl(), fc.constantFrom(...others)).map(([url, extension]) => `${url.split(/[?#]/)[0].replace(/\/?$/, '/')}file${extension}`);
}

/** Links INCS cannot download: no scheme, another scheme, not a URL at all, or nothing. */
export const invalidUrl: Arbitrary<string> = fc.oneof(
	fc.constantFrom(
		'example.com/media/a.png',
		'www.example.com',
		'//example.com/a.png',
		'https//example.com/a.png',
		'http:/',
		'https://',
		'not a url',
		'ftp://example.com/a.png',
		'file:///etc/passwd',
		'javascript:alert(1)',
		'mailto:shop@example.com',
		'data:image/png;base64,AAAA',
		'  ',
		'={{ $json.missing }}',
	),
	fc.tuple(fc.constantFrom('ftp', 'sftp', 'ws', 's3', 'gopher'), fc.domain()).map(([scheme, host]) => `${scheme}://${host}/file.png`),
	word(1, 20, 'abcdefghijklmnopqrstuvwxyz./-'),
);
