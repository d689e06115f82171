import type { INodeProperties } from 'n8n-workflow';

/** The Name field of a template create; the channel says which names it takes. */
export function templateNameField(placeholder: string, rule: string): INodeProperties {
	return { displayName: 'Name', name: 'name', type: 'string', default: '', required: true, placeholder, hint: rule };
}
