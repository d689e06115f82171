import fc, { type Arbitrary } from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import { RCS_MEDIA_FORMATS, RCS_MESSAGE_TYPES, RCS_TEXT_MAX } from '../../../../nodes/Incs/v1/helpers/constants/rcs';
import {
	VIBER_MEDIA_TYPES,
	VIBER_MESSAGE_TYPES,
	VIBER_OTP_CODE_MAX,
	VIBER_OTP_CODE_PATTERN,
	VIBER_OTP_EXPIRATION_MAX,
	VIBER_OTP_EXPIRATION_MIN,
	VIBER_OTP_LANGUAGE_PATTERN,
	VIBER_TEXT_MAX,
	VIBER_MEDIA_FORMATS,
} from '../../../../nodes/Incs/v1/helpers/constants/viber';
import { invalidCase, type InvalidCase, type ValidSend } from '../cases';
import { invalidPhone, validPhone } from './phone';
import { blank, notOneOf, textOver, textUpTo, word } from './text';
import { invalidUrl, validUrl, wrongFormatUrl } from './url';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

const viber = (to: string, content: INodeParameters): INodeParameters => ({ resource: 'viberMessage', operation: 'send', to, ...content });
const rcs = (to: string, content: INodeParameters): INodeParameters => ({ resource: 'rcsMessage', operation: 'send', to, ...content });

// ---- Viber ----

/**
 * Language codes of at most 10 characters: the node's pattern also takes 11–12 (`ca-valencia`),
 * which the simulator refuses; that disagreement has its own failing test.
 */
const otpLanguage = fc.stringMatching(VIBER_OTP_LANGUAGE_PATTERN).filter((code) => code.length <= 10);

const viberContent: Arbitrary<INodeParameters> = fc.oneof(
	textUpTo(VIBER_TEXT_MAX).map((text) => ({ messageType: 'text', text })),
	fc
		.record({
			otpCode: word(1, VIBER_OTP_CODE_MAX, ALNUM),
			otpLanguage,
			otpExpirationMinutes: fc.integer({ min: VIBER_OTP_EXPIRATION_MIN, max: VIBER_OTP_EXPIRATION_MAX }),
		})
		.map((otp) => ({ messageType: 'otp', ...otp })),
	fc.tuple(fc.constantFrom(...VIBER_MEDIA_TYPES), validUrl()).map(([messageType, mediaUrl]) => ({ messageType, mediaUrl })),
);

export const validViberSend: Arbitrary<ValidSend> = fc.tuple(validPhone, viberContent).map(([phone, content]) => ({
	label: String(content.messageType),
	parameters: viber(phone.typed, content),
	channel: 'viber',
	to: phone.digits,
	type: String(content.messageType),
}));

const phoneOk = validPhone.map((phone) => phone.typed);
const otp = (code: unknown, language: unknown, minutes: unknown) =>
	({ messageType: 'otp', otpCode: code, otpLanguage: language, otpExpirationMinutes: minutes }) as INodeParameters;

