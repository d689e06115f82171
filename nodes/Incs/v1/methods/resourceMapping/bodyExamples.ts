import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { findWhatsAppVariables, isNamedWhatsAppVariable } from '../../helpers/placeholders';

/**
 * WhatsApp Template → Create: one example field per variable found in the Body Text, so the
 * examples follow the text instead of a list the user keeps in step. n8n reloads these columns
 * when the body text changes (`loadOptionsDependsOn`). Numbered variables come in number order.
 */
export async function getBodyVariableExamples(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	// Raw: an expression stays "={{ … }}" instead of being evaluated without input data.
	const text = this.getNodeParameter('bodyText', '', { rawExpressions: true });
	if (typeof text !== 'string' || text.trim() === '') {
		return { fields: [], emptyFieldsNotice: 'Write the Body Text first; one example field per variable then appears here.' };
	}
	if (text.startsWith('=')) {
		return {
			fields: [],
			emptyFieldsNotice: 'The Body Text is an expression, so its variables are known only when the node runs. Use Define Components: Using JSON to give the examples.',
		};
	}
	const variables = findWhatsAppVariables(text);
	if (variables.length === 0) {
		return { fields: [], emptyFieldsNotice: 'The Body Text has no variables such as {{1}} or {{first_name}}, so it needs no examples.' };
	}
	const ordered = variables.every((name) => !isNamedWhatsAppVariable(name)) ? [...variables].sort((a, b) => Number(a) - Number(b)) : variables;
	return {
		fields: ordered.map((name) => ({
			id: name,
			displayName: `Example for {{${name}}}`,
			required: true,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type: 'string',
		})),
	};
}
