/**
 * INCS times are Unix seconds, and `0` means "never happened" (REFERENCE §1.3). Outputs use ISO
 * dates, and null for "never", so date nodes downstream need no conversion.
 */
export function unixToIso(value: unknown): string | null {
	const seconds = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	if (!Number.isFinite(seconds) || seconds <= 0) return null;
	return new Date(seconds * 1000).toISOString();
}
