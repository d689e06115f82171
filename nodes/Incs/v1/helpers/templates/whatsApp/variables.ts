import { findWhatsAppVariables, isNamedWhatsAppVariable } from '../../placeholders';
import { ValidationError } from '../../validation/error';

/**
 * The variables of one WhatsApp template text. Meta accepts either numbered variables, which must
 * be {{1}}, {{2}}, … without gaps, or named ones ({{first_name}}), never both in one template.
 */
export type VariableSet =
	| { kind: 'none'; names: string[] }
	| { kind: 'positional'; names: string[] }
	| { kind: 'named'; names: string[] };

export function analyzeVariables(field: string, text: string): VariableSet {
	const names = findWhatsAppVariables(text);
	if (names.length === 0) return { kind: 'none', names: [] };
	const numbered = names.filter((name) => !isNamedWhatsAppVariable(name));
	if (numbered.length > 0 && numbered.length < names.length) {
		throw new ValidationError(
			field,
			`it mixes numbered and named variables (${names.map((name) => `{{${name}}}`).join(', ')})`,
			'Use either numbered variables ({{1}}, {{2}}) or named ones ({{first_name}}) in the whole template, not both.',
		);
	}
	if (numbered.length === 0) {
		// Meta: named parameters are lowercase letters, digits and underscores, starting with a letter.
		const bad = names.find((name) => !/^[a-z][a-z0-9_]*$/.test(name));
		if (bad !== undefined) {
			throw new ValidationError(
				field,
				`the variable {{${bad}}} does not start with a lowercase letter`,
				'Start named variables with a letter, e.g. {{first_name}}, {{order_2}}.',
			);
		}
		return { kind: 'named', names };
	}

	const sorted = numbered.map(Number).sort((a, b) => a - b);
	const gap = sorted.findIndex((number, index) => number !== index + 1);
	if (gap !== -1) {
		throw new ValidationError(
			field,
			`its numbered variables are ${sorted.map((n) => `{{${n}}}`).join(', ')}; Meta needs them to run {{1}}, {{2}}, … without gaps`,
			`Renumber the variables so they start at {{1}} and the next one is {{${gap + 1}}}.`,
		);
	}
	return { kind: 'positional', names: sorted.map(String) };
}

export const variableTag = (name: string): string => `{{${name}}}`;
