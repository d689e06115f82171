import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { enumOptions } from '../../descriptions/enumOptions';
import { WABA_CATEGORY_LABELS } from '../../descriptions/templateEnums';
import { getManyFields, nameContainsFilter, statusFilter } from '../../descriptions/getManyFields';
import { optionsCollection } from '../../descriptions/options';
import { simplifyField } from '../../descriptions/templateOutput';
import { WABA_LANGUAGE_EXAMPLE, WABA_TEMPLATE_CATEGORIES, WABA_TEMPLATE_STATUSES } from '../../helpers/constants/whatsappTemplate';
import { WHATSAPP_TEMPLATES } from '../shared/templateKinds';
import { getManyTemplates } from '../shared/templateRequests';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	...getManyFields('templates', [
		statusFilter(WABA_TEMPLATE_STATUSES),
		{
			displayName: 'Category',
			name: 'category',
			type: 'options',
			options: enumOptions(WABA_TEMPLATE_CATEGORIES, WABA_CATEGORY_LABELS),
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

/** WhatsApp templates, one item each (INCS "WABA API: List templates"), filtered while paging. */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject[]> {
	return await getManyTemplates(this, itemIndex, settings, WHATSAPP_TEMPLATES);
}
