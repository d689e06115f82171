import { PHONE_DIGITS_MAX, PHONE_DIGITS_MIN, PHONE_INTERNATIONAL_PREFIX, PHONE_SEPARATORS, PHONE_SPREADSHEET_DECIMAL } from './constants/phone';
import { ValidationError } from './validation/error';
import { asText } from './validation/text';

export const RECIPIENT_FIELD = 'Recipient Phone Number';

/**
 * Turns a number as people type it (`+852 6841 1234`, `(852) 6841-1234`, `00852 6841 1234`) into
 * the digits INCS wants (`85268411234`). Anything else — letters, a `+` in the middle, too few or
 * too many digits — is rejected before a request is made.
 */
export function normalizePhoneNumber(value: unknown, field = RECIPIENT_FIELD): string {
	if (typeof value === 'number' && !Number.isSafeInteger(value)) {
		throw new ValidationError(field, `${value} is not a phone number`, 'Use the number as text with its country code, e.g. +852 6841 1234.');
	}
	// An object mapped here ({{ $json.customer }}) is named as what it is, not reported as empty.
	const raw = typeof value === 'number' ? String(value) : typeof value === 'object' && value !== null ? asText(field, value) : value;
	if (typeof raw !== 'string' || raw.trim() === '') {
		throw new ValidationError(field, 'it is empty', `Fill in "${field}" with the number including its country code, e.g. +852 6841 1234.`);
	}
	const typed = raw.trim();
	if (PHONE_SPREADSHEET_DECIMAL.test(typed)) {
		const [number, zeros] = typed.split('.');
		throw new ValidationError(
			field,
			`"${typed}" ends in ".${zeros}", as a spreadsheet writes a number stored as a decimal`,
			`Remove ".${zeros}" (format the spreadsheet column as text), e.g. ${number}.`,
		);
	}
	let compact = typed.replace(PHONE_SEPARATORS, '');
	if (compact.startsWith('+')) compact = compact.slice(1);
	else if (compact.startsWith(PHONE_INTERNATIONAL_PREFIX)) compact = compact.slice(PHONE_INTERNATIONAL_PREFIX.length);

	if (!/^\d+$/.test(compact)) {
		throw new ValidationError(
			field,
			`"${typed}" contains characters that are not part of a phone number`,
			'Use digits with an optional leading + and spaces, dashes, dots or brackets, e.g. +852 6841 1234.',
		);
	}
	if (compact.length < PHONE_DIGITS_MIN || compact.length > PHONE_DIGITS_MAX) {
		throw new ValidationError(
			field,
			`"${typed}" has ${compact.length} digits; a number with its country code has ${PHONE_DIGITS_MIN} to ${PHONE_DIGITS_MAX}`,
			'Check the number and put the country code first, e.g. 852 for Hong Kong: +852 6841 1234.',
		);
	}
	// Country codes never start with 0, so a leading 0 means a national number (trunk prefix).
	if (compact.startsWith('0')) {
		throw new ValidationError(
			field,
			`"${typed}" starts with 0, so it has no country code`,
			'Replace the leading 0 with the country code, e.g. 852 6841 1234 instead of 0 6841 1234.',
		);
	}
	return compact;
}
