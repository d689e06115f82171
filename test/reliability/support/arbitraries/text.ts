import fc, { type Arbitrary } from 'fast-check';

/**
 * Text as people type it, measured the way the limits are (in characters, an emoji counting
 * once): mostly ASCII, with accented, CJK, right-to-left and astral characters mixed in, so a
 * limit counted in UTF-16 units or bytes would show.
 */
const ASCII = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?-_:'];
const WIDE = ['é', 'ß', 'ñ', '中', '文', 'ع', 'ש', '😀', '🚀', '𝄞'];

const char: Arbitrary<string> = fc.oneof(
	{ weight: 5, arbitrary: fc.constantFrom(...ASCII) },
	{ weight: 1, arbitrary: fc.constantFrom(...WIDE) },
);

/** Exactly `length` characters, never starting with a space (so it is never blank). */
export function textOfLength(length: number): Arbitrary<string> {
	return fc.array(char, { minLength: length, maxLength: length }).map((chars) => (chars[0] === ' ' ? ['x', ...chars.slice(1)] : chars).join(''));
}

/** A valid length: usually short, sometimes right at the limit. */
export function lengthUpTo(max: number, min = 1): Arbitrary<number> {
	return fc.oneof(fc.integer({ min, max: Math.min(max, min + 30) }), fc.integer({ min: Math.max(min, max - 2), max }));
}

/** A text within the limit, from `min` characters up to exactly `max`. */
export function textUpTo(max: number, min = 1): Arbitrary<string> {
	return lengthUpTo(max, min).chain(textOfLength);
}

/** A text over the limit: `max + 1` up to `max + spread` characters. */
export function textOver(max: number, spread = 40): Arbitrary<string> {
	return fc.integer({ min: max + 1, max: max + spread }).chain(textOfLength);
}

/**
 * An empty value as it reaches the node: spaces, or an expression that came out empty (a missing
 * input field). A literally empty required field never does: n8n refuses to run the workflow
 * ("Parameter … is required"), which the n8n-guard test covers.
 */
export const blank: Arbitrary<string> = fc.constantFrom(' ', '   ', '\t', ' \n ', '={{ "" }}', '={{ $json.missing }}', '={{ null }}', '={{ "   " }}');

/** Letters and digits only, for names, IDs and codes. */
export function word(min: number, max: number, letters = 'abcdefghijklmnopqrstuvwxyz0123456789'): Arbitrary<string> {
	return fc.array(fc.constantFrom(...letters), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
}

/** A value that is not one of `allowed`: typos, other casing, other words. */
export function notOneOf(allowed: readonly string[]): Arbitrary<string> {
	return fc
		.oneof(
			fc.constantFrom(...allowed.map((value) => value.toUpperCase()), ...allowed.map((value) => `${value}s`), ...allowed.map((value) => ` ${value}`)),
			word(1, 12, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'),
		)
		.filter((value) => !allowed.includes(value));
}
