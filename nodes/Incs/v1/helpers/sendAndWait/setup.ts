import {
	APPROVAL_TYPES,
	DEFAULT_APPROVE_LABEL,
	DEFAULT_DECLINE_LABEL,
	DEFAULT_RESPOND_LABEL,
	FORM_FIELD_LABEL_MAX,
	FORM_FIELD_TYPES,
	FORM_FIELDS_MAX,
	RESPONSE_LABEL_MAX,
	SEND_AND_WAIT_RESPONSE_TYPES,
} from '../constants/sendAndWait';
import { fieldPath } from '../validation/fieldPath';
import { ValidationError } from '../validation/error';
import { optionalText, requiredText } from '../validation/text';
import { checkCount, checkOneOf, checkUnique } from '../validation/values';
import type { FormField, ResponseSetup } from './types';

/** Field labels of the operation, shared by the description and the checks. */
export const SEND_AND_WAIT_LABELS = {
	responseType: 'Response Type',
	approvalType: 'Type of Approval',
	approveLabel: 'Approve Button Label',
	declineLabel: 'Decline Button Label',
	respondLabel: 'Message Button Label',
	formFields: 'Form Fields',
	formField: 'Field',
	fieldLabel: 'Field Label',
	fieldType: 'Field Type',
	fieldOptions: 'Field Options',
	placeholder: 'Placeholder',
} as const;

const L = SEND_AND_WAIT_LABELS;

/** The parameters as n8n hands them over (n8n's names), before any check. */
export interface ResponseSetupInput {
	responseType: unknown;
	approvalOptions?: { values?: { approvalType?: unknown; approveLabel?: unknown; disapproveLabel?: unknown } };
	messageButtonLabel?: unknown;
	formFields?: { values?: RawFormField[] };
}

export interface RawFormField {
	fieldLabel?: unknown;
	fieldType?: unknown;
	requiredField?: unknown;
	placeholder?: unknown;
	fieldOptions?: { values?: Array<{ option?: unknown }> };
}

function label(field: string, value: unknown, fallback: string): string {
	return optionalText(field, value, RESPONSE_LABEL_MAX)?.trim() ?? fallback;
}

export function checkResponseSetup(input: ResponseSetupInput): ResponseSetup {
	const responseType = checkOneOf(L.responseType, input.responseType ?? 'approval', SEND_AND_WAIT_RESPONSE_TYPES);
	const approval = input.approvalOptions?.values ?? {};
	return {
		responseType,
		approvalType: checkOneOf(L.approvalType, approval.approvalType ?? 'single', APPROVAL_TYPES),
		approveLabel: label(L.approveLabel, approval.approveLabel, DEFAULT_APPROVE_LABEL),
		declineLabel: label(L.declineLabel, approval.disapproveLabel, DEFAULT_DECLINE_LABEL),
		respondLabel: label(L.respondLabel, input.messageButtonLabel, DEFAULT_RESPOND_LABEL),
		fields: responseType === 'customForm' ? checkFormFields(input.formFields?.values ?? []) : [],
	};
}

export function checkFormFields(raw: RawFormField[]): FormField[] {
	checkCount(L.formFields, raw.length, 1, FORM_FIELDS_MAX, 'fields');
	const fields = raw.map((entry, index) => {
		const at = (name: string) => fieldPath(L.formFields, [L.formField, index], name);
		const type = checkOneOf(at(L.fieldType), entry.fieldType ?? 'text', FORM_FIELD_TYPES);
		const field: FormField = {
			label: requiredText(at(L.fieldLabel), entry.fieldLabel, FORM_FIELD_LABEL_MAX).trim(),
			type,
			required: entry.requiredField === true,
		};
		const placeholder = optionalText(at(L.placeholder), entry.placeholder, FORM_FIELD_LABEL_MAX);
		if (placeholder !== undefined) field.placeholder = placeholder;
		if (type === 'dropdown') field.choices = dropdownChoices(at(L.fieldOptions), entry.fieldOptions?.values ?? []);
		return field;
	});
	checkUnique((index) => fieldPath(L.formFields, [L.formField, index], L.fieldLabel), fields.map((f) => f.label), 'field label');
	return fields;
}

function dropdownChoices(field: string, values: Array<{ option?: unknown }>): string[] {
	const choices = values.map((value) => (typeof value.option === 'string' ? value.option.trim() : '')).filter((c) => c !== '');
	if (choices.length === 0) {
		throw new ValidationError(field, 'a dropdown has no options', `Add at least one option under "${field}".`);
	}
	return choices;
}
