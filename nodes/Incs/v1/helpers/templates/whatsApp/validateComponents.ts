import type { IDataObject } from 'n8n-workflow';

import { WHATSAPP_TEMPLATE_HEADER_TEXT_MAX } from '../../constants/whatsapp';
import {
	WABA_BODY_TEXT_MAX,
	WABA_FOOTER_TEXT_MAX,
	WABA_HEADER_FORMATS,
	WABA_HEADER_TEXT_VARIABLES_MAX,
} from '../../constants/whatsappTemplate';
import { findWhatsAppVariables, isNamedWhatsAppVariable } from '../../placeholders';
import { downloadUrlAt, listAt, objectAt, textAt } from '../../validation/atPath';
import { ValidationError } from '../../validation/error';
import type { FieldPath } from '../../validation/fieldPath';
import { checkOneOf } from '../../validation/values';
import type { BodyExample, NamedExample, TextHeaderExample, WabaComponent, WabaHeaderComponent } from './types';
import { validateButtons } from './validateButtons';
import type { VariableSet } from './variables';
import { analyzeVariables, variableTag } from './variables';
import { LABELS } from '../../labels';

/** Header sample URLs hold no placeholders. */
const NO_PLACEHOLDER = /(?!)/;

/**
 * Checks template components against Meta's rules (constants/whatsappTemplate.ts) and returns them
 * with uppercase `type`. Known kinds are rebuilt field by field; kinds the node does not know
 * (e.g. CAROUSEL from JSON mode) pass through unchanged, since Meta, not the node, defines them.
 */
export function validateWabaComponents(root: FieldPath, value: unknown): Array<WabaComponent | IDataObject> {
	const entries = listAt(root, value);
	const seen = new Set<string>();
	const components = entries.map((entry, index) => {
		const path = root.entry(undefined, index);
		const component = objectAt(path, entry);
		const type = typeof component.type === 'string' ? component.type.trim().toUpperCase() : '';
		if (type === '') {
			throw new ValidationError(String(path.field(LABELS.type, 'type')), 'it is missing', 'Give every component a "type": HEADER, BODY, FOOTER or BUTTONS.');
		}
		if (seen.has(type)) {
			throw new ValidationError(String(root), `it has more than one ${type} component`, `Keep one ${type} component.`);
		}
		seen.add(type);
		return validateComponent(path, type, component);
	});
	if (!seen.has('BODY')) {
		throw new ValidationError(String(root), 'it has no BODY component; Meta requires one', 'Add the body text of the template.');
	}
	return components;
}

function validateComponent(path: FieldPath, type: string, component: IDataObject): WabaComponent | IDataObject {
	switch (type) {
		case 'HEADER':
			return validateHeader(path, component);
		case 'BODY':
			return validateBody(path, component);
		case 'FOOTER': {
			const textPath = path.field(LABELS.footerText, 'text');
			const text = textAt(textPath, component.text, { required: true, max: WABA_FOOTER_TEXT_MAX });
			if (findWhatsAppVariables(text).length > 0) {
				throw new ValidationError(String(textPath), 'it holds a variable; Meta does not allow variables in the footer', 'Remove the {{…}} variable from the footer.');
			}
			return { type: 'FOOTER', text };
		}
		case 'BUTTONS':
			return { type: 'BUTTONS', buttons: validateButtons(path.field(LABELS.buttons, 'buttons'), component.buttons) };
		default:
			return { ...component, type };
	}
}

function validateHeader(path: FieldPath, component: IDataObject): WabaHeaderComponent | IDataObject {
	const rawFormat = typeof component.format === 'string' ? component.format.toUpperCase() : component.format;
	const format = checkOneOf(String(path.field(LABELS.headerType, 'format')), rawFormat, WABA_HEADER_FORMATS);
	if (format === 'LOCATION') return { ...component, type: 'HEADER', format };
	if (format !== 'TEXT') {
		const examplePath = path.field(LABELS.headerSampleUrl, 'example');
		const example = objectAt(examplePath, component.example ?? {});
		const handles = listAt(examplePath.field(undefined, 'header_handle'), example.header_handle);
		const url = downloadUrlAt(examplePath.field(undefined, 'header_handle').entry(undefined, 0), handles[0], NO_PLACEHOLDER);
		return { type: 'HEADER', format, example: { header_handle: [url] } };
	}

	const textPath = path.field(LABELS.headerText, 'text');
	const text = textAt(textPath, component.text, { required: true, max: WHATSAPP_TEMPLATE_HEADER_TEXT_MAX });
	const variables = analyzeVariables(String(textPath), text);
	if (variables.names.length > WABA_HEADER_TEXT_VARIABLES_MAX) {
		throw new ValidationError(
			String(textPath),
			`it has ${variables.names.length} variables; Meta allows at most ${WABA_HEADER_TEXT_VARIABLES_MAX} in a text header`,
			'Keep one variable in the header and move the others to the body.',
		);
	}
	if (variables.kind === 'none') return { type: 'HEADER', format, text };
	const example = readExamples(path.field(LABELS.headerExample, 'example'), component.example, variables, 'header_text');
	return { type: 'HEADER', format, text, example: example as TextHeaderExample };
}

