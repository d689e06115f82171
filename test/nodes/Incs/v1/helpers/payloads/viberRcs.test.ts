import { buildRcsMedia, buildRcsText } from '../../../../../../nodes/Incs/v1/helpers/payloads/rcs';
import { buildViberMedia, buildViberOtp, buildViberText } from '../../../../../../nodes/Incs/v1/helpers/payloads/viber';
import { RCS_TEXT_MAX } from '../../../../../../nodes/Incs/v1/helpers/constants/rcs';
import { VIBER_OTP_CODE_MAX, VIBER_OTP_EXPIRATION_MAX, VIBER_TEXT_MAX } from '../../../../../../nodes/Incs/v1/helpers/constants/viber';

describe('Viber payloads', () => {
	it('text: 1,000 characters accepted, 1,001 rejected', () => {
		expect(buildViberText('v'.repeat(VIBER_TEXT_MAX))).toEqual({ type: 'text', text: 'v'.repeat(1000) });
		expect(() => buildViberText('v'.repeat(VIBER_TEXT_MAX + 1))).toThrow('Text: it has 1,001 characters; at most 1,000 are allowed');
	});

	it('media: link only', () => {
		expect(buildViberMedia('image', 'https://example.com/a.png')).toEqual({ type: 'image', image: { link: 'https://example.com/a.png' } });
		expect(buildViberMedia('video', 'https://example.com/a.mp4')).toEqual({ type: 'video', video: { link: 'https://example.com/a.mp4' } });
		expect(buildViberMedia('document', 'https://example.com/a.xlsx')).toEqual({ type: 'document', document: { link: 'https://example.com/a.xlsx' } });
	});

	it('otp: code as a string, language, whole minutes', () => {
		expect(buildViberOtp({ code: 482913, language: 'en', expirationMinutes: 3 })).toEqual({
			type: 'otp',
			otp: { code: '482913', language: 'en', code_expiration_minutes: 3 },
		});
		expect(buildViberOtp({ code: ' AB12 ', language: 'zh-TW', expirationMinutes: '10' })).toMatchObject({ otp: { code: 'AB12', language: 'zh-TW', code_expiration_minutes: 10 } });
	});

	it('otp: boundaries of code length and validity', () => {
		expect(buildViberOtp({ code: '1'.repeat(VIBER_OTP_CODE_MAX), language: 'en', expirationMinutes: VIBER_OTP_EXPIRATION_MAX })).toMatchObject({ type: 'otp' });
		expect(() => buildViberOtp({ code: '1'.repeat(VIBER_OTP_CODE_MAX + 1), language: 'en', expirationMinutes: 3 })).toThrow(
			'Code: it has 13 characters; at most 12 are allowed',
		);
		expect(() => buildViberOtp({ code: '1234', language: 'en', expirationMinutes: VIBER_OTP_EXPIRATION_MAX + 1 })).toThrow(
			'Code Expiration (Minutes): 1441 is not a whole number from 1 to 1,440',
		);
		expect(() => buildViberOtp({ code: '1234', language: 'en', expirationMinutes: 0 })).toThrow('Code Expiration (Minutes): 0 is not a whole number from 1 to 1,440');
		expect(() => buildViberOtp({ code: '1234', language: 'en', expirationMinutes: 2.5 })).toThrow('Code Expiration (Minutes): 2.5 is not a whole number');
	});

	it('otp: rejects bad codes and languages', () => {
		expect(() => buildViberOtp({ code: '', language: 'en', expirationMinutes: 3 })).toThrow('Code: it is empty');
		expect(() => buildViberOtp({ code: '12 34', language: 'en', expirationMinutes: 3 })).toThrow('Code: "12 34" contains characters other than letters and digits');
		expect(() => buildViberOtp({ code: '1234', language: 'English', expirationMinutes: 3 })).toThrow('Language: "English" is not a language code');
	});
});

describe('RCS payloads', () => {
	it('text: 2,500 characters accepted, 2,501 rejected', () => {
		expect(buildRcsText('r'.repeat(RCS_TEXT_MAX))).toEqual({ type: 'text', text: 'r'.repeat(2500) });
		expect(() => buildRcsText('r'.repeat(RCS_TEXT_MAX + 1))).toThrow('Text: it has 2,501 characters; at most 2,500 are allowed');
	});

	it('media: link only', () => {
		expect(buildRcsMedia('image', 'https://example.com/a.png')).toEqual({ type: 'image', image: { link: 'https://example.com/a.png' } });
		expect(buildRcsMedia('video', 'https://example.com/a.mp4')).toEqual({ type: 'video', video: { link: 'https://example.com/a.mp4' } });
	});

	it('documents: PDF files, or links without a file extension', () => {
		expect(buildRcsMedia('document', 'https://example.com/File.PDF')).toEqual({ type: 'document', document: { link: 'https://example.com/File.PDF' } });
		expect(buildRcsMedia('document', 'https://example.com/download?id=7')).toEqual({ type: 'document', document: { link: 'https://example.com/download?id=7' } });
		expect(() => buildRcsMedia('document', 'https://example.com/report.docx')).toThrow(
			'Media URL: "https://example.com/report.docx" names a DOCX file, but this takes PDF',
		);
	});
});
