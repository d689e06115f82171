import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	APPROVAL_TYPES,
	DEFAULT_APPROVE_LABEL,
	DEFAULT_DECLINE_LABEL,
	DEFAULT_FORM_BUTTON_LABEL,
	DEFAULT_RESPOND_LABEL,
	FORM_FIELD_TYPES,
	FORM_FIELDS_MAX,
	type FormFieldType,
	RESPONSE_LABEL_MAX,
	SEND_AND_WAIT_RESPONSE_TYPES,
} from '../helpers/constants/sendAndWait';
import { SEND_AND_WAIT_LABELS as L } from '../helpers/sendAndWait/setup';
import { WHATSAPP_SERVICE_WINDOW_HOURS } from '../helpers/constants/whatsapp';
import { enumOptions, enumOptionsInOrder, type OptionLabel } from './enumOptions';
import { optionsCollection } from './options';
import { limitWaitTime } from './sendAndWaitLimit';
import { recipientField } from './recipient';
import { ruleNotice } from './ruleNotice';
import { sendAndWaitNotice } from './serviceWindow';
import { whatsAppTemplateLocator } from './templatePicker';
import { whatsAppVariablesFields } from './templateVariables';

/**
 * The fields of Send and Wait for Response. Names and values are n8n's own (`message`,
 * `responseType`, `approvalOptions.values`, `formFields.values`, `options.limitWaitTime`), so n8n's
 * "Request human approval for tools" variant of this node, which replaces `message` and fixes
 * `responseType` to `approval`, finds them.
 */

const labelHint = `At most ${RESPONSE_LABEL_MAX} characters`;

const approvalOptions: INodeProperties[] = ruleNotice({
	displayName: 'Approval Options',
	name: 'approvalOptions',
	type: 'fixedCollection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: L.approvalType,
					name: 'approvalType',
					type: 'options',
					default: 'single',
					options: enumOptionsInOrder(APPROVAL_TYPES, { single: { name: 'Approve Only' }, double: { name: 'Approve and Decline' } }),
				},
				{
					displayName: L.approveLabel,
					name: 'approveLabel',
					type: 'string',
					default: DEFAULT_APPROVE_LABEL,
					hint: labelHint,
				},
				{
					displayName: L.declineLabel,
					name: 'disapproveLabel',
					type: 'string',
					default: DEFAULT_DECLINE_LABEL,
					hint: labelHint,
					displayOptions: { show: { approvalType: ['double'] } },
				},
			],
		},
	],
	displayOptions: { show: { responseType: ['approval'] } },
}, `Without options, the message has one link, "${DEFAULT_APPROVE_LABEL}". Add an option to offer "${DEFAULT_DECLINE_LABEL}" too or to change the labels.`);

/** The custom form's field types, from the list the run checks them against. */
const FORM_FIELD_TYPE_LABELS: Record<FormFieldType, OptionLabel> = {
	date: { name: 'Date' },
	dropdown: { name: 'Dropdown List' },
	email: { name: 'Email' },
	number: { name: 'Number' },
	text: { name: 'Text' },
	textarea: { name: 'Textarea' },
};

const formFields: INodeProperties[] = ruleNotice({
	displayName: L.formFields,
	name: 'formFields',
	type: 'fixedCollection',
	placeholder: 'Add field',
	typeOptions: { multipleValues: true, sortable: true },
	default: {},
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{ displayName: L.fieldLabel, name: 'fieldLabel', type: 'string', default: '', placeholder: 'e.g. Budget', required: true },
				{
					displayName: L.fieldType,
					name: 'fieldType',
					type: 'options',
					default: 'text',
					options: enumOptions(FORM_FIELD_TYPES, FORM_FIELD_TYPE_LABELS),
				},
				{
					displayName: L.fieldOptions,
					name: 'fieldOptions',
					placeholder: 'Add option',
					type: 'fixedCollection',
					typeOptions: { multipleValues: true, sortable: true },
					default: { values: [{ option: '' }] },
					displayOptions: { show: { fieldType: ['dropdown'] } },
					options: [
						{
							displayName: 'Values',
							name: 'values',
							values: [{ displayName: 'Option', name: 'option', type: 'string', default: '' }],
						},
					],
				},
				{
					displayName: L.placeholder,
					name: 'placeholder',
					type: 'string',
					default: '',
					displayOptions: { hide: { fieldType: ['dropdown', 'date'] } },
				},
				{
					displayName: 'Required Field',
					name: 'requiredField',
					type: 'boolean',
					default: false,
					description: 'Whether the person must fill in this field before sending the answer',
				},
			],
		},
	],
	displayOptions: { show: { responseType: ['customForm'] } },
}, `1 to ${FORM_FIELDS_MAX} fields on the page the person fills in. Each answer is output under its field label.`);

