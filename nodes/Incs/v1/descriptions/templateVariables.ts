import type { INodeProperties } from 'n8n-workflow';

import { LABELS } from '../helpers/labels';

interface VariablesSpec {
	/** resourceMapping method that lists the chosen template's variables. */
	method: string;
	/** Whether input fields named like the variables can fill them automatically (RCS names are words). */
	autoMap: boolean;
	/**
	 * The JSON field for power users: name, label, a full example (shown under the box) and what
	 * it holds. The box opens with `empty`, valid JSON meaning "no variables": not the example,
	 * because n8n does not save a value equal to the default, so a workflow saved with the box
	 * left empty would start sending the example's values if the default changed to it.
	 */
	json: { name: string; label: string; example: string; empty: string; description: string };
	/** The "Simple Values" field (for AI agents and expressions): an example and what keys it takes. */
	simple: { example: string; description: string };
	/** Other parameters whose change reloads the variable fields (besides the template). */
	dependsOn?: string[];
}

/**
 * One picker for how variables are filled. n8n's own "Mapping Column Mode" (the mapper's
 * auto-map) is switched off and offered here as "From Input Fields", so RCS shows one mode
 * picker, not two stacked. Workflows saved with the mapper in auto-map still fill from the input
 * (actions/shared/sendMessage.ts reads the saved mapping mode).
 */
const INPUT_FIELDS_MODE = 'inputFields';

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
				...(spec.autoMap
					? [{ name: 'From Input Fields', value: INPUT_FIELDS_MODE, description: 'Each variable takes the input field of the same name' }]
					: []),
				{ name: 'JSON', value: 'json', description: 'Write the values as JSON yourself, e.g. from an expression' },
				{
					name: 'Simple Values',
					value: 'simple',
					description: "A list of values in the template's order, or an object of variable → value; made for AI agents ($fromAI) and expressions",
				},
			],
			default: 'mapper',
		},
		...(spec.autoMap
			? [
					{
						displayName:
							'Each variable is filled from the input field with its name, e.g. [product] from {{ $json.product }}. Pick the template to check its variable names under Map Each Variable.',
						name: 'inputFieldsNotice',
						type: 'notice',
						default: '',
						displayOptions: { show: { variablesMode: [INPUT_FIELDS_MODE] } },
					} satisfies INodeProperties,
				]
			: []),
		{
			displayName: LABELS.variables,
			name: 'variables',
			type: 'resourceMapper',
			noDataExpression: true,
			default: { mappingMode: 'defineBelow', value: null },
			required: true,
			typeOptions: {
				loadOptionsDependsOn: ['template.value', ...(spec.dependsOn ?? [])],
				resourceMapper: {
					resourceMapperMethod: spec.method,
					mode: 'add',
					fieldWords: { singular: 'variable', plural: 'variables' },
					valuesLabel: 'Values of the Template Variables',
					addAllFields: true,
					multiKeyMatch: false,
					supportAutoMap: false,
				},
			},
			displayOptions: { show: { variablesMode: ['mapper'] } },
		},
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- the default is set, from the spec (the rule reads literals only)
		{
			displayName: spec.json.label,
			name: spec.json.name,
			type: 'json',
			default: spec.json.empty,
			hint: `${spec.json.description} Example: ${spec.json.example}`,
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

export function whatsAppVariablesFields(dependsOn: string[] = []): INodeProperties[] {
	return variablesFields({
		dependsOn,
		method: 'getWhatsAppTemplateVariables',
		autoMap: false,
		json: {
			name: 'componentsJson',
			label: LABELS.componentsJson,
			example: '[{"type":"body","parameters":[{"type":"text","text":"Alex"}]}]',
			empty: '[]',
			description:
				'The template components as INCS takes them: lowercase "header", "body" and "button" entries with their parameters; [] for a template without variables.',
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
			empty: '{}',
			description: 'Every [variable] of the template by name; {} for a template without variables.',
		},
		simple: {
			example: 'e.g. ["Alex", "ORD0001"] or {"name": "Alex", "order_id": "ORD0001"}',
			description:
				'The values in the order the [variables] first appear in the template, or an object of variable name → value. Use {{ $fromAI(\'variables\', \'…\', \'json\') }} to let an AI agent fill it.',
		},
	});
}
