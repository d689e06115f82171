import type { INodeProperties } from 'n8n-workflow';

/** The Simplify switch of the template operations: a compact item, or INCS's resource as returned. */
export function simplifyField(): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response instead of the raw data. Simplified: ID, name, status, category, type or language, quality and ISO dates.',
	};
}