const formOptions: INodeProperties[] = [
	{
		displayName: L.respondLabel,
		name: 'messageButtonLabel',
		type: 'string',
		default: DEFAULT_RESPOND_LABEL,
		hint: labelHint,
		description: 'The label of the link (on WhatsApp: the button) in the message',
	},
	{
		displayName: 'Response Form Title',
		name: 'responseFormTitle',
		type: 'string',
		default: '',
		description: 'The title of the page the person fills in',
	},
	{
		displayName: 'Response Form Description',
		name: 'responseFormDescription',
		type: 'string',
		default: '',
		description: 'The text above the fields; by default the message',
	},
	{
		displayName: 'Response Form Button Label',
		name: 'responseFormButtonLabel',
		type: 'string',
		default: DEFAULT_FORM_BUTTON_LABEL,
	},
];

const approvalPageOptions: INodeProperties[] = [
	{
		displayName: 'Response Page Title',
		name: 'responseFormTitle',
		type: 'string',
		default: '',
		description: 'The title of the page where the person confirms their answer',
	},
	{
		displayName: 'Response Page Description',
		name: 'responseFormDescription',
		type: 'string',
		default: '',
		description: 'The text on that page; by default the message',
	},
];

/** The operation's fields for one channel; `notice` is the channel's delivery notice, if any. */
export function sendAndWaitFields(notice: INodeProperties[]): INodeProperties[] {
	return [
		recipientField(),
		...notice,
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			default: '',
			required: true,
			typeOptions: { rows: 4 },
			description: 'What the person is asked. The response links are added below it.',
			displayOptions: { hide: { messageFormat: ['template'] } },
		},
		{
			displayName: L.responseType,
			name: 'responseType',
			type: 'options',
			default: 'approval',
			options: enumOptionsInOrder(SEND_AND_WAIT_RESPONSE_TYPES, {
				approval: { name: 'Approval', description: 'The person approves (or declines) from a link in the message' },
				freeText: { name: 'Free Text', description: 'The person types an answer on a page opened from the message' },
				customForm: { name: 'Custom Form', description: 'The person fills in the fields you define on a page opened from the message' },
			}),
		},
		...formFields,
		...approvalOptions,
		...updateDisplayOptions({ show: { responseType: ['approval'] } }, [optionsCollection([limitWaitTime, ...approvalPageOptions])]),
		...updateDisplayOptions({ show: { responseType: ['freeText', 'customForm'] } }, [optionsCollection([limitWaitTime, ...formOptions])]),
	];
}

/**
 * WhatsApp only: a free-form message (24-hour window) or an approved template (any time) whose
 * URL buttons carry the response links.
 */
export function sendAndWaitMessageFormat(): INodeProperties[] {
	const template = { show: { messageFormat: ['template'] } };
	return [
		{
			displayName: 'Message Format',
			name: 'messageFormat',
			type: 'options',
			default: 'freeForm',
			options: [
				{
					name: 'Free-Form Message',
					value: 'freeForm',
					description: `Reaches people who wrote to you in the last ${WHATSAPP_SERVICE_WINDOW_HOURS} hours`,
				},
				{
					name: 'Template',
					value: 'template',
					description: 'An approved template with URL buttons for the response links; reaches anyone at any time',
				},
			],
		},
		{ ...sendAndWaitNotice(WHATSAPP_SERVICE_WINDOW_HOURS, 'To ask anyone at any time, pick Message Format: Template.'), displayOptions: { show: { messageFormat: ['freeForm'] } } },
		{
			displayName:
				`Outside the ${WHATSAPP_SERVICE_WINDOW_HOURS}-hour window WhatsApp delivers only approved templates. Use a template with one URL button per response link (Approve, or Approve and Decline; Respond for a form) whose URL is the address of your n8n followed by /webhook-waiting/{{1}}, e.g. https://n8n.example.com/webhook-waiting/{{1}}. The node puts each signed response link into its button, so those buttons are not listed below; map the other variables.`,
			name: 'templateNotice',
			type: 'notice',
			default: '',
			displayOptions: template,
		},
		// Which URL buttons carry the answer links, so are not listed, depends on the response type.
		...updateDisplayOptions(template, [whatsAppTemplateLocator(), ...whatsAppVariablesFields(['responseType', 'approvalOptions.values.approvalType'])]),
	];
}
