/**
 * RCS template variables: every `[name]` placeholder anywhere in the template (text, card titles
 * and descriptions, suggestion labels, postback data, URLs, media URLs — INCS "RCS Templates API: Create template" (content by type)), sent as
 * the `parameters` object keyed by name (INCS "Send RCS message"). INCS rejects a send that misses one
 * (code 10004), so all are required.
 */
import { findRcsVariables } from '../placeholders';
import { ValidationError } from '../validation/error';
import { parseJson } from '../validation/json';
import { describeNonText, requireText } from '../validation/text';
import { LABELS } from '../labels';
import { fieldPath } from '../validation/fieldPath';

export type RcsVariableField = { id: string; displayName: string };

/** Where a variable appears, in the words of the RCS template form (INCS "RCS Templates API: Create template" (content by type)). */
const PLACES: Record<string, string> = {
	textMessage: 'Text',
	cardTitle: 'Card Title',
	cardDescription: 'Card Description',
	mediaUrl: 'Media URL',
	thumbnailUrl: 'Thumbnail URL',
	text: 'Suggestion Label',
	postbackData: 'Postback Data',
	url: 'Suggestion URL',
	phoneNumber: 'Phone Number',
	query: 'Location Query',
	label: 'Location Label',
	title: 'Event Title',
	description: 'Description',
};

/** Every text of the template that holds a variable, with the name of its place in the form. */
export function rcsTextsWithVariables(content: unknown): Array<{ place: string; text: string }> {
	const texts: Array<{ place: string; text: string }> = [];
	const visit = (node: unknown, key: string): void => {
		if (typeof node === 'string') {
			if (findRcsVariables(node).length > 0) texts.push({ place: PLACES[key] ?? key, text: node });
		} else if (Array.isArray(node)) {
			node.forEach((child) => visit(child, key));
		} else if (typeof node === 'object' && node !== null) {
			for (const [childKey, child] of Object.entries(node)) visit(child, childKey);
		}
	};
	visit(content, '');
	return texts;
}

/** One field per distinct variable, in order of first appearance. */
export function describeRcsTemplateVariables(content: unknown): RcsVariableField[] {
	// The label is the variable's own name, short enough for n8n's one-line mapper labels; where it
	// sits is shown once for the whole template (describeRcsTemplateText).
	return findRcsVariables(content).map((variable) => ({ id: variable, displayName: variable }));
}

/** The `parameters` object, or undefined for a template without variables. */
export function buildRcsParameters(
	fields: RcsVariableField[],
	values: Record<string, unknown>,
	trim = true,
): Record<string, string> | undefined {
	if (fields.length === 0) return undefined;
	const parameters: Record<string, string> = {};
	for (const field of fields) {
		const text = requireText(
			fieldPath(LABELS.variables, field.displayName),
			values[field.id],
			`Map a value to "${field.id}": INCS rejects an RCS template send that misses any variable.`,
		);
		parameters[field.id] = trim ? text.trim() : text;
	}
	return parameters;
}

/** JSON mode: an object of variable name → value. Values are sent as strings. */
export function parseParametersJson(value: unknown): Record<string, string> | undefined {
	const label = LABELS.parametersJson;
	const parsed = parseJson(label, value, '{"name": "Alex", "order_id": "ORD0001"}');
	if (parsed === undefined || parsed === null) return undefined;
	if (typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new ValidationError(label, 'it is not a JSON object', 'Enter the variables as an object: {"name": "Alex"}.');
	}
	const parameters: Record<string, string> = {};
	for (const [name, entry] of Object.entries(parsed)) {
		if (typeof entry === 'object' && entry !== null) {
			throw new ValidationError(fieldPath(label, name), `it is ${describeNonText(entry)}; variables take text`, `Give "${name}" a text value.`);
		}
		parameters[name] = entry === null || entry === undefined ? '' : String(entry);
	}
	return Object.keys(parameters).length > 0 ? parameters : undefined;
}

/** Names the template needs that the JSON leaves out or empty. */
export function checkRcsParametersComplete(fields: RcsVariableField[], parameters: Record<string, string> | undefined): void {
	const missing = fields.filter((field) => (parameters?.[field.id] ?? '').trim() === '').map((field) => field.id);
	if (missing.length > 0) {
		throw new ValidationError(
			LABELS.parametersJson,
			`the template needs ${missing.map((name) => `"${name}"`).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} missing or empty`,
			'Add every variable of the template: INCS rejects the send otherwise (code 10004).',
		);
	}
}
