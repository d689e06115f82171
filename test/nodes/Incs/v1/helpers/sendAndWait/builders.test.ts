import { responseLinks } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/links';
import { rcsSendAndWait, textWithLinks, viberSendAndWait, whatsAppSendAndWait } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/messages';
import { checkResponseSetup } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/setup';
import type { ResponseLink } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/types';
import type { INodeProperties } from 'n8n-workflow';

import { limitWaitTime } from '../../../../../../nodes/Incs/v1/descriptions/sendAndWaitLimit';
import { WAIT_DEFAULT } from '../../../../../../nodes/Incs/v1/helpers/constants/sendAndWait';
import { waitLimit } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/waitLimit';
import { ValidationError } from '../../../../../../nodes/Incs/v1/helpers/validation/error';

const sign = (query: Record<string, string>) => `https://n8n.example.com/webhook-waiting/7/node?${new URLSearchParams(query).toString()}&signature=abc`;
const APPROVE = 'https://n8n.example.com/webhook-waiting/7/node?approved=true&signature=abc';
const DECLINE = 'https://n8n.example.com/webhook-waiting/7/node?approved=false&signature=abc';

describe('response setup and links', () => {
	it('approval, one button: "Approve" with the approved=true link', () => {
		const setup = checkResponseSetup({ responseType: 'approval' });
		expect(responseLinks(setup, sign)).toEqual([{ label: 'Approve', url: APPROVE, approved: true }]);
	});

	it('approval, two buttons with edited labels: approve first, then decline', () => {
		const setup = checkResponseSetup({
			responseType: 'approval',
			approvalOptions: { values: { approvalType: 'double', approveLabel: ' Yes, publish ', disapproveLabel: 'No' } },
		});
		expect(responseLinks(setup, sign)).toEqual([
			{ label: 'Yes, publish', url: APPROVE, approved: true },
			{ label: 'No', url: DECLINE, approved: false },
		]);
	});

	it('free text and custom form: one "Respond" link, or the Message Button Label', () => {
		expect(responseLinks(checkResponseSetup({ responseType: 'freeText' }), sign)).toEqual([{ label: 'Respond', url: APPROVE, approved: true }]);
		const form = checkResponseSetup({
			responseType: 'customForm',
			messageButtonLabel: 'Fill in',
			formFields: { values: [{ fieldLabel: 'Budget', fieldType: 'number', requiredField: true }] },
		});
		expect(responseLinks(form, sign)).toEqual([{ label: 'Fill in', url: APPROVE, approved: true }]);
		expect(form.fields).toEqual([{ label: 'Budget', type: 'number', required: true }]);
	});

	it('refuses a label longer than a WhatsApp button takes', () => {
		expect(() => checkResponseSetup({ responseType: 'approval', approvalOptions: { values: { approveLabel: 'A'.repeat(21) } } })).toThrow(
			'Approve Button Label: it has 21 characters; at most 20 are allowed',
		);
	});

	it('refuses an unknown response type', () => {
		expect(() => checkResponseSetup({ responseType: 'vote' })).toThrow('Response Type: "vote" is not one of approval, freeText, customForm');
	});

	it('custom form: needs a field, unique labels and dropdown options', () => {
		expect(() => checkResponseSetup({ responseType: 'customForm', formFields: { values: [] } })).toThrow('Form Fields: it has 0 fields; 1 to 20 are allowed');
		expect(() =>
			checkResponseSetup({ responseType: 'customForm', formFields: { values: [{ fieldLabel: 'A' }, { fieldLabel: 'A' }] } }),
		).toThrow('Form Fields › Field 2 › Field Label: "A" is already used by entry 1');
		expect(() =>
			checkResponseSetup({ responseType: 'customForm', formFields: { values: [{ fieldLabel: 'Size', fieldType: 'dropdown', fieldOptions: { values: [{ option: ' ' }] } }] } }),
		).toThrow('Form Fields › Field 1 › Field Options: a dropdown has no options');
		expect(() => checkResponseSetup({ responseType: 'customForm', formFields: { values: [{ fieldLabel: '' }] } })).toThrow(
			'Form Fields › Field 1 › Field Label: it is empty',
		);
	});
});

