import { ValidationError } from './error';

const formatNumber = (value: number) => value.toLocaleString('en-US');

export function checkCount(field: string, count: number, min: number, max: number, noun = 'entries'): void {
	if (count < min || count > max) {
		const range = min === max ? `exactly ${min}` : min === 0 ? `at most ${max}` : `${min} to ${max}`;
		throw new ValidationError(
			field,
			`it has ${count} ${noun}; ${range} are allowed`,
			count < min ? `Add ${noun} to "${field}" until there are ${min}.` : `Remove ${noun} from "${field}" until there are ${max}.`,
		);
	}
}

export function checkOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
	if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
	throw new ValidationError(
		field,
		`"${String(value)}" is not one of ${allowed.join(', ')}`,
		`Set "${field}" to one of: ${allowed.join(', ')}.`,
	);
}

export function checkInteger(field: string, value: unknown, min: number, max: number): number {
	const number = typeof value === 'number' ? value : Number(value);
	if (!Number.isInteger(number) || number < min || number > max) {
		throw new ValidationError(
			field,
			`${String(value)} is not a whole number from ${formatNumber(min)} to ${formatNumber(max)}`,
			`Set "${field}" to a whole number from ${formatNumber(min)} to ${formatNumber(max)}.`,
		);
	}
	return number;
}

/** Rejects a value that appears twice in a list where the channel requires unique values. */
export function checkUnique(field: (index: number) => string, values: string[], what: string): void {
	const seen = new Map<string, number>();
	values.forEach((value, index) => {
		const first = seen.get(value);
		if (first !== undefined) {
			throw new ValidationError(
				field(index),
				`"${value}" is already used by entry ${first + 1}; each ${what} must be unique`,
				`Give every entry a different ${what}.`,
			);
		}
		seen.set(value, index);
	});
}
