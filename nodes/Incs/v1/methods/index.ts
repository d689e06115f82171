import type { INodeType } from 'n8n-workflow';

import * as templateListSearch from './listSearch';
import * as templateResourceMapping from './resourceMapping';

/** listSearch, loadOptions and resourceMapping methods of the INCS node, by kind. */
export const methods: NonNullable<INodeType['methods']> = {
	listSearch: { ...templateListSearch },
	loadOptions: {},
	resourceMapping: { ...templateResourceMapping },
};
