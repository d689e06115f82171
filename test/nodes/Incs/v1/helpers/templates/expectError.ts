import { ValidationError } from '../../../../../../nodes/Incs/v1/helpers/validation/error';

/** Runs `fn` and returns the ValidationError it throws; fails the test when it throws nothing else. */
export function validationErrorOf(fn: () => unknown): ValidationError {
	try {
		fn();
	} catch (error) {
		if (error instanceof ValidationError) return error;
		throw error;
	}
	throw new Error('expected a ValidationError, but nothing was thrown');
}

/** `n` characters, counted as people count them (each emoji is one). */
export const chars = (n: number, unit = 'a'): string => unit.repeat(n);
