import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { definitionInputField } from '../../descriptions/definitionInput';
import { enumOptions } from '../../descriptions/enumOptions';
import { RCS_CATEGORY_LABELS, RCS_TYPE_LABELS } from '../../descriptions/templateEnums';
import { optionsCollection } from '../../descriptions/options';
import { carouselFields, richCardFields } from '../../descriptions/rcsCards';
import { rcsSuggestionsFields } from '../../descriptions/rcsSuggestions';
import { templateNameField } from '../../descriptions/templateName';
import { simplifyField } from '../../descriptions/templateOutput';
import { RCS_TEMPLATE_NAME_MAX, RCS_TEXT_MAX } from '../../helpers/constants/rcs';
import { RCS_SUGGESTIONS_MAX, RCS_TEMPLATE_CATEGORIES, RCS_TEMPLATE_TYPES } from '../../helpers/constants/rcsTemplate';
import { buildRcsCreateBody } from '../../helpers/templates/rcs/createBody';
import type { RcsContentInput } from '../../helpers/templates/rcs/createBody';
import type { RcsTemplateCreateBody } from '../../helpers/templates/rcs/types';
import type { RcsCardForm, RcsContentForm, RcsMediaKind, RcsSuggestionsForm } from '../../helpers/templates/rcs/formInput';
import { RCS_TEMPLATES } from '../shared/templateKinds';
import { readSimplify, templateCreator } from '../shared/templateRequests';
import type { PreparedCreate } from '../shared/templateRequests';
import { LABELS } from '../../helpers/labels';

const formOf = (type: string) => ({ templateType: [type], contentInput: ['fields'] });

export const description: INodeProperties[] = [
	templateNameField('e.g. order_shipped', `Letters, digits and underscores, up to ${RCS_TEMPLATE_NAME_MAX} characters`),
	{
		displayName: LABELS.category,
		name: 'category',
		type: 'options',
		options: enumOptions(RCS_TEMPLATE_CATEGORIES, RCS_CATEGORY_LABELS),
		default: 'PROMOTION',
		hint: 'Must match the kind of RCS agent that sends it',
	},
	{
		displayName: LABELS.templateType,
		name: 'templateType',
		type: 'options',
		noDataExpression: true,
		options: enumOptions(RCS_TEMPLATE_TYPES, RCS_TYPE_LABELS),
		default: 'text',
	},
	definitionInputField({
		displayName: 'Define Content',
		name: 'contentInput',
		what: 'the template\'s content',
		fields: 'The text or cards and their suggestions, field by field',
		json: 'The whole content object as JSON',
	}),
	{
		displayName: LABELS.textMessage,
		name: 'textMessage',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		placeholder: 'e.g. Dear [name], your order [order_id] has been shipped.',
		hint: `Up to ${RCS_TEXT_MAX.toLocaleString('en-US')} characters. Write [variable] where each message fills in its own value.`,
		displayOptions: { show: formOf('text') },
	},
	...rcsSuggestionsFields(RCS_SUGGESTIONS_MAX.text, { displayOptions: { show: formOf('text') } }),
	...richCardFields(formOf('richcard')),
	...carouselFields(formOf('carousel')),
	{
		displayName: LABELS.contentJson,
		name: 'contentJson',
		type: 'json',
		default: '{\n  "textMessage": "Dear [name], your order [order_id] has been shipped."\n}',
		required: true,
		hint: 'The template content as INCS defines it for the chosen type. The node checks every limit before sending.',
		displayOptions: { show: { contentInput: ['json'] } },
	},
	simplifyField(),
	optionsCollection(),
];

type Get = <T>(name: string, fallback: T) => T;

/** The create body of one item, every limit checked; nothing is sent (see IncsOperation.prepare). */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<PreparedCreate<RcsTemplateCreateBody>> {
	const get: Get = (name, fallback) => this.getNodeParameter(name, itemIndex, fallback) as typeof fallback;
	const type = get<string>('templateType', 'text');
	const content: RcsContentInput =
		get<string>('contentInput', 'fields') === 'json'
			? { mode: 'json', json: get<unknown>('contentJson', '') }
			: { mode: 'fields', form: readContentForm(get, type) };
	const body = buildRcsCreateBody({ name: get('name', ''), category: get('category', ''), type, content });
	return { body, simplify: readSimplify(this, itemIndex) };
}

/** Create an RCS template (INCS "RCS Templates API": Create template). It is reviewed; the answer's status is PENDING. */
export const send = templateCreator<RcsTemplateCreateBody>(RCS_TEMPLATES);


function readContentForm(get: Get, type: string): RcsContentForm {
	const suggestions = get<RcsSuggestionsForm>('suggestions', {});
	if (type === 'richcard') {
		const card: RcsCardForm = {
			title: get('cardTitle', ''),
			description: get('cardDescription', ''),
			mediaType: get<RcsMediaKind>('mediaType', 'image'),
			mediaUrl: get('mediaUrl', ''),
			thumbnailUrl: get('thumbnailUrl', ''),
			suggestions,
		};
		return { type, orientation: get('orientation', ''), alignment: get('alignment', ''), height: get('height', ''), card };
	}
	if (type === 'carousel') {
		return { type, width: get('width', ''), height: get('height', ''), cards: get('cards', {}) };
	}
	return { type: 'text', textMessage: get('textMessage', ''), suggestions };
}
