import type { INodeType } from 'n8n-workflow';

/** listSearch, loadOptions and resourceMapping methods of the INCS node, by kind. */
export const methods: NonNullable<INodeType['methods']> = {
	listSearch: {},
	loadOptions: {},
	resourceMapping: {},
};