export const invalidViberSend: Arbitrary<InvalidCase> = fc.oneof(
	fc
		.tuple(phoneOk, fc.constantFrom(...VIBER_MEDIA_TYPES))
		.chain(([to, messageType]) => wrongFormatUrl(VIBER_MEDIA_FORMATS[messageType]).map((mediaUrl) => invalidCase('media format', 'Media URL', viber(to, { messageType, mediaUrl })))),
	fc.tuple(invalidPhone, viberContent).map(([to, content]) => invalidCase('recipient', 'Recipient Phone Number', viber(to, content))),
	fc.tuple(phoneOk, notOneOf(VIBER_MESSAGE_TYPES)).map(([to, messageType]) => invalidCase('message type', 'Message Type', viber(to, { messageType, text: 'Hi' }))),
	fc.tuple(phoneOk, fc.oneof(textOver(VIBER_TEXT_MAX), blank)).map(([to, text]) => invalidCase('text', 'Text', viber(to, { messageType: 'text', text }))),
	fc
		.tuple(phoneOk, fc.oneof(word(VIBER_OTP_CODE_MAX + 1, VIBER_OTP_CODE_MAX + 10, ALNUM), blank, word(2, 8, `${ALNUM}-+#.`).filter((code) => !VIBER_OTP_CODE_PATTERN.test(code))))
		.map(([to, code]) => invalidCase('OTP code', 'Code', viber(to, otp(code, 'en', 5)))),
	fc
		.tuple(phoneOk, fc.oneof(fc.constantFrom('english', 'e', 'en_', 'en-', '12', 'en-US-x', 'en US', ' ', '={{ "" }}'), word(4, 12, 'abcdefgh-_1')))
		.filter(([, language]) => !VIBER_OTP_LANGUAGE_PATTERN.test(language.trim()))
		.map(([to, language]) => invalidCase('OTP language', 'Language', viber(to, otp('482913', language, 5)))),
	fc
		.tuple(
			phoneOk,
			fc.oneof(
				fc.integer({ min: -100, max: VIBER_OTP_EXPIRATION_MIN - 1 }),
				fc.integer({ min: VIBER_OTP_EXPIRATION_MAX + 1, max: 100_000 }),
				fc.double({ min: 1.01, max: 99.99, noNaN: true }).filter((value) => !Number.isInteger(value)),
				fc.constantFrom('abc', '={{ "" }}', '5 minutes'),
			),
		)
		.map(([to, minutes]) => invalidCase('OTP expiration', 'Code Expiration (Minutes)', viber(to, otp('482913', 'en', minutes)))),
	fc
		.tuple(phoneOk, fc.constantFrom(...VIBER_MEDIA_TYPES), invalidUrl)
		.map(([to, messageType, mediaUrl]) => invalidCase('media URL', 'Media URL', viber(to, { messageType, mediaUrl }))),
);

// ---- RCS ----

const rcsContent: Arbitrary<INodeParameters> = fc.oneof(
	textUpTo(RCS_TEXT_MAX).map((text) => ({ messageType: 'text', text })),
	fc.tuple(fc.constantFrom('image', 'video'), validUrl()).map(([messageType, mediaUrl]) => ({ messageType, mediaUrl })),
	validUrl(RCS_MEDIA_FORMATS.document.extensions[0]).map((mediaUrl) => ({ messageType: 'document', mediaUrl })),
);

export const validRcsSend: Arbitrary<ValidSend> = fc.tuple(validPhone, rcsContent).map(([phone, content]) => ({
	label: String(content.messageType),
	parameters: rcs(phone.typed, content),
	channel: 'rcs',
	to: phone.digits,
	type: String(content.messageType),
}));

export const invalidRcsSend: Arbitrary<InvalidCase> = fc.oneof(
	fc.tuple(invalidPhone, rcsContent).map(([to, content]) => invalidCase('recipient', 'Recipient Phone Number', rcs(to, content))),
	fc.tuple(phoneOk, notOneOf(RCS_MESSAGE_TYPES)).map(([to, messageType]) => invalidCase('message type', 'Message Type', rcs(to, { messageType, text: 'Hi' }))),
	fc.tuple(phoneOk, fc.oneof(textOver(RCS_TEXT_MAX), blank)).map(([to, text]) => invalidCase('text', 'Text', rcs(to, { messageType: 'text', text }))),
	fc
		.tuple(phoneOk, fc.constantFrom(...RCS_MESSAGE_TYPES.filter((type) => type !== 'text')), invalidUrl)
		.map(([to, messageType, mediaUrl]) => invalidCase('media URL', 'Media URL', rcs(to, { messageType, mediaUrl }))),
	fc
		.tuple(phoneOk, validUrl(), fc.constantFrom('.docx', '.doc', '.png', '.xlsx', '.pdf.zip', '.txt'))
		.map(([to, url, extension]) => {
			const mediaUrl = `${url.split(/[?#]/)[0].replace(/\/?$/, '/')}brochure${extension}`;
			return invalidCase('document not a PDF', 'Media URL', rcs(to, { messageType: 'document', mediaUrl }));
		}),
);
