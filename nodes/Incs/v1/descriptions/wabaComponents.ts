import type { INodeProperties } from 'n8n-workflow';

import { INCS_UNDOCUMENTED_HINTS, WHATSAPP_COUPON_CODE_MAX, WHATSAPP_TEMPLATE_HEADER_TEXT_MAX } from '../helpers/constants/whatsapp';
import {
	WABA_BODY_TEXT_MAX,
	WABA_BUTTON_LABELS,
	WABA_BUTTON_TYPES,
	WABA_HEADER_TYPES,
	WABA_BUTTON_PHONE_MAX,
	WABA_BUTTON_TEXT_MAX,
	WABA_BUTTON_TYPE_MAX,
	WABA_BUTTON_URL_MAX,
	WABA_BUTTONS_MAX,
	WABA_FOOTER_TEXT_MAX,
} from '../helpers/constants/whatsappTemplate';
import type { WabaButtonType, WabaHeaderType } from '../helpers/constants/whatsappTemplate';
import type { OptionLabel } from './enumOptions';
import { enumOptions } from './enumOptions';
import { LABELS } from '../helpers/labels';
import { FROM_VERSION_1_1, VERSION_1_ONLY } from './formVersions';
import { ruleNotice } from './ruleNotice';

const WABA_HEADER_TYPE_LABELS: Record<WabaHeaderType, OptionLabel> = {
	document: { name: 'Document', description: 'A PDF or other document shown above the text' },
	image: { name: 'Image', description: 'A JPEG or PNG image shown above the text' },
	location: { name: 'Location', description: 'A map pin above the text; each send gives its latitude, longitude, name and address' },
	none: { name: 'None' },
	text: { name: 'Text', description: `A bold title of up to ${WHATSAPP_TEMPLATE_HEADER_TEXT_MAX} characters` },
	video: { name: 'Video', description: 'An MP4 video shown above the text' },
};

const WABA_BUTTON_TYPE_LABELS: Record<WabaButtonType, OptionLabel> = {
	COPY_CODE: { name: WABA_BUTTON_LABELS.COPY_CODE, description: 'Copies an offer code (Marketing templates only)' },
	PHONE_NUMBER: { name: WABA_BUTTON_LABELS.PHONE_NUMBER, description: 'Calls a phone number' },
	QUICK_REPLY: { name: WABA_BUTTON_LABELS.QUICK_REPLY, description: 'Sends a fixed reply back to you' },
	URL: { name: WABA_BUTTON_LABELS.URL, description: 'Opens a website' },
};

/**
 * The component builder of WhatsApp Template → Create. Each field shows only for the header kind
 * or button kind it belongs to. Body variables get one example field each from a resource mapper
 * whose columns n8n reloads when the Body Text changes; a body built by an expression has no
 * known variables in the editor, and the mapper then says to use JSON. The node still checks at
 * run time that every variable in the text has exactly one example.
 */
const fields = { componentsInput: ['fields'] };

const headerFields: INodeProperties[] = [
	{
		displayName: 'Header',
		name: 'headerType',
		type: 'options',
		options: enumOptions(WABA_HEADER_TYPES, WABA_HEADER_TYPE_LABELS),
		default: 'none',
		hint: 'What appears at the top of the message',
		displayOptions: { show: fields },
	},
	{
		displayName: LABELS.headerText,
		name: 'headerText',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Your order {{1}}',
		hint: `Up to ${WHATSAPP_TEMPLATE_HEADER_TEXT_MAX} characters, with at most one variable such as {{1}}`,
		displayOptions: { show: { ...fields, headerType: ['text'] } },
	},
	{
		displayName: LABELS.headerExample,
		name: 'headerExample',
		type: 'string',
		default: '',
		placeholder: 'e.g. #12345',
		hint: 'A sample value for the variable in the header text, for Meta\'s review. Needed only when the header text has a variable.',
		displayOptions: { show: { ...fields, headerType: ['text'] } },
	},
	{
		displayName: LABELS.headerSampleUrl,
		name: 'headerMediaUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/banner.jpg',
		hint: 'Public link to a sample of the media, for Meta\'s review. Each send supplies its own media.',
		displayOptions: { show: { ...fields, headerType: ['document', 'image', 'video'] } },
	},
];

