import type { INodeProperties } from 'n8n-workflow';

import { LABELS } from '../helpers/labels';

interface VariablesSpec {
	/** resourceMapping method that lists the chosen template's variables. */
	method: string;
	/** Whether input fields named like the variables can fill them automatically (RCS names are words). */
	autoMap: boolean;
	/** The JSON field for power users: name, label, example and what it holds. */
	json: { name: string; label: string; example: string; description: string };
	/** The "Simple Values" field (for AI agents and expressions): an example and what keys it takes. */
	simple: { example: string; description: string };
}

/** How the template's variables are filled in: generated fields (default) or raw JSON. */
function variablesFields(spec: VariablesSpec): INodeProperties[] {
	return [
		{
			displayName: 'Variables Mode',
			name: 'variablesMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Map Each Variable', value: 'mapper', description: 'One field per variable of the chosen template' },
				{ name: 'JSON', value: 'json', description: 'Write the values as JSON yourself, e.g. from an expression' },
				{
					name: 'Simple Values',
					value: 'simple',
					description: "A list of values in the template's order, or an object of variable → value; made for AI agents ($fromAI) and expressions",
				},
			],
			default: 'mapper',
		},
		{
			displayName: LABELS.variables,
			name: 'variables',
			type: 'resourceMapper',
			noDataExpression: true,
			default: { mappingMode: 'defineBelow', value: null },
			required: true,
			typeOptions: {
				loadOptionsDependsOn: ['template.value'],
				resourceMapper: {
					resourceMapperMethod: spec.method,
					mode: 'add',
					fieldWords: { singular: 'variable', plural: 'variables' },
					addAllFields: true,
					multiKeyMatch: false,
					supportAutoMap: spec.autoMap,
					noFieldsError: 'This template has no variables: it is sent exactly as approved.',
				},
			},
			displayOptions: { show: { variablesMode: ['mapper'] } },
		},
		{
			displayName: spec.json.label,
			name: spec.json.name,
			type: 'json',
			default: '',
			placeholder: spec.json.example,
			description: spec.json.description,
			displayOptions: { show: { variablesMode: ['json'] } },
		},
		{
			displayName: LABELS.variableValues,
			name: 'variableValues',
			type: 'string',
			default: '',
			placeholder: spec.simple.example,
			description: spec.simple.description,
			hint: 'Checked against the template before sending: a missing or unknown variable is named, with the list the template takes',
			displayOptions: { show: { variablesMode: ['simple'] } },
		},
	];
}

export function whatsAppVariablesFields(): INodeProperties[] {
	return variablesFields({
		method: 'getWhatsAppTemplateVariables',
		autoMap: false,
		json: {
			name: 'componentsJson',
			label: LABELS.componentsJson,
			example: '[{"type":"body","parameters":[{"type":"text","text":"Alex"}]}]',
			description:
				'The template components as INCS takes them: lowercase "header", "body" and "button" entries with their parameters. Leave empty for a template without variables.',
		},
		simple: {
			example: 'e.g. ["Alex", "A-1001"] or {"1": "Alex", "2": "A-1001"}',
			description:
				'The values in the order the template uses them (header, body {{1}}, {{2}}…, buttons), or an object keyed by variable: "1" or "body_1" for body {{1}}, "header_text", "header_image_url", "button_0_url_suffix"… Use {{ $fromAI(\'variables\', \'…\', \'json\') }} to let an AI agent fill it.',
		},
	});
}

export function rcsVariablesFields(): INodeProperties[] {
	return variablesFields({
		method: 'getRcsTemplateVariables',
		autoMap: true,
		json: {
			name: 'parametersJson',
			label: LABELS.parametersJson,
			example: '{"name": "Alex", "order_id": "ORD0001"}',
			description:
				'Every [variable] of the template by name, e.g. {"name": "Alex"}. Leave empty for a template without variables.',
		},
		simple: {
			example: 'e.g. ["Alex", "ORD0001"] or {"name": "Alex", "order_id": "ORD0001"}',
			description:
				'The values in the order the [variables] first appear in the template, or an object of variable name → value. Use {{ $fromAI(\'variables\', \'…\', \'json\') }} to let an AI agent fill it.',
		},
	});
}
