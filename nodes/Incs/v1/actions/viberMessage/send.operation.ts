import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { mediaFields } from '../../descriptions/media';
import { messageTypeField, textMessageField } from '../../descriptions/messageContent';
import { sendOptions } from '../../descriptions/messageOptions';
import { recipientField } from '../../descriptions/recipient';
import {
	VIBER_MEDIA_HINTS,
	VIBER_MEDIA_TYPES,
	VIBER_MESSAGE_TYPES,
	VIBER_OTP_CODE_MAX,
	VIBER_OTP_EXPIRATION_DEFAULT,
	VIBER_OTP_EXPIRATION_MAX,
	VIBER_OTP_EXPIRATION_MIN,
	VIBER_OTP_LANGUAGE_DEFAULT,
	VIBER_TEXT_MAX,
} from '../../helpers/constants/viber';
import { LABELS } from '../../helpers/labels';
import type { ViberPayload } from '../../helpers/payloads/types';
import { buildViberMedia, buildViberOtp, buildViberText } from '../../helpers/payloads/viber';
import { messageSender, prepareMessage } from '../shared/sendMessage';
import type { PreparedMessage } from '../shared/sendMessage';
import { checkOneOf } from '../../helpers/validation/values';

const otpOnly = { show: { messageType: ['otp'] } };

export const description: INodeProperties[] = [
	recipientField(),
	messageTypeField(VIBER_MESSAGE_TYPES, {
		otp: { name: 'One-Time Password', description: 'A verification code in a standard Viber message' },
	}),
	textMessageField(VIBER_TEXT_MAX),
	{
		displayName: LABELS.otpCode,
		name: 'otpCode',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 482913',
		description: 'The verification code the recipient enters',
		hint: `Letters and digits, up to ${VIBER_OTP_CODE_MAX}`,
		displayOptions: otpOnly,
	},
	{
		displayName: LABELS.otpLanguage,
		name: 'otpLanguage',
		type: 'string',
		required: true,
		default: VIBER_OTP_LANGUAGE_DEFAULT,
		placeholder: 'e.g. en',
		// Stays free text: INCS gives only the example "en" and no list of codes (REFERENCE.md, open question 15).
		hint: 'The language of the text Viber wraps around the code, as a code such as en or de (INCS does not list the codes it takes)',
		displayOptions: otpOnly,
	},
	{
		displayName: LABELS.otpExpiration,
		name: 'otpExpirationMinutes',
		type: 'number',
		typeOptions: { minValue: VIBER_OTP_EXPIRATION_MIN, maxValue: VIBER_OTP_EXPIRATION_MAX },
		required: true,
		default: VIBER_OTP_EXPIRATION_DEFAULT,
		description: 'How many minutes the code stays valid; the message tells the recipient',
		displayOptions: otpOnly,
	},
	...mediaFields({ types: VIBER_MEDIA_TYPES, hints: VIBER_MEDIA_HINTS }),
	sendOptions(),
];

function buildPayload(context: IExecuteFunctions, itemIndex: number): ViberPayload {
	const read = (name: string, fallback: unknown = '') => context.getNodeParameter(name, itemIndex, fallback);
	const type = checkOneOf('Message Type', read('messageType'), VIBER_MESSAGE_TYPES);
	if (type === 'text') return buildViberText(read('text'));
	if (type === 'otp') {
		return buildViberOtp({
			code: read('otpCode'),
			language: read('otpLanguage', VIBER_OTP_LANGUAGE_DEFAULT),
			expirationMinutes: read('otpExpirationMinutes', VIBER_OTP_EXPIRATION_DEFAULT),
		});
	}
	return buildViberMedia(checkOneOf('Message Type', type, VIBER_MEDIA_TYPES), read('mediaUrl'));
}

/** A Viber message (INCS "Send Viber message"), validated in full before it is sent. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<PreparedMessage<'viber'>> {
	return await prepareMessage(this, itemIndex, () => buildPayload(this, itemIndex));
}

export const send = messageSender('viber');
