import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { getManyFields, nameContainsFilter, statusFilter } from '../../descriptions/getManyFields';
import { optionsCollection } from '../../descriptions/options';
import { simplifyField } from '../../descriptions/templateOutput';
import { API_PATHS, GET_MANY_DEFAULT_LIMIT } from '../../helpers/constants/api';
import { RCS_TEMPLATE_STATUSES } from '../../helpers/constants/rcsTemplate';
import type { TemplateFilters } from '../../helpers/templates/filters';
import { templateFilter } from '../../helpers/templates/filters';
import { simplifyRcsTemplate } from '../../helpers/templates/rcs/simplify';
import { apiRequestAllItems } from '../../transport';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	...getManyFields('templates', [
		statusFilter(RCS_TEMPLATE_STATUSES),
		{
			displayName: 'Template Type',
			name: 'type',
			type: 'options',
			options: [
				{ name: 'Carousel', value: 'carousel' },
				{ name: 'Rich Card', value: 'richcard' },
				{ name: 'Text', value: 'text' },
			],
			default: 'text',
			description: 'Only templates of this type',
		},
		{
			displayName: 'Category',
			name: 'category',
			type: 'options',
			options: [
				{ name: 'Authentication', value: 'AUTHENTICATION' },
				{ name: 'Promotion', value: 'PROMOTION' },
				{ name: 'Transaction', value: 'TRANSACTION' },
			],
			default: 'PROMOTION',
			description: 'Only templates in this category',
		},
		nameContainsFilter('templates'),
	]),
	simplifyField(),
	optionsCollection(),
];

/** RCS templates, one item each (REFERENCE §8.8), filtered while paging. */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, GET_MANY_DEFAULT_LIMIT) as number);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as TemplateFilters;
	const templates = await apiRequestAllItems.call(
		this,
		{ api: 'management', method: 'GET', path: API_PATHS.rcsTemplates },
		{ returnAll, limit, idField: 'template_id', filter: templateFilter(filters) },
		{ ...settings.transport, itemIndex },
	);
	return this.getNodeParameter('simplify', itemIndex, true) ? templates.map(simplifyRcsTemplate) : templates;
}
