/**
 * The "Simple Values" way to fill a template's variables, made for AI agents (`$fromAI`) and
 * expressions: a list of values in the template's order, or an object of variable → value. It is
 * checked against the looked-up template like the mapper: a missing, extra or repeated variable is
 * named, with the full list of what the template takes, so an agent can correct its call.
 */
import { LABELS } from '../labels';
import { ValidationError } from '../validation/error';
import { fieldPath } from '../validation/fieldPath';
import { tryParse } from '../validation/json';
import { hasOwnText } from '../validation/text';

/** A variable of the chosen template: `id` is the key the mapper uses, `displayName` its label. */
export interface SimpleVariable {
	id: string;
	displayName: string;
	/** Other keys accepted for it in an object, e.g. "1" for WhatsApp's body {{1}}. */
	aliases?: string[];
}

const label = LABELS.variableValues;

function expected(variables: SimpleVariable[]): string {
	if (variables.length === 0) return 'This template has no variables: leave the field empty.';
	// The label adds something only where it differs from the key (WhatsApp: body_1 is "Body {{1}}").
	const list = variables
		.map((variable) => (variable.displayName === variable.id ? `"${variable.id}"` : `"${variable.id}" (${variable.displayName})`))
		.join(', ');
	return `The template takes ${variables.length} ${variables.length === 1 ? 'value' : 'values'}, in this order: ${list}. Give a list with one value each, or an object with these keys.`;
}

function scalar(value: unknown, where: string, variables: SimpleVariable[]): string {
	if (value === null || value === undefined) return '';
	// A date ($now, a Date) reads as its text, as it does in the variable fields.
	if (typeof value === 'object' && (Array.isArray(value) || !hasOwnText(value))) {
		throw new ValidationError(fieldPath(label, where), 'it is an object or a list; a variable takes text', expected(variables));
	}
	return String(value);
}

/**
 * The values keyed by variable id, ready for the template's payload builder (which checks each
 * value: empty, length, link). Throws when the shape does not fit the template.
 */
export function readSimpleTemplateValues(raw: unknown, variables: SimpleVariable[]): Record<string, string> {
	const parsed = parse(raw, variables);
	if (parsed === undefined || parsed === null || (Array.isArray(parsed) && parsed.length === 0)) {
		if (variables.length === 0) return {};
		throw new ValidationError(label, `it is empty, and the template needs ${variables.length === 1 ? 'a value' : `${variables.length} values`}`, expected(variables));
	}
	if (Array.isArray(parsed)) return fromList(parsed, variables);
	if (typeof parsed === 'object' && !hasOwnText(parsed)) return fromObject(parsed as Record<string, unknown>, variables);
	// One bare value (a number, a quoted text, a date) fits a one-variable template.
	if (variables.length === 1) return { [variables[0].id]: scalar(parsed, variables[0].id, variables) };
	throw new ValidationError(label, `it is a single value (${JSON.stringify(typeof parsed === 'object' ? String(parsed) : parsed)})`, expected(variables));
}

/**
 * JSON, or what an expression produced (a list or object as is). Plain text that is not JSON is
 * taken as the value of a one-variable template (what an agent most often sends for it).
 */
function parse(raw: unknown, variables: SimpleVariable[]): unknown {
	if (typeof raw !== 'string') return raw;
	if (raw.trim() === '') return undefined;
	const json = tryParse(raw);
	if (json.ok) return json.value;
	if (variables.length === 1 && !/^\s*[[{"]/.test(raw)) return raw;
	throw new ValidationError(label, `it is not valid JSON (${json.message})`, expected(variables));
}

function fromList(list: unknown[], variables: SimpleVariable[]): Record<string, string> {
	if (list.length !== variables.length) {
		const missing = variables.slice(list.length).map((variable) => `"${variable.id}"`);
		const problem =
			list.length < variables.length
				? `it has ${list.length} of the template's ${variables.length} values; missing ${missing.join(', ')}`
				: `it has ${list.length} values; the template has ${variables.length === 0 ? 'no variables' : `only ${variables.length}`}`;
		throw new ValidationError(label, problem, expected(variables));
	}
	const values: Record<string, string> = {};
	variables.forEach((variable, index) => {
		values[variable.id] = scalar(list[index], variable.id, variables);
	});
	return values;
}

function fromObject(object: Record<string, unknown>, variables: SimpleVariable[]): Record<string, string> {
	const byKey = new Map<string, SimpleVariable>();
	for (const variable of variables) {
		for (const key of [variable.id, ...(variable.aliases ?? [])]) byKey.set(key, variable);
	}
	const unknown = Object.keys(object).filter((key) => !byKey.has(key));
	if (unknown.length > 0) {
		const names = unknown.map((key) => `"${key}"`).join(', ');
		throw new ValidationError(label, `the template has no variable ${names}`, expected(variables));
	}
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(object)) {
		const variable = byKey.get(key) as SimpleVariable;
		if (variable.id in values) {
			throw new ValidationError(label, `"${variable.id}" is given twice (as "${variable.id}" and as one of ${(variable.aliases ?? []).map((alias) => `"${alias}"`).join(', ')})`, expected(variables));
		}
		values[variable.id] = scalar(value, key, variables);
	}
	const missing = variables.filter((variable) => !(variable.id in values)).map((variable) => `"${variable.id}"`);
	if (missing.length > 0) {
		throw new ValidationError(label, `the template also needs ${missing.join(', ')}`, expected(variables));
	}
	return values;
}
