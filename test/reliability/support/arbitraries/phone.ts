import fc, { type Arbitrary } from 'fast-check';

import { PHONE_DIGITS_MAX, PHONE_DIGITS_MIN } from '../../../../nodes/Incs/v1/helpers/constants/phone';

const digits = (min: number, max: number) =>
	fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((list) => list.join(''));

/** Digits INCS accepts: a country code (never starting with 0) and the number, 7–15 digits in all. */
const e164 = fc
	.tuple(fc.constantFrom(...'123456789'), digits(PHONE_DIGITS_MIN - 1, PHONE_DIGITS_MAX - 1))
	.map(([first, rest]) => first + rest);

/** Splits digits into groups joined by one separator, as people write numbers. */
function grouped(text: string, separator: string, size: number): string {
	const groups: string[] = [];
	for (let at = 0; at < text.length; at += size) groups.push(text.slice(at, at + size));
	return groups.join(separator);
}

/** A valid number as typed (`+852 6841-1234`, `00852.6841.1234`, `(852) 68411234`) and the digits INCS gets. */
export const validPhone: Arbitrary<{ typed: string; digits: string }> = fc
	.record({
		digits: e164,
		prefix: fc.constantFrom('', '+', '00', '+ '),
		separator: fc.constantFrom('', ' ', '-', '.', '/'),
		size: fc.integer({ min: 2, max: 5 }),
		bracketed: fc.boolean(),
	})
	.map(({ digits: number, prefix, separator, size, bracketed }) => {
		const country = number.slice(0, 3);
		const body = grouped(number.slice(3), separator, size);
		const typed = bracketed ? `${prefix}(${country}) ${body}` : `${prefix}${country}${separator}${body}`;
		return { typed, digits: number };
	});

/** Numbers the node must refuse before sending: letters, too short or long, national (leading 0), a + inside, empty. */
export const invalidPhone: Arbitrary<string> = fc.oneof(
	fc.tuple(e164, fc.integer({ min: 1, max: 6 }), fc.constantFrom(...'abcxyzOIl#*')).map(([number, at, letter]) => `+${number.slice(0, at)}${letter}${number.slice(at)}`),
	fc.tuple(fc.constantFrom(...'123456789'), digits(0, PHONE_DIGITS_MIN - 2)).map(([first, rest]) => `+${first}${rest}`),
	fc.tuple(fc.constantFrom(...'123456789'), digits(PHONE_DIGITS_MAX, PHONE_DIGITS_MAX + 5)).map(([first, rest]) => `+${first}${rest}`),
	fc.tuple(fc.constantFrom(...'123456789'), digits(PHONE_DIGITS_MIN - 2, PHONE_DIGITS_MAX - 2)).map(([first, rest]) => `0${first}${rest}`),
	e164.map((number) => `${number.slice(0, 3)}+${number.slice(3)}`),
	fc.constantFrom('   ', '+', '00', '()', 'n/a', '={{ 852.5 }}', '={{ null }}', '={{ $json.missing }}'),
);
