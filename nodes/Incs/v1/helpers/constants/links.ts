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
