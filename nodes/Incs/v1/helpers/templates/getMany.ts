import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { RunSettings } from '../../actions/operation';
import { GET_MANY_DEFAULT_LIMIT } from '../constants/api';
import { apiRequestAllItems } from '../../transport';
import { checkInteger } from '../validation';
import type { TemplateFilters } from './filters';
import { templateFilter } from './filters';

/**
 * Get Many for either template kind: Return All or Limit, filters applied while paging (so Limit
 * counts matching templates), and the simplified or raw resource per item.
 */
export async function getManyTemplates(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	path: string,
	simplify: (template: IDataObject) => IDataObject,
): Promise<IDataObject[]> {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? undefined
		: checkInteger('Limit', context.getNodeParameter('limit', itemIndex, GET_MANY_DEFAULT_LIMIT), 1, Number.MAX_SAFE_INTEGER);
	const filters = context.getNodeParameter('filters', itemIndex, {}) as TemplateFilters;
	const templates = await apiRequestAllItems.call(
		context,
		{ api: 'management', method: 'GET', path },
		{ returnAll, limit, idField: 'template_id', filter: templateFilter(filters) },
		{ ...settings.transport, itemIndex },
	);
	return context.getNodeParameter('simplify', itemIndex, true) ? templates.map(simplify) : templates;
}
