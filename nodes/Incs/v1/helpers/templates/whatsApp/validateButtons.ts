import { WHATSAPP_COUPON_CODE_MAX } from '../../constants/whatsapp';
import type { WabaButtonType } from '../../constants/whatsappTemplate';
import {
	WABA_BUTTON_LABELS,
	WABA_BUTTON_PHONE_MAX,
	WABA_BUTTON_TEXT_MAX,
	WABA_BUTTON_TYPE_MAX,
	WABA_BUTTON_TYPES,
	WABA_BUTTON_URL_MAX,
	WABA_BUTTON_URL_VARIABLES_MAX,
	WABA_BUTTONS_MAX,
} from '../../constants/whatsappTemplate';
import { PHONE_SEPARATORS } from '../../constants/phone';
import { findWhatsAppVariables } from '../../placeholders';
import { listAt, objectAt, textAt } from '../../validation/atPath';
import { ValidationError } from '../../validation/error';
import type { FieldPath } from '../../validation/fieldPath';
import { checkUrl } from '../../validation/links';
import { checkCount, checkOneOf } from '../../validation/values';
import type { WabaButton } from './types';
import { LABELS } from '../../labels';

const URL_VARIABLE = /\{\{\s*1\s*\}\}$/;

/** The `buttons` of a BUTTONS component, checked against Meta's limits (constants/whatsappTemplate.ts). */
export function validateButtons(path: FieldPath, value: unknown): WabaButton[] {
	const entries = listAt(path, value);
	checkCount(String(path), entries.length, 1, WABA_BUTTONS_MAX, 'buttons');
	const buttons = entries.map((entry, index) => validateButton(path.entry(LABELS.button, index), entry));

	for (const type of WABA_BUTTON_TYPES) {
		const count = buttons.filter((button) => button.type === type).length;
		if (count > WABA_BUTTON_TYPE_MAX[type]) {
			throw new ValidationError(
				String(path),
				`it has ${count} ${WABA_BUTTON_LABELS[type]} buttons; Meta allows at most ${WABA_BUTTON_TYPE_MAX[type]}`,
				`Remove ${WABA_BUTTON_LABELS[type]} buttons until there are ${WABA_BUTTON_TYPE_MAX[type]}.`,
			);
		}
	}
	checkQuickRepliesGrouped(String(path), buttons);
	return buttons;
}

function validateButton(path: FieldPath, value: unknown): WabaButton {
	const entry = objectAt(path, value);
	const rawType = typeof entry.type === 'string' ? entry.type.toUpperCase() : entry.type;
	const type = checkOneOf<WabaButtonType>(String(path.field(LABELS.buttonType, 'type')), rawType, WABA_BUTTON_TYPES);
	if (type === 'COPY_CODE') {
		const code = textAt(path.field(LABELS.codeExample, 'example'), entry.example, { required: true, max: WHATSAPP_COUPON_CODE_MAX });
		return { type, example: code };
	}
	const text = textAt(path.field(LABELS.text, 'text'), entry.text, { required: true, max: WABA_BUTTON_TEXT_MAX });
	if (type === 'QUICK_REPLY') return { type, text };
	if (type === 'PHONE_NUMBER') {
		return { type, text, phone_number: checkButtonPhone(path.field(LABELS.phoneNumber, 'phone_number'), entry.phone_number) };
	}
	return { type, text, ...checkUrlButton(path, entry.url, entry.example) };
}

function checkButtonPhone(path: FieldPath, value: unknown): string {
	const phone = textAt(path, value, { required: true, max: WABA_BUTTON_PHONE_MAX }).trim();
	// Checked and sent without the spaces, dashes and brackets people type.
	const compact = phone.replace(PHONE_SEPARATORS, '');
	if (!/^\+?[1-9]\d{6,14}$/.test(compact)) {
		throw new ValidationError(
			String(path),
			`"${phone}" is not a phone number with its country code`,
			'Enter the number the button calls, country code first, e.g. +852 6841 1234.',
		);
	}
	return compact;
}

/** A URL button: a fixed URL, or one ending in {{1}} with a full example URL for Meta's review. */
function checkUrlButton(path: FieldPath, rawUrl: unknown, rawExample: unknown): { url: string; example?: string[] } {
	const urlPath = path.field(LABELS.url, 'url');
	const field = String(urlPath);
	const url = textAt(urlPath, rawUrl, { required: true, max: WABA_BUTTON_URL_MAX }).trim();
	const variables = findWhatsAppVariables(url);
	if (variables.length > WABA_BUTTON_URL_VARIABLES_MAX || (variables.length === 1 && !URL_VARIABLE.test(url))) {
		throw new ValidationError(
			field,
			`it has ${variables.map((name) => `{{${name}}}`).join(', ')}; Meta allows one variable, {{1}}, at the very end`,
			'Keep the fixed part of the link and end it with {{1}}, e.g. https://example.com/orders/{{1}}.',
		);
	}
	checkUrl(field, url.replace(URL_VARIABLE, 'x'));
	if (variables.length === 0) return { url };

	const examplePath = path.field(LABELS.urlExample, 'example');
	const exampleValue = Array.isArray(rawExample) ? rawExample[0] : rawExample;
	const example = textAt(examplePath, exampleValue, { required: true, max: WABA_BUTTON_URL_MAX }).trim();
	checkUrl(String(examplePath), example);
	const prefix = url.replace(URL_VARIABLE, '');
	if (!example.startsWith(prefix) || example.length === prefix.length) {
		throw new ValidationError(
			String(examplePath),
			`"${example}" does not start with "${prefix}" followed by a sample value`,
			`Enter the full link as a customer would get it, e.g. ${prefix}summer_sale.`,
		);
	}
	return { url, example: [example] };
}

/** Meta: quick replies and the other buttons form two groups; a quick reply between other buttons is rejected. */
function checkQuickRepliesGrouped(field: string, buttons: WabaButton[]): void {
	let groups = 0;
	buttons.forEach((button, index) => {
		const quick = button.type === 'QUICK_REPLY';
		if (index === 0 || quick !== (buttons[index - 1].type === 'QUICK_REPLY')) groups++;
	});
	if (groups > 2) {
		throw new ValidationError(
			field,
			'quick reply buttons are mixed in between the other buttons',
			'Move all Quick Reply buttons together, before or after the other buttons (Meta rejects them interleaved).',
		);
	}
}
