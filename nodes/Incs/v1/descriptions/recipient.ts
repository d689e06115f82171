import type { INodeProperties } from 'n8n-workflow';

import { PHONE_DIGITS_MAX, PHONE_DIGITS_MIN } from '../helpers/constants/phone';
import { RECIPIENT_FIELD } from '../helpers/phone';

/** The recipient of a send, the same on every channel. */
export function recipientField(): INodeProperties {
	return {
		displayName: RECIPIENT_FIELD,
		name: 'to',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. +852 6841 1234',
		description:
			'The number to send to, with its country code. Spaces, dashes, dots, brackets and a leading + or 00 are removed before sending.',
		hint: `${PHONE_DIGITS_MIN}–${PHONE_DIGITS_MAX} digits including the country code, e.g. +852 6841 1234 or 0085268411234`,
	};
}
