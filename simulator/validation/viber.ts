import { VIBER_SEND_TYPES, VIBER_TEXT_MAX } from '../limits';
import { bodyObject, integerValue, invalid, mediaLink, oneOf, recipient, requiredObject, requiredString, requireTopLevel, stringValue, typedPayload } from './common';
import type { ValidatedSend } from './send';

export function validateViberSend(raw: unknown): ValidatedSend {
	const body = bodyObject(raw);
	const to = recipient(body);
	const type = oneOf(requireTopLevel(body, 'type'), VIBER_SEND_TYPES, 'type');
	typedPayload(body, type);
	switch (type) {
		case 'otp': {
			const otp = requiredObject(body, 'otp', 'otp');
			const code = requiredString(otp, 'code', 'otp.code');
			if (!/^[0-9A-Za-z]+$/.test(code)) invalid('The otp.code may only contain letters and digits.');
			// INCS documents no length or value list for the OTP language (REFERENCE §13, question 15).
			requiredString(otp, 'language', 'otp.language');
			integerValue(otp.code_expiration_minutes, 'otp.code_expiration_minutes', { min: 1 });
			break;
		}
		case 'text':
			stringValue(body.text, 'text', { max: VIBER_TEXT_MAX });
			break;
		default:
			mediaLink(body, type);
	}
	return { to, type };
}