function validateBody(path: FieldPath, component: IDataObject): WabaComponent {
	const textPath = path.field(LABELS.bodyText, 'text');
	const text = textAt(textPath, component.text, { required: true, max: WABA_BODY_TEXT_MAX });
	const variables = analyzeVariables(String(textPath), text);
	if (variables.kind === 'none') return { type: 'BODY', text };
	const example = readExamples(path.field(LABELS.bodyExamples, 'example'), component.example, variables, 'body_text');
	return { type: 'BODY', text, example: example as BodyExample };
}

/**
 * Meta's `example` for a text with variables: `{ body_text: [[v1, v2]] }` / `{ header_text: [v1] }`
 * for numbered variables, `{ body_text_named_params: [{ param_name, example }] }` for named ones.
 * Every variable needs exactly one example value.
 */
function readExamples(
	path: FieldPath,
	value: unknown,
	variables: Exclude<VariableSet, { kind: 'none' }>,
	key: 'body_text' | 'header_text',
): IDataObject {
	const field = String(path);
	const missing = (names: string[]) =>
		new ValidationError(
			field,
			`there is no example for ${names.map(variableTag).join(', ')}`,
			`Add an example value for each variable in the text (${variables.names.map(variableTag).join(', ')}); Meta reviews the template with them.`,
		);
	if (value === undefined || value === null) throw missing(variables.names);
	const example = objectAt(path, value);

	if (variables.kind === 'named') {
		const namedPath = path.field(undefined, `${key}_named_params`);
		const entries = listAt(namedPath, example[`${key}_named_params`]).map((entry, index): NamedExample => {
			const entryPath = namedPath.entry(LABELS.example, index);
			const object = objectAt(entryPath, entry);
			return {
				param_name: textAt(entryPath.field(LABELS.variable, 'param_name'), object.param_name, { required: true }).trim(),
				example: textAt(entryPath.field(LABELS.example, 'example'), object.example, { required: true }),
			};
		});
		const given = new Set(entries.map((entry) => entry.param_name));
		const absent = variables.names.filter((name) => !given.has(name));
		if (absent.length > 0) throw missing(absent);
		const unused = entries.filter((entry) => !variables.names.includes(entry.param_name));
		if (unused.length > 0) throw unusedExample(field, unused.map((entry) => entry.param_name), variables.names);
		return { [`${key}_named_params`]: variables.names.map((name) => entries.find((entry) => entry.param_name === name) as NamedExample) };
	}

	const positionalPath = path.field(undefined, key);
	const raw = example[key];
	const row = key === 'body_text' && Array.isArray(raw) ? raw[0] : raw;
	const values = listAt(positionalPath, row).map((entry, index) =>
		textAt(positionalPath.entry(undefined, index), entry, { required: true }),
	);
	if (values.length < variables.names.length) throw missing(variables.names.slice(values.length));
	if (values.length > variables.names.length) {
		throw new ValidationError(
			field,
			`it has ${values.length} example values for ${variables.names.length} variables`,
			'Give exactly one example value per variable, in the order {{1}}, {{2}}, ….',
		);
	}
	return { [key]: key === 'body_text' ? [values] : values };
}

export function unusedExample(field: string, names: string[], variables: string[]): ValidationError {
	const used = variables.length > 0 ? variables.map(variableTag).join(', ') : 'no variables';
	return new ValidationError(
		field,
		`there is an example for ${names.map(variableTag).join(', ')}, which the text does not use (it uses ${used})`,
		'Remove that example, or fix the variable name in the text.',
	);
}

/** Whether any text of these components uses named variables (then Meta wants `parameter_format: NAMED`). */
export function usesNamedVariables(components: Array<WabaComponent | IDataObject>): boolean {
	return components.some((component) => {
		const text = (component as IDataObject).text;
		if (typeof text !== 'string') return false;
		return findWhatsAppVariables(text).some(isNamedWhatsAppVariable);
	});
}
