import { RCS_CALENDAR_TIME_FORMAT, RCS_CALENDAR_TIME_PATTERN } from '../../constants/rcsTemplate';
import { ValidationError } from '../../validation/error';

/**
 * Date pickers and expressions give ISO text (`2030-01-01T10:00:00`, `2030-01-01T10:00:00.000+07:00`);
 * INCS wants `YYYY-MM-DD HH:mm:ss` without a time zone (INCS "RCS Templates API: Create template" (suggestions)). The wall-clock time the
 * user picked is kept as is; the zone, which INCS cannot take, is dropped.
 */
const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

export function normalizeCalendarTime(value: string | undefined): string | undefined {
	if (typeof value !== 'string') return value;
	const match = ISO_LIKE.exec(value.trim());
	return match ? `${match[1]} ${match[2]}:${match[3] ?? '00'}` : value;
}

/** Seconds since an arbitrary epoch, for ordering; throws when the text is not a real date and time. */
export function parseCalendarTime(field: string, text: string): number {
	const match = RCS_CALENDAR_TIME_PATTERN.exec(text);
	const fix = `Write it as ${RCS_CALENDAR_TIME_FORMAT}, e.g. 2030-01-31 18:00:00.`;
	if (!match) throw new ValidationError(field, `"${text}" is not in the format ${RCS_CALENDAR_TIME_FORMAT}`, fix);
	const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
	const real =
		date.getUTCFullYear() === year &&
		date.getUTCMonth() === month - 1 &&
		date.getUTCDate() === day &&
		hour < 24 &&
		minute < 60 &&
		second < 60;
	if (!real) throw new ValidationError(field, `"${text}" is not a real date and time`, fix);
	return date.getTime() / 1000;
}
