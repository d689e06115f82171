import { WAIT_AMOUNT_MIN_MINUTES, WAIT_DEFAULT, WAIT_LIMIT_TYPES, WAIT_UNIT_MS, WAIT_UNITS } from '../constants/sendAndWait';
import { ValidationError } from '../validation/error';
import { checkOneOf } from '../validation/values';

export const WAIT_LIMIT_LABELS = {
	limitType: 'Limit Wait Time › Limit Type',
	resumeAmount: 'Limit Wait Time › Amount',
	resumeUnit: 'Limit Wait Time › Unit',
	maxDateAndTime: 'Limit Wait Time › Max Date and Time',
} as const;

/** Option "Limit Wait Time" as n8n names its values. */
export interface WaitLimitInput {
	limitType?: unknown;
	resumeAmount?: unknown;
	resumeUnit?: unknown;
	maxDateAndTime?: unknown;
}

/** When the wait ends without an answer, or undefined to wait until someone answers. */
export function waitLimit(input: WaitLimitInput | undefined, now: Date): Date | undefined {
	if (input === undefined || Object.keys(input).length === 0) return undefined;
	const type = checkOneOf(WAIT_LIMIT_LABELS.limitType, input.limitType ?? 'afterTimeInterval', WAIT_LIMIT_TYPES);
	if (type === 'afterTimeInterval') {
		const unit = checkOneOf(WAIT_LIMIT_LABELS.resumeUnit, input.resumeUnit ?? WAIT_DEFAULT.unit, WAIT_UNITS);
		const amount = typeof input.resumeAmount === 'number' ? input.resumeAmount : Number(input.resumeAmount ?? WAIT_DEFAULT.amount);
		const ms = amount * WAIT_UNIT_MS[unit];
		if (!Number.isFinite(ms) || ms < WAIT_AMOUNT_MIN_MINUTES * WAIT_UNIT_MS.minutes) {
			throw new ValidationError(
				WAIT_LIMIT_LABELS.resumeAmount,
				`${String(input.resumeAmount)} ${unit} is shorter than ${WAIT_AMOUNT_MIN_MINUTES} minute`,
				`Set "${WAIT_LIMIT_LABELS.resumeAmount}" to at least ${WAIT_AMOUNT_MIN_MINUTES} minute: n8n checks waiting executions once a minute.`,
			);
		}
		return new Date(now.getTime() + ms);
	}
	const raw = input.maxDateAndTime;
	const date = raw instanceof Date ? raw : new Date(typeof raw === 'string' || typeof raw === 'number' ? raw : Number.NaN);
	if (Number.isNaN(date.getTime())) {
		throw new ValidationError(
			WAIT_LIMIT_LABELS.maxDateAndTime,
			`"${String(raw)}" is not a date and time`,
			'Pick a date and time, or give one like 2026-12-31T18:00:00+08:00.',
		);
	}
	if (date.getTime() <= now.getTime()) {
		throw new ValidationError(
			WAIT_LIMIT_LABELS.maxDateAndTime,
			`${date.toISOString()} has already passed`,
			'Pick a date and time in the future, or remove the limit.',
		);
	}
	return date;
}
