import type { INodeProperties } from 'n8n-workflow';

export interface DefinitionInputOptions {
	displayName: string;
	name: string;
	/** What the fields describe, e.g. "the template's content". */
	what: string;
	/** What the form's fields cover. */
	fields: string;
	/** What the JSON holds. */
	json: string;
}

/** The switch of a template create between the form (`fields`) and raw JSON (`json`). */
export function definitionInputField(options: DefinitionInputOptions): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Using Fields Below', value: 'fields', description: options.fields },
			{ name: 'Using JSON', value: 'json', description: options.json },
		],
		default: 'fields',
		description: `How to describe ${options.what}`,
	};
}
