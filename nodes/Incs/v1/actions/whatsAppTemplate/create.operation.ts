import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { definitionInputField } from '../../descriptions/definitionInput';
import { FROM_VERSION_1_1, VERSION_1_ONLY } from '../../descriptions/formVersions';
import { enumOptions } from '../../descriptions/enumOptions';
import { WABA_CATEGORY_LABELS } from '../../descriptions/templateEnums';
import { optionsCollection } from '../../descriptions/options';
import { templateNameField } from '../../descriptions/templateName';
import { simplifyField } from '../../descriptions/templateOutput';
import { wabaComponentFields } from '../../descriptions/wabaComponents';
import { WHATSAPP_TEMPLATE_NAME_MAX } from '../../helpers/constants/whatsapp';
import { WABA_LANGUAGE_EXAMPLE, WABA_TEMPLATE_CATEGORIES } from '../../helpers/constants/whatsappTemplate';
import { buildWabaCreateBody } from '../../helpers/templates/whatsApp/createBody';
import type { WabaComponentsInput } from '../../helpers/templates/whatsApp/createBody';
import type { WabaTemplateCreateBody } from '../../helpers/templates/whatsApp/types';
import type { WabaComponentsForm } from '../../helpers/templates/whatsApp/formInput';
import { bodyExamplesOf } from '../../helpers/templates/whatsApp/bodyExamples';
import { wabaLanguageOptions } from '../../helpers/constants/whatsappLanguages';
import { WHATSAPP_TEMPLATES } from '../shared/templateKinds';
import { readSimplify, templateCreator } from '../shared/templateRequests';
import type { PreparedCreate } from '../shared/templateRequests';
import { LABELS } from '../../helpers/labels';
import { readTemplateText, VARIABLE_TEXT_FIELDS } from './templateText';

export const description: INodeProperties[] = [
	templateNameField('e.g. order_ready_notice', `Lowercase letters, digits and underscores, up to ${WHATSAPP_TEMPLATE_NAME_MAX} characters`),
	{
		displayName: LABELS.otpLanguage,
		name: 'language',
		type: 'string',
		default: WABA_LANGUAGE_EXAMPLE,
		required: true,
		placeholder: `e.g. ${WABA_LANGUAGE_EXAMPLE}`,
		description: 'The language code as Meta writes it, e.g. en, en_US, pt_BR or zh_HK',
		displayOptions: { show: VERSION_1_ONLY },
	},
	{
		displayName: LABELS.otpLanguage,
		name: 'language',
		// Meta's template languages, searchable by name or code; an expression can still give any code.
		type: 'options',
		options: wabaLanguageOptions(),
		default: WABA_LANGUAGE_EXAMPLE,
		required: true,
		hint: 'Meta\'s template languages; type to search by name or code, e.g. en_US',
		displayOptions: { show: FROM_VERSION_1_1 },
	},
	{
		displayName: LABELS.category,
		name: 'category',
		type: 'options',
		options: enumOptions(WABA_TEMPLATE_CATEGORIES, WABA_CATEGORY_LABELS),
		default: 'MARKETING',
		hint: 'Meta may change the category after review if the content does not match',
	},
	definitionInputField({
		displayName: 'Define Components',
		name: 'componentsInput',
		what: 'the template\'s header, body, footer and buttons',
		fields: 'Header, body, footer and buttons, field by field',
		json: 'Meta template components as a JSON array',
	}),
	...wabaComponentFields(),
	{
		displayName: LABELS.componentsJson,
		name: 'componentsJson',
		type: 'json',
		default: '[\n  { "type": "BODY", "text": "Your order {{1}} is ready.", "example": { "body_text": [["ORD0001"]] } }\n]',
		required: true,
		hint: 'Meta template components: HEADER, BODY, FOOTER and BUTTONS objects. The node checks Meta\'s limits before sending.',
		displayOptions: { show: { componentsInput: ['json'] } },
	},
	simplifyField(),
	optionsCollection(),
];

/** The create body of one item, every limit checked; nothing is sent (see IncsOperation.prepare). */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<PreparedCreate<WabaTemplateCreateBody>> {
	const get = <T>(name: string, fallback: T): T =>
		(VARIABLE_TEXT_FIELDS.has(name) ? readTemplateText(this, name, itemIndex, fallback) : this.getNodeParameter(name, itemIndex, fallback)) as T;
	const components: WabaComponentsInput =
		get<string>('componentsInput', 'fields') === 'json'
			? { mode: 'json', json: get<unknown>('componentsJson', '') }
			: { mode: 'fields', form: readComponentsForm(get) };
	const body = buildWabaCreateBody({
		name: get('name', ''),
		language: get('language', ''),
		category: get('category', ''),
		components,
	});
	return { body, simplify: readSimplify(this, itemIndex) };
}

/** Create a WhatsApp template (INCS "WABA API": Create template). Meta reviews it; the answer's status is often PENDING. */
export const send = templateCreator<WabaTemplateCreateBody>(WHATSAPP_TEMPLATES);

function readComponentsForm(get: <T>(name: string, fallback: T) => T): WabaComponentsForm {
	const bodyText = get('bodyText', '');
	return {
		headerType: get('headerType', 'none'),
		headerText: get('headerText', ''),
		headerExample: get('headerExample', ''),
		headerMediaUrl: get('headerMediaUrl', ''),
		bodyText,
		bodyVariableExamples: bodyExamplesOf(bodyText, get('bodyExamples', null), get('bodyVariableExamples', {})),
		footerText: get('footerText', ''),
		buttons: get('buttons', {}),
	};
}
