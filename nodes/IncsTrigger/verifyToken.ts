import { createHash, timingSafeEqual } from 'crypto';

/** INCS's console takes only a URL, so the query parameter is how INCS itself sends the token. */
export const TOKEN_QUERY_PARAMETER = 'token';
/** For proxies or tests that can add headers; it wins over the query parameter when present. */
export const TOKEN_HEADER = 'x-incs-token';

type Headers = Record<string, string | string[] | undefined>;

/**
 * The token a request presents, or undefined. A parameter given twice (an array) is treated as
 * missing rather than guessing which copy counts.
 */
export function presentedToken(headers: Headers, query: Record<string, unknown>): string | undefined {
	const header = headers[TOKEN_HEADER];
	if (header !== undefined) return typeof header === 'string' ? header : undefined;
	const fromQuery = query[TOKEN_QUERY_PARAMETER];
	return typeof fromQuery === 'string' ? fromQuery : undefined;
}

/**
 * Constant-time comparison. Both sides are hashed first so the comparison also takes the same
 * time whatever the presented token's length (timingSafeEqual needs equal lengths).
 */
export function tokenMatches(expected: string, presented: string | undefined): boolean {
	if (presented === undefined) return false;
	const expectedDigest = createHash('sha256').update(expected, 'utf8').digest();
	const presentedDigest = createHash('sha256').update(presented, 'utf8').digest();
	return timingSafeEqual(expectedDigest, presentedDigest);
}