const bodyFields: INodeProperties[] = [
	{
		displayName: LABELS.bodyText,
		name: 'bodyText',
		type: 'string',
		typeOptions: { rows: 5 },
		default: '',
		required: true,
		placeholder: 'e.g. Hi {{1}}, your order {{2}} is ready for pickup.',
		hint: `Up to ${WABA_BODY_TEXT_MAX.toLocaleString('en-US')} characters. Variables are {{1}}, {{2}}, … or names such as {{first_name}}, not both; Meta tends to reject a text that starts or ends with one. ${INCS_UNDOCUMENTED_HINTS.namedVariables}`,
		displayOptions: { show: fields },
	},
	{
		displayName: LABELS.bodyExamples,
		name: 'bodyExamples',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		typeOptions: {
			loadOptionsDependsOn: ['bodyText'],
			resourceMapper: {
				resourceMapperMethod: 'getBodyVariableExamples',
				mode: 'add',
				fieldWords: { singular: 'example', plural: 'examples' },
				valuesLabel: 'Examples',
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: false,
			},
		},
		hint: 'One sample value per variable of the Body Text, for Meta\'s review; the fields follow the text',
		displayOptions: { show: { ...fields, ...FROM_VERSION_1_1 } },
	},
	{
		displayName: LABELS.bodyExamples,
		name: 'bodyVariableExamples',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Example',
		default: {},
		hint: 'One sample value per variable in the body text. Meta reviews the template with them.',
		// Nodes of version 1 keep the list they saved (formVersions.ts).
		displayOptions: { show: { ...fields, ...VERSION_1_ONLY } },
		options: [
			{
				name: 'example',
				displayName: LABELS.example,
				values: [
					{
						displayName: LABELS.variable,
						name: 'variable',
						type: 'string',
						default: '',
						placeholder: 'e.g. 1 or first_name',
						hint: 'The variable as written in the body, with or without the braces',
					},
					{
						displayName: LABELS.example,
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'e.g. Alex',
						hint: 'A realistic sample value for this variable',
					},
				],
			},
		],
	},
	{
		displayName: LABELS.footerText,
		name: 'footerText',
		type: 'string',
		default: '',
		placeholder: 'e.g. Reply STOP to opt out',
		hint: `Small grey text under the body, up to ${WABA_FOOTER_TEXT_MAX} characters, without variables. Leave empty for none.`,
		displayOptions: { show: fields },
	},
];

const buttonKind = (...kinds: string[]) => ({ show: { type: kinds } });

const BUTTONS_RULE = `Up to ${WABA_BUTTONS_MAX} buttons: at most ${WABA_BUTTON_TYPE_MAX.URL} URL, ${WABA_BUTTON_TYPE_MAX.PHONE_NUMBER} phone number and ${WABA_BUTTON_TYPE_MAX.COPY_CODE} copy code button. Keep quick replies together, before or after the others.`;

const buttonsFields: INodeProperties[] = ruleNotice({
	displayName: LABELS.buttons,
	name: 'buttons',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Button',
	default: {},
	displayOptions: { show: fields },
	options: [
		{
			name: 'button',
			displayName: LABELS.button,
			values: [
				{
					displayName: LABELS.buttonType,
					name: 'type',
					type: 'options',
					options: enumOptions(WABA_BUTTON_TYPES, WABA_BUTTON_TYPE_LABELS),
					default: 'QUICK_REPLY',
				},
				{
					displayName: LABELS.codeExample,
					name: 'code',
					type: 'string',
					default: '',
					placeholder: 'e.g. SUMMER25',
					hint: `A sample offer code, up to ${WHATSAPP_COUPON_CODE_MAX} characters. Each send supplies its own code.`,
					displayOptions: buttonKind('COPY_CODE'),
				},
				{
					displayName: LABELS.phoneNumber,
					name: 'phoneNumber',
					type: 'string',
					default: '',
					placeholder: 'e.g. +852 6841 1234',
					hint: `The number to call, country code first, up to ${WABA_BUTTON_PHONE_MAX} characters`,
					displayOptions: buttonKind('PHONE_NUMBER'),
				},
				{
					displayName: LABELS.text,
					name: 'text',
					type: 'string',
					default: '',
					placeholder: 'e.g. Track order',
					hint: `The button label, up to ${WABA_BUTTON_TEXT_MAX} characters`,
					displayOptions: buttonKind('PHONE_NUMBER', 'QUICK_REPLY', 'URL'),
				},
				{
					displayName: LABELS.url,
					name: 'url',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://example.com/orders/{{1}}',
					hint: `Up to ${WABA_BUTTON_URL_MAX.toLocaleString('en-US')} characters. End it with {{1}} to add a different suffix per message.`,
					displayOptions: buttonKind('URL'),
				},
				{
					displayName: LABELS.urlExample,
					name: 'urlExample',
					type: 'string',
					default: '',
					placeholder: 'e.g. https://example.com/orders/12345',
					hint: 'The full link with a sample in place of {{1}}, for Meta\'s review. Needed only when the URL ends with {{1}}.',
					displayOptions: buttonKind('URL'),
				},
			],
		},
	],
}, BUTTONS_RULE);

/** Header, body, footer and buttons fields, shown when components are defined with the form. */
export function wabaComponentFields(): INodeProperties[] {
	return [...headerFields, ...bodyFields, ...buttonsFields];
}
