/**
 * Recipient numbers: INCS wants digits only, country code first (INCS "Basic configuration" (request format)). E.164 allows
 * at most 15 digits; fewer than 7 cannot be a country code plus a subscriber number (ITU-T E.164).
 */
export const PHONE_DIGITS_MIN = 7;
export const PHONE_DIGITS_MAX = 15;

/** Characters people type around numbers that carry no meaning: spaces, dots, dashes, slashes, brackets. */
export const PHONE_SEPARATORS = /[\s.\-/()[\]\u00a0\u2010-\u2015]/g;

/** The international call prefix many people type instead of `+`. */
export const PHONE_INTERNATIONAL_PREFIX = '00';

/**
 * A number a spreadsheet stored as a decimal and exported with its fraction (`85268411234.0`):
 * read as separators, the dot would leave a trailing 0 and a different number. One unbroken run
 * of digits followed by `.0` or `.00` is never how a phone number is written.
 */
export const PHONE_SPREADSHEET_DECIMAL = /^\+?\d+\.0{1,2}$/;
