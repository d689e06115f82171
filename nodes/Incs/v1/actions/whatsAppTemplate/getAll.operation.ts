import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { getManyFields, nameContainsFilter, statusFilter } from '../../descriptions/getManyFields';
import { optionsCollection } from '../../descriptions/options';
import { simplifyField } from '../../descriptions/templateOutput';
import { API_PATHS, GET_MANY_DEFAULT_LIMIT } from '../../helpers/constants/api';
import { WABA_LANGUAGE_EXAMPLE, WABA_TEMPLATE_STATUSES } from '../../helpers/constants/whatsappTemplate';
import type { TemplateFilters } from '../../helpers/templates/filters';
import { templateFilter } from '../../helpers/templates/filters';
import { simplifyWabaTemplate } from '../../helpers/templates/whatsApp/simplify';
import { apiRequestAllItems } from '../../transport';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	...getManyFields('templates', [
		statusFilter(WABA_TEMPLATE_STATUSES),
		{
			displayName: 'Category',
			name: 'category',
			type: 'options',
			options: [
				{ name: 'Marketing', value: 'MARKETING' },
				{ name: 'Utility', value: 'UTILITY' },
			],
			default: 'MARKETING',
			description: 'Only templates in this category',
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'string',
			default: '',
			placeholder: `e.g. ${WABA_LANGUAGE_EXAMPLE}`,
			description: 'Only templates in this language code',
		},
		nameContainsFilter('templates'),
	]),
	simplifyField(),
	optionsCollection(),
];

/** WhatsApp templates, one item each (REFERENCE §6.4), filtered while paging. */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, GET_MANY_DEFAULT_LIMIT) as number);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as TemplateFilters;
	const templates = await apiRequestAllItems.call(
		this,
		{ api: 'management', method: 'GET', path: API_PATHS.wabaTemplates },
		{ returnAll, limit, idField: 'template_id', filter: templateFilter(filters) },
		{ ...settings.transport, itemIndex },
	);
	return this.getNodeParameter('simplify', itemIndex, true) ? templates.map(simplifyWabaTemplate) : templates;
}
