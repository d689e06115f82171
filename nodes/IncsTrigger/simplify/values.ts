/**
 * Readers for callback fields. INCS's shapes vary between documentation versions and some are
 * inferred, so a field may be missing or of an unexpected type; simplified items show such a
 * field as `null` rather than failing the whole callback.
 */

export function stringOrNull(value: unknown): string | null {
	return typeof value === 'string' ? value : null;
}

/** IDs are strings in most callbacks, but INCS's own format uses (big) integers. */
export function idOrNull(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return null;
}

export function numberOrNull(value: unknown): number | null {
	return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Normalises an ISO-8601/RFC 3339 date-time so every simplified date has the same format. */
export function isoDateOrNull(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const time = Date.parse(value);
	return Number.isNaN(time) ? null : new Date(time).toISOString();
}
