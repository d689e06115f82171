import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { enumOptions } from '../../descriptions/enumOptions';
import { RCS_CATEGORY_LABELS, RCS_TYPE_LABELS } from '../../descriptions/templateEnums';
import { getManyFields, nameContainsFilter, statusFilter } from '../../descriptions/getManyFields';
import { optionsCollection } from '../../descriptions/options';
import { simplifyField } from '../../descriptions/templateOutput';
import { RCS_TEMPLATE_CATEGORIES, RCS_TEMPLATE_STATUSES, RCS_TEMPLATE_TYPES } from '../../helpers/constants/rcsTemplate';
import { RCS_TEMPLATES } from '../shared/templateKinds';
import { getManyTemplates } from '../shared/templateRequests';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	...getManyFields('templates', [
		statusFilter(RCS_TEMPLATE_STATUSES),
		{
			displayName: 'Template Type',
			name: 'type',
			type: 'options',
			options: enumOptions(RCS_TEMPLATE_TYPES, RCS_TYPE_LABELS),
			default: 'text',
			description: 'Only templates of this type',
		},
		{
			displayName: 'Category',
			name: 'category',
			type: 'options',
			options: enumOptions(RCS_TEMPLATE_CATEGORIES, RCS_CATEGORY_LABELS),
			default: 'PROMOTION',
			description: 'Only templates in this category',
		},
		nameContainsFilter('templates'),
	]),
	simplifyField(),
	optionsCollection(),
];

/** RCS templates, one item each (INCS "RCS Templates API: List templates"), filtered while paging. */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject[]> {
	return await getManyTemplates(this, itemIndex, settings, RCS_TEMPLATES);
}