describe('messages per channel', () => {
	const one: ResponseLink[] = [{ label: 'Approve', url: APPROVE, approved: true }];
	const two: ResponseLink[] = [...one, { label: 'Decline', url: DECLINE, approved: false }];

	it('WhatsApp, one link: a call-to-action URL button', () => {
		expect(whatsAppSendAndWait(' Publish the campaign? ', one)).toEqual({
			type: 'interactive',
			interactive: {
				type: 'cta_url',
				body: { text: 'Publish the campaign?' },
				action: { name: 'cta_url', parameters: { display_text: 'Approve', url: APPROVE } },
			},
		});
	});

	it('WhatsApp, two links: text with both links written out', () => {
		expect(whatsAppSendAndWait('Publish?', two)).toEqual({
			type: 'text',
			text: `Publish?\n\nApprove:\n${APPROVE}\n\nDecline:\n${DECLINE}`,
		});
	});

	it('WhatsApp, one link and a message longer than a button message takes: text', () => {
		const message = 'x'.repeat(1025);
		expect(whatsAppSendAndWait(message, one)).toEqual({ type: 'text', text: `${message}\n\nApprove:\n${APPROVE}` });
	});

	it('Viber and RCS: text with the links', () => {
		expect(viberSendAndWait('Publish?', two)).toEqual({ type: 'text', text: textWithLinks('Publish?', two) });
		expect(rcsSendAndWait('Publish?', one)).toEqual({ type: 'text', text: `Publish?\n\nApprove:\n${APPROVE}` });
	});

	it('Viber: the message and the links must fit 1,000 characters; the error names the room left', () => {
		const room = 1000 - Array.from(textWithLinks('', two)).length;
		expect(viberSendAndWait('v'.repeat(room), two).type).toBe('text');
		expect(() => viberSendAndWait('v'.repeat(room + 1), two)).toThrow(`Message: it has ${room + 1} characters; at most ${room} are allowed`);
	});

	it('an empty message is refused', () => {
		expect(() => whatsAppSendAndWait('  ', one)).toThrow(ValidationError);
		expect(() => rcsSendAndWait(undefined, one)).toThrow('Message: it is empty');
	});
});

describe('wait limit', () => {
	const now = new Date('2026-12-03T10:00:00.000Z');

	it('no limit: wait until someone answers', () => {
		expect(waitLimit(undefined, now)).toBeUndefined();
		expect(waitLimit({}, now)).toBeUndefined();
	});

	it('an interval left unset means what the form opens with, 45 minutes', () => {
		expect(waitLimit({ limitType: 'afterTimeInterval' }, now)).toEqual(new Date('2026-12-03T10:45:00.000Z'));
		const fields = (limitWaitTime.options?.[0] as { values: INodeProperties[] }).values;
		expect(fields.find((field) => field.name === 'resumeAmount')?.default).toBe(WAIT_DEFAULT.amount);
		expect(fields.find((field) => field.name === 'resumeUnit')?.default).toBe(WAIT_DEFAULT.unit);
		expect(limitWaitTime.default).toEqual({ values: { limitType: 'afterTimeInterval', resumeAmount: WAIT_DEFAULT.amount, resumeUnit: WAIT_DEFAULT.unit } });
	});

	it('after an interval', () => {
		expect(waitLimit({ limitType: 'afterTimeInterval', resumeAmount: 45, resumeUnit: 'minutes' }, now)).toEqual(new Date('2026-12-03T10:45:00.000Z'));
		expect(waitLimit({ limitType: 'afterTimeInterval', resumeAmount: 2, resumeUnit: 'days' }, now)).toEqual(new Date('2026-12-05T10:00:00.000Z'));
	});

	it('refuses an interval under a minute', () => {
		expect(() => waitLimit({ limitType: 'afterTimeInterval', resumeAmount: 0.5, resumeUnit: 'minutes' }, now)).toThrow(
			'Limit Wait Time › Amount: 0.5 minutes is shorter than 1 minute',
		);
	});

	it('at a date and time, which must be a future date', () => {
		expect(waitLimit({ limitType: 'atSpecifiedTime', maxDateAndTime: '2026-12-04T08:00:00+08:00' }, now)).toEqual(new Date('2026-12-04T00:00:00.000Z'));
		expect(() => waitLimit({ limitType: 'atSpecifiedTime', maxDateAndTime: 'soon' }, now)).toThrow('"soon" is not a date and time');
		expect(() => waitLimit({ limitType: 'atSpecifiedTime', maxDateAndTime: '2026-12-01T00:00:00Z' }, now)).toThrow('has already passed');
	});
});
