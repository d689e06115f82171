// WABA template definitions (§6.1): the documented fields plus Meta's component rules, since
// INCS forwards definitions to Meta.

import * as L from '../limits';
import { classifyWabaVariables, wabaPlaceholders } from '../variables';
import {
	arrayValue,
	bodyObject,
	invalid,
	objectAt,
	oneOf,
	optionalString,
	requiredString,
	requireTopLevel,
	stringValue,
	urlValue,
	type JsonObject,
} from './common';

export interface WabaTemplateInput {
	name: string;
	language: string;
	category: string;
	components: JsonObject[];
}

function header(component: JsonObject, path: string): void {
	const format = oneOf(component.format, L.WABA_HEADER_FORMATS, `${path}.format`);
	if (format === 'TEXT') {
		const text = requiredString(component, 'text', `${path}.text`, { max: L.WABA_HEADER_TEXT_MAX });
		if (wabaPlaceholders(text).length > 1) invalid(`The ${path}.text may contain at most one variable.`);
	}
}

function body(component: JsonObject, path: string): void {
	const text = requiredString(component, 'text', `${path}.text`, { max: L.WABA_BODY_TEXT_MAX });
	const variables = classifyWabaVariables(text);
	if (variables.kind === 'mixed') invalid(`The ${path}.text mixes positional and named variables.`);
	if (variables.kind === 'positional') {
		variables.numbers.forEach((n, i) => {
			if (n !== i + 1) invalid(`The ${path}.text variables must be numbered {{1}} to {{${variables.count}}} without gaps.`);
		});
	}
	if (variables.kind === 'named' && variables.names.some((name) => !/^[a-z][a-z0-9_]*$/.test(name))) {
		invalid(`The ${path}.text named variables must be lowercase letters, digits and underscores.`);
	}
}

function footer(component: JsonObject, path: string): void {
	const text = requiredString(component, 'text', `${path}.text`, { max: L.WABA_FOOTER_TEXT_MAX });
	if (wabaPlaceholders(text).length > 0) invalid(`The ${path}.text may not contain variables.`);
}

function buttons(component: JsonObject, path: string): void {
	const list = arrayValue(component.buttons, `${path}.buttons`, { min: 1, max: L.WABA_BUTTONS_MAX });
	list.forEach((value, i) => {
		const buttonPath = `${path}.buttons.${i}`;
		const button = objectAt(value, buttonPath);
		const type = oneOf(button.type, L.WABA_BUTTON_TYPES, `${buttonPath}.type`);
		switch (type) {
			case 'QUICK_REPLY':
				requiredString(button, 'text', `${buttonPath}.text`, { max: L.WABA_BUTTON_TEXT_MAX });
				break;
			case 'URL': {
				requiredString(button, 'text', `${buttonPath}.text`, { max: L.WABA_BUTTON_TEXT_MAX });
				const url = stringValue(button.url, `${buttonPath}.url`, { max: 2000 });
				const placeholders = wabaPlaceholders(url);
				// Meta allows one variable, and only as the URL's suffix.
				if (placeholders.length > 1 || (placeholders.length === 1 && !/\{\{\s*1\s*\}\}$/.test(url))) {
					invalid(`The ${buttonPath}.url may only end with the single variable {{1}}.`);
				}
				urlValue(url.replace(/\{\{\s*1\s*\}\}$/, 'x'), `${buttonPath}.url`);
				break;
			}
			case 'PHONE_NUMBER':
				requiredString(button, 'text', `${buttonPath}.text`, { max: L.WABA_BUTTON_TEXT_MAX });
				if (!/^\+?\d{7,20}$/.test(stringValue(button.phone_number, `${buttonPath}.phone_number`))) {
					invalid(`The ${buttonPath}.phone_number is invalid.`);
				}
				break;
			case 'COPY_CODE':
				optionalString(button, 'example', `${buttonPath}.example`, { max: L.WABA_COPY_CODE_MAX });
				break;
		}
	});
}

export function validateWabaTemplate(raw: unknown): WabaTemplateInput {
	const input = bodyObject(raw);
	requireTopLevel(input, 'name');
	const name = requiredString(input, 'name', 'name', { max: L.WABA_TEMPLATE_NAME_MAX });
	if (!/^[a-z0-9_]+$/.test(name)) invalid('The name may only contain lowercase letters, digits and underscores.');
	requireTopLevel(input, 'language');
	const language = requiredString(input, 'language', 'language');
	if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(language)) invalid('The language must be a language code such as en or en_US.');
	const category = oneOf(requireTopLevel(input, 'category'), L.WABA_CATEGORIES, 'category');
	const components: JsonObject[] = [];
	if (input.components !== undefined) {
		const seen = new Set<string>();
		arrayValue(input.components, 'components').forEach((value, i) => {
			const path = `components.${i}`;
			const component = objectAt(value, path);
			// Definitions use uppercase types (D22); lowercase is the send-side form.
			const type = oneOf(component.type, L.WABA_COMPONENT_TYPES, `${path}.type`);
			if (seen.has(type)) invalid(`The components may contain only one ${type}.`);
			seen.add(type);
			if (type === 'HEADER') header(component, path);
			if (type === 'BODY') body(component, path);
			if (type === 'FOOTER') footer(component, path);
			if (type === 'BUTTONS') buttons(component, path);
			components.push(component);
		});
		if (!seen.has('BODY')) invalid('The components must contain a BODY.');
	}
	return { name, language, category, components };
}
