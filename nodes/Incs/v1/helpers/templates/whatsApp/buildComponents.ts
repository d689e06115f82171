import type { IDataObject } from 'n8n-workflow';

import { unexpected } from '../../exhaustive';
import { ValidationError } from '../../validation/error';
import { FieldPath } from '../../validation/fieldPath';
import type { WabaButtonForm, WabaComponentsForm, WabaVariableExampleForm } from './formInput';
import type { WabaComponent } from './types';
import { unusedExample, validateWabaComponents } from './validateComponents';
import type { VariableSet } from './variables';
import { analyzeVariables, variableTag } from './variables';
import { LABELS } from '../../labels';

const BODY_EXAMPLES = LABELS.bodyExamples;
const HEADER_EXAMPLE = LABELS.headerExample;

/**
 * Turns the component fields of the form into Meta template components, finding the variables in
 * the texts and pairing them with the examples the user gave, then runs the same checks as JSON
 * mode. Errors name the form fields.
 */
export function buildWabaComponents(form: WabaComponentsForm): Array<WabaComponent | IDataObject> {
	const components: IDataObject[] = [];
	const header = buildHeader(form);
	if (header) components.push(header);
	components.push(buildBody(form));
	if ((form.footerText ?? '') !== '') components.push({ type: 'FOOTER', text: form.footerText });
	const buttons = form.buttons?.button ?? [];
	if (buttons.length > 0) components.push({ type: 'BUTTONS', buttons: buttons.map(buildButton) });
	return validateWabaComponents(FieldPath.form(), components);
}

function buildHeader(form: WabaComponentsForm): IDataObject | undefined {
	switch (form.headerType) {
		case 'none':
			return undefined;
		case 'location':
			// The pin itself is a send-time value: the definition has no text and no example.
			return { type: 'HEADER', format: 'LOCATION' };
		case 'text': {
			const text = form.headerText ?? '';
			const variables = analyzeVariables(LABELS.headerText, text);
			if (variables.kind === 'none') return { type: 'HEADER', format: 'TEXT', text };
			const value = form.headerExample ?? '';
			if (value.trim() === '') {
				throw new ValidationError(
					HEADER_EXAMPLE,
					`it is empty, but the header text uses ${variables.names.map(variableTag).join(', ')}`,
					`Enter a sample value for ${variableTag(variables.names[0])}; Meta reviews the template with it.`,
				);
			}
			const example =
				variables.kind === 'named'
					? { header_text_named_params: variables.names.map((name) => ({ param_name: name, example: value })) }
					: { header_text: [value] };
			return { type: 'HEADER', format: 'TEXT', text, example };
		}
		case 'document':
		case 'image':
		case 'video':
			return mediaHeader(form.headerType, form);
		default:
			// The components check names the Header Type field.
			return mediaHeader(String(unexpected(form.headerType)), form);
	}
}

function buildBody(form: WabaComponentsForm): IDataObject {
	const text = form.bodyText ?? '';
	const variables = analyzeVariables(LABELS.bodyText, text);
	const entries = form.bodyVariableExamples?.example ?? [];
	const byName = indexExamples(entries);
	const unused = [...byName.keys()].filter((name) => !variables.names.includes(name));
	if (unused.length > 0) throw unusedExample(BODY_EXAMPLES, unused, variables.names);
	if (variables.kind === 'none') return { type: 'BODY', text };

	const absent = variables.names.filter((name) => !byName.has(name));
	if (absent.length > 0) {
		throw new ValidationError(
			BODY_EXAMPLES,
			`there is no example for ${absent.map(variableTag).join(', ')}`,
			`Add an entry per variable of the body (${variables.names.map(variableTag).join(', ')}) with a sample value; Meta reviews the template with them.`,
		);
	}
	return { type: 'BODY', text, example: bodyExample(variables, byName) };
}

function bodyExample(variables: Exclude<VariableSet, { kind: 'none' }>, byName: Map<string, string>): IDataObject {
	if (variables.kind === 'named') {
		return { body_text_named_params: variables.names.map((name) => ({ param_name: name, example: byName.get(name) })) };
	}
	return { body_text: [variables.names.map((name) => byName.get(name) as string)] };
}

/** Examples by variable name; the user may type `1`, `{{1}}` or `{{ first_name }}`. */
function indexExamples(entries: WabaVariableExampleForm[]): Map<string, string> {
	const byName = new Map<string, string>();
	entries.forEach((entry, index) => {
		const field = `${BODY_EXAMPLES} › Example ${index + 1}`;
		const name = (entry.variable ?? '').replace(/[{}\s]/g, '');
		if (name === '') {
			throw new ValidationError(`${field} › Variable`, 'it is empty', 'Enter the variable this example is for, e.g. 1 for {{1}} or first_name for {{first_name}}.');
		}
		if ((entry.value ?? '').trim() === '') {
			throw new ValidationError(`${field} › Example`, 'it is empty', `Enter a sample value for ${variableTag(name)}.`);
		}
		if (byName.has(name)) {
			throw new ValidationError(field, `${variableTag(name)} has more than one example`, 'Keep one example per variable.');
		}
		byName.set(name, entry.value as string);
	});
	return byName;
}

function mediaHeader(headerType: string, form: WabaComponentsForm): IDataObject {
	return { type: 'HEADER', format: headerType.toUpperCase(), example: { header_handle: [form.headerMediaUrl ?? ''] } };
}

function buildButton(entry: WabaButtonForm): IDataObject {
	switch (entry.type) {
		case 'COPY_CODE':
			return { type: entry.type, example: entry.code };
		case 'PHONE_NUMBER':
			return { type: entry.type, text: entry.text, phone_number: entry.phoneNumber };
		case 'URL':
			return (entry.urlExample ?? '').trim() === ''
				? { type: entry.type, text: entry.text, url: entry.url }
				: { type: entry.type, text: entry.text, url: entry.url, example: [entry.urlExample] };
		case 'QUICK_REPLY':
		case undefined:
			return { type: 'QUICK_REPLY', text: entry.text };
		default:
			// The components check names the Button Type field.
			return { type: String(unexpected(entry.type)), text: entry.text };
	}
}
