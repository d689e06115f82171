import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { findWhatsAppVariables, orderedWhatsAppVariables } from '../../helpers/placeholders';
import { pastedVariablesOf } from '../../helpers/templates/whatsApp/pastedVariables';
import { toMapperField } from './templateVariables';

/**
 * WhatsApp Template → Create: one example field per variable found in the Body Text, so the
 * examples follow the text instead of a list the user keeps in step. n8n reloads these columns
 * when the body text changes (`loadOptionsDependsOn`). Numbered variables come in number order.
 */
export const PASTED_BODY_NOTICE =
	'The Body Text has no variables such as {{1}} or {{first_name}}, so it needs no examples. Pasted a text with variables and n8n made Body Text an expression (fx)? Hover over Body Text and click Fixed to list them here.';

export async function getBodyVariableExamples(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	// Raw: an expression stays "={{ … }}" instead of being evaluated without input data.
	const text = this.getNodeParameter('bodyText', '', { rawExpressions: true });
	if (typeof text !== 'string' || text.trim() === '') {
		return { fields: [], emptyFieldsNotice: 'Write the Body Text first; one example field per variable then appears here.' };
	}
	// Text pasted with its variables became an expression; its {{1}} or {{first_name}} blocks are
	// still the template's variables (helpers/templates/whatsApp/pastedVariables.ts).
	const variables = text.startsWith('=') ? pastedVariablesOf(text) : findWhatsAppVariables(text);
	if (text.startsWith('=') && variables.length === 0) {
		return {
			fields: [],
			emptyFieldsNotice: 'The Body Text is an expression, so its variables are known only when the node runs. Use Define Components: Using JSON to give the examples.',
		};
	}
	if (variables.length === 0) {
		// The editor evaluates an expression before asking, so a body pasted with its variables
		// (n8n made it an expression) arrives here as "Hi 1": say how to get its fields.
		return { fields: [], emptyFieldsNotice: PASTED_BODY_NOTICE };
	}
	return { fields: orderedWhatsAppVariables(variables).map((name) => toMapperField({ id: name, displayName: `Example for {{${name}}}` })) };
}
