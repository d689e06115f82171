/**
 * Hosts INCS cannot download from. Media is passed by public URL (INCS "Basic configuration"):
 * INCS, and Meta or Google behind it, fetch the file from the internet, so a link that only the
 * sender's own computer or network can open is accepted by the API and then fails to deliver.
 */

/** Host names of the sender's own machine or local network (`localhost`, `printer.local`, `nas.internal`). */
export const LOCAL_HOST_NAMES = ['localhost'];
export const LOCAL_HOST_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa'];

/**
 * IPv4 ranges that are never reachable from the internet, as [first octet, second octet from,
 * second octet to]: loopback, "this network", private networks (RFC 1918), link-local.
 */
export const PRIVATE_IPV4_RANGES: ReadonlyArray<readonly [number, number, number]> = [
	[0, 0, 255],
	[10, 0, 255],
	[127, 0, 255],
	[169, 254, 254],
	[172, 16, 31],
	[192, 168, 168],
];

/** IPv6 loopback and unspecified addresses, and the unique-local (fc00::/7) and link-local (fe80::/10) prefixes. */
export const PRIVATE_IPV6_ADDRESSES = ['::1', '::'];
export const PRIVATE_IPV6_PREFIXES = /^(f[cd][0-9a-f]{2}|fe[89ab][0-9a-f]):/;

/**
 * File-sharing links that open a web page about the file, not the file: INCS would download that
 * page. `direct` gives the link to the file itself, or undefined when the service has no such
 * form of the same link.
 */
export interface SharePageRule {
	service: string;
	matches: (url: URL) => boolean;
	direct: (url: URL) => string | undefined;
	/** What else the file needs to be downloadable. */
	sharing?: string;
}

const GOOGLE_DRIVE_FILE_PAGE = /^\/file\/d\/([^/]+)\/(view|edit|preview)?$/;

export const SHARE_PAGE_RULES: readonly SharePageRule[] = [
	{
		// https://drive.google.com/file/d/<id>/view?usp=sharing, https://drive.google.com/open?id=<id>
		service: 'Google Drive',
		matches: (url) => url.hostname === 'drive.google.com' && (GOOGLE_DRIVE_FILE_PAGE.test(url.pathname) || (url.pathname === '/open' && url.searchParams.has('id'))),
		direct: (url) => {
			const id = GOOGLE_DRIVE_FILE_PAGE.exec(url.pathname)?.[1] ?? url.searchParams.get('id');
			return id ? `https://drive.google.com/uc?export=download&id=${id}` : undefined;
		},
		sharing: 'Share the file with "Anyone with the link".',
	},
	{
		// https://www.dropbox.com/s/<key>/<name>?dl=0 (or no dl): a preview page; dl=1 downloads the file.
		service: 'Dropbox',
		matches: (url) => /(^|\.)dropbox\.com$/.test(url.hostname) && /^\/(s|scl)\//.test(url.pathname) && url.searchParams.get('dl') !== '1' && !url.searchParams.has('raw'),
		direct: (url) => {
			const direct = new URL(url.href);
			direct.searchParams.set('dl', '1');
			return direct.href;
		},
	},
];
