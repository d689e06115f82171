/**
 * INCS times are Unix seconds, sometimes written as a string ("1900000000"), and `0` means "never
 * happened" (INCS documentation, "Basic configuration": request format). Outputs use ISO dates and
 * null for "never" or for a value that is no time at all, so date nodes downstream need no
 * conversion. Shared by the INCS node (template outputs) and INCS Trigger (callbacks).
 */
export function unixSecondsToIso(value: unknown): string | null {
	const seconds = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
	if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
	return new Date(seconds * 1000).toISOString();
}
