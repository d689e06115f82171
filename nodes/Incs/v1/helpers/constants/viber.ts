/** Viber limits (INCS "Send Viber message"). Field hints and validators read these. */

import { type MediaFormat, mediaHints } from './mediaFormats';

export const VIBER_MESSAGE_TYPES = ['document', 'image', 'otp', 'text', 'video'] as const;

export const VIBER_MEDIA_TYPES = ['document', 'image', 'video'] as const;
export type ViberMediaType = (typeof VIBER_MEDIA_TYPES)[number];

/** Text messages: at most 1,000 characters (INCS "Send Viber message"; one rendering of the page states it). */
export const VIBER_TEXT_MAX = 1000;

/** Formats and sizes per media type (INCS "Send Viber message"). */
export const VIBER_MEDIA_FORMATS: Record<ViberMediaType, MediaFormat> = {
	document: { extensions: ['.doc', '.docx', '.xls', '.xlsx', '.csv', '.pdf'], limits: 'at most 200 MB' },
	image: { extensions: ['.png', '.jpeg', '.jpg', '.gif'], limits: 'at most 200 MB' },
	video: { extensions: ['.mp4'], limits: 'at most 200 MB and 10 minutes; the server must send a Content-Length header' },
};

export const VIBER_MEDIA_HINTS: Record<ViberMediaType, string> = mediaHints(VIBER_MEDIA_FORMATS);

/**
 * OTP messages (INCS "Send Viber message"): INCS documents no ranges. The code is kept to what a person can
 * type (digits and letters, at most 12), validity to 1 minute – 24 hours.
 */
export const VIBER_OTP_CODE_PATTERN = /^[A-Za-z0-9]+$/;
export const VIBER_OTP_CODE_MAX = 12;
export const VIBER_OTP_EXPIRATION_MIN = 1;
export const VIBER_OTP_EXPIRATION_MAX = 1440;
export const VIBER_OTP_EXPIRATION_DEFAULT = 3;
/** A language code such as `en` or `zh-TW` (INCS "Send Viber message" shows `en`). */
export const VIBER_OTP_LANGUAGE_PATTERN = /^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?$/;
export const VIBER_OTP_LANGUAGE_DEFAULT = 'en';
