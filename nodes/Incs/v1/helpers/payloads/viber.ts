import {
	VIBER_MEDIA_FORMATS,
	VIBER_OTP_CODE_MAX,
	VIBER_OTP_CODE_PATTERN,
	VIBER_OTP_EXPIRATION_MAX,
	VIBER_OTP_EXPIRATION_MIN,
	VIBER_OTP_LANGUAGE_PATTERN,
	VIBER_TEXT_MAX,
	type ViberMediaType,
} from '../constants/viber';
import { ValidationError } from '../validation/error';
import { mediaUrl } from '../validation/links';
import { checkMaxLength, requiredText, requireText } from '../validation/text';
import { checkInteger } from '../validation/values';
import { LABELS } from '../labels';
import type { ViberPayload } from './types';

export function buildViberText(text: unknown): ViberPayload {
	return { type: 'text', text: requiredText(LABELS.text, text, VIBER_TEXT_MAX) };
}

/** Viber media: `{ link }` only (INCS "Send Viber message" shows no caption). */
export function buildViberMedia(type: ViberMediaType, url: unknown): ViberPayload {
	const link = mediaUrl(LABELS.mediaUrl, url, VIBER_MEDIA_FORMATS[type]);
	switch (type) {
		case 'image':
			return { type, image: { link } };
		case 'video':
			return { type, video: { link } };
		case 'document':
			return { type, document: { link } };
	}
}

export interface OtpInput {
	code: unknown;
	language: unknown;
	expirationMinutes: unknown;
}

export function buildViberOtp(input: OtpInput): ViberPayload {
	// Codes often arrive as numbers from expressions; INCS wants a string (INCS "Send Viber message").
	const code = requireText(LABELS.otpCode, input.code).trim();
	checkMaxLength(LABELS.otpCode, code, VIBER_OTP_CODE_MAX);
	if (!VIBER_OTP_CODE_PATTERN.test(code)) {
		throw new ValidationError(LABELS.otpCode, `"${code}" contains characters other than letters and digits`, 'Use only letters and digits in the code, e.g. 482913.');
	}
	const language = requireText(LABELS.otpLanguage, input.language).trim();
	if (!VIBER_OTP_LANGUAGE_PATTERN.test(language)) {
		throw new ValidationError(LABELS.otpLanguage, `"${language}" is not a language code`, 'Use a language code such as en, de or zh-TW.');
	}
	const minutes = checkInteger(LABELS.otpExpiration, input.expirationMinutes, VIBER_OTP_EXPIRATION_MIN, VIBER_OTP_EXPIRATION_MAX);
	return { type: 'otp', otp: { code, language, code_expiration_minutes: minutes } };
}
