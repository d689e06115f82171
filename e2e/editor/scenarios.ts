// What the editor test checks: open an INCS node with some parameters, pick options the way a
// person would, and after each pick only the fields that belong to it are shown. A scenario
// whose resource/operation is not in the node yet is skipped (and says so).

import type { Simulator } from '../../simulator';
import type { JsonObject } from '../support/workflowTypes';

export interface EditorStep {
	/** Pick this option (by its shown name) of a dropdown parameter. */
	select?: { parameter: string; option: string };
	/** Parameter names whose inputs must be shown (waited for: some load from INCS). */
	shown?: string[];
	/** Parameter names whose inputs must not be shown. */
	hidden?: string[];
	/**
	 * Type `text` into a resource locator's list search: exactly `entries` must be shown, in this
	 * order; then `pick` is clicked (or the list closed when there is none).
	 */
	search?: { parameter: string; text: string; entries: string[]; pick?: string };
	/** Type this text into a text parameter (replacing its value), then leave the field. */
	fill?: { parameter: string; text: string };
	/**
	 * Put this text into a text parameter at once, as a paste does, then leave the field: n8n
	 * makes the field an expression when the text holds `{{`.
	 */
	paste?: { parameter: string; text: string };
	/** Parameters that must now be n8n expressions (the editor shows them as such). */
	expressions?: string[];
	/** Switch this parameter from Expression to Fixed with the toggle above it. */
	makeFixed?: string;
	/** Field labels that must be shown whole; with it, no label of the panel may be cut off. */
	labels?: string[];
	/** Texts the panel must show (labels, notices, hints, or the value of a read-only field). */
	texts?: string[];
	/** Texts the panel must not show, e.g. a second mode picker. */
	absentTexts?: string[];
	/** Parameter → text its hint under the field must contain (printed, not a "?" tooltip). */
	hints?: Record<string, string>;
	/** Parameter → text its input's placeholder must contain. */
	placeholders?: Record<string, string>;
	/** Nothing red from a defect: no JSON lint error, no "Retry" of a failed load. */
	clean?: boolean;
	/** Fields that must open without n8n's issue mark (an empty required field carries one). */
	unmarked?: string[];
	/** Screenshot file name (without .png) kept in test-artifacts/, taken after the checks. */
	screenshot?: string;
}

export interface EditorScenario {
	name: string;
	/** `resource.operation` pairs the scenario needs. */
	requires: string[];
	/** The INCS node's parameters when the panel opens. */
	parameters: JsonObject;
	/** The node's version; by default the one a new node gets (NEW_NODE_VERSION). */
	typeVersion?: number;
	/** Prepares INCS (the simulator) before the panel opens; what it returns undoes that afterwards. */
	arrange?: (simulator: Simulator) => () => void;
	steps: EditorStep[];
}

/** How many extra WhatsApp templates the picker scenario adds: more than one page of 100. */
const PICKER_TEMPLATES = 130;

/**
 * `picker_notice_001` … `_130`, newest last, so the seeded templates move to the second page of
 * INCS's newest-first list. Every tenth is still PENDING and `_015` was REJECTED: a send can't
 * use them, so the picker must leave them out.
 */
function addPickerTemplates(simulator: Simulator): () => void {
	const ids: string[] = [];
	for (let n = 1; n <= PICKER_TEMPLATES; n++) {
		const name = `picker_notice_${String(n).padStart(3, '0')}`;
		const components = [{ type: 'BODY', text: 'Notice for {{1}}.', example: { body_text: [['Alex']] } }];
		// Created as reviewed, then set: a template created PENDING would be approved by the
		// simulator's review timer while the test runs.
		const template = simulator.state.createWabaTemplate({ name, language: 'en_US', category: 'UTILITY', components }, 'APPROVED');
		if (n % 10 === 0) template.status = 'PENDING';
		if (n === 15) template.status = 'REJECTED';
		ids.push(template.template_id);
	}
	return () => {
		for (const id of ids) simulator.state.waba.delete(id);
	};
}

/** A question template for Send and Wait: a body variable and two URL buttons for the answer links. */
function addQuestionTemplate(simulator: Simulator): () => void {
	const buttonUrl = 'https://n8n.example.com/webhook-waiting/{{1}}';
	const template = simulator.state.createWabaTemplate(
		{
			name: 'editor_question',
			language: 'en_US',
			category: 'UTILITY',
			components: [
				{ type: 'BODY', text: 'Publish the {{1}} campaign?', example: { body_text: [['December']] } },
				{
					type: 'BUTTONS',
					buttons: [
						{ type: 'URL', text: 'Send it', url: buttonUrl, example: ['https://n8n.example.com/webhook-waiting/1'] },
						{ type: 'URL', text: 'Hold', url: buttonUrl, example: ['https://n8n.example.com/webhook-waiting/1'] },
					],
				},
			],
		},
		'APPROVED',
	);
	return () => {
		simulator.state.waba.delete(template.template_id);
	};
}

const pickerEntry = (n: number) => `picker_notice_${String(n).padStart(3, '0')} (en_US) — UTILITY — APPROVED`;

/** The INCS node version a node added in the editor gets (Incs.node.ts `defaultVersion`). */
export const NEW_NODE_VERSION = 1.1;

/** INCS answers every request as if the certification code were wrong; undone afterwards. */
function rejectCertificationCode(simulator: Simulator): () => void {
	const accepted = simulator.state.options.certificationCodes;
	simulator.setOptions({ certificationCodes: ['a-code-the-node-does-not-have'] });
	return () => {
		simulator.setOptions({ certificationCodes: accepted });
	};
}

const WHATSAPP_MEDIA = ['mediaUrl', 'caption', 'filename'];
const WHATSAPP_INTERACTIVE = ['interactiveType', 'bodyText', 'buttons', 'sections', 'listButtonText', 'ctaUrl', 'cards'];

export const EDITOR_SCENARIOS: EditorScenario[] = [
	{
		name: 'WhatsApp message type switches the content fields',
		requires: ['whatsAppMessage.send'],
		parameters: { resource: 'whatsAppMessage', operation: 'send', messageType: 'text' },
		steps: [
			{ shown: ['resource', 'operation', 'to', 'messageType', 'text'], hidden: [...WHATSAPP_MEDIA, ...WHATSAPP_INTERACTIVE], screenshot: 'editor-whatsapp-text' },
			{ select: { parameter: 'messageType', option: 'Image' }, shown: ['mediaUrl', 'caption'], hidden: ['text', 'filename', 'interactiveType'], screenshot: 'editor-whatsapp-image' },
			{ select: { parameter: 'messageType', option: 'Document' }, shown: ['mediaUrl', 'caption', 'filename'], hidden: ['text'] },
			{ select: { parameter: 'messageType', option: 'Audio' }, shown: ['mediaUrl'], hidden: ['caption', 'filename', 'text'] },
			{
				select: { parameter: 'messageType', option: 'Interactive' },
				shown: ['interactiveType', 'headerType', 'bodyText', 'footerText', 'buttons'],
				hidden: ['text', 'mediaUrl', 'sections', 'ctaUrl'],
				screenshot: 'editor-whatsapp-interactive-buttons',
			},
			{ select: { parameter: 'interactiveType', option: 'List' }, shown: ['listButtonText', 'sections', 'bodyText'], hidden: ['buttons', 'ctaUrl', 'cards'] },
			{ select: { parameter: 'interactiveType', option: 'Call-to-Action URL Button' }, shown: ['ctaDisplayText', 'ctaUrl'], hidden: ['buttons', 'sections'] },
			{ select: { parameter: 'interactiveType', option: 'Media Carousel' }, shown: ['cards', 'bodyText'], hidden: ['headerType', 'footerText', 'buttons'], screenshot: 'editor-whatsapp-carousel' },
		],
	},
	{
		name: 'WhatsApp template send lists the chosen template\'s variables to map',
		requires: ['whatsAppMessage.sendTemplate'],
		parameters: {
			resource: 'whatsAppMessage',
			operation: 'sendTemplate',
			template: { __rl: true, mode: 'name', value: 'promo_header_text' },
		},
		// The fields come from the node's resource mapping method, which asks INCS (the simulator).
		steps: [{ shown: ['header_text', 'body_1', 'body_2', 'body_3'], hidden: ['componentsJson'], screenshot: 'editor-whatsapp-template-variables' }],
	},
	{
		name: 'WhatsApp template picker pages through every template, lists approved ones, and picking one shows its variables',
		requires: ['whatsAppMessage.sendTemplate'],
		parameters: {
			resource: 'whatsAppMessage',
			operation: 'sendTemplate',
			template: { __rl: true, mode: 'list', value: '' },
		},
		arrange: addPickerTemplates,
		steps: [
			{
				// 010 is PENDING and 015 REJECTED: left out. Newest first, as INCS lists them.
				search: { parameter: 'template', text: 'picker_notice_01', entries: [19, 18, 17, 16, 14, 13, 12, 11].map(pickerEntry) },
				screenshot: 'editor-whatsapp-template-picker',
			},
			{
				// The oldest template: only on INCS's second page.
				search: { parameter: 'template', text: 'promo_header_text', entries: ['promo_header_text (en_US) — MARKETING — APPROVED'], pick: 'promo_header_text (en_US) — MARKETING — APPROVED' },
				shown: ['header_text', 'body_1', 'body_2', 'body_3'],
				hidden: ['componentsJson'],
				screenshot: 'editor-whatsapp-template-picked',
			},
		],
	},
	{
		name: 'Viber message type shows the one-time password fields',
		requires: ['viberMessage.send'],
		parameters: { resource: 'viberMessage', operation: 'send', messageType: 'text' },
		steps: [
			{ shown: ['to', 'messageType', 'text'], hidden: ['otpCode', 'mediaUrl'] },
			{ select: { parameter: 'messageType', option: 'One-Time Password' }, shown: ['otpCode', 'otpLanguage', 'otpExpirationMinutes'], hidden: ['text', 'mediaUrl'], screenshot: 'editor-viber-otp' },
			{ select: { parameter: 'messageType', option: 'Video' }, shown: ['mediaUrl'], hidden: ['otpCode', 'text'] },
		],
	},
	{
		name: 'WhatsApp template send switches between mapped variables and JSON',
		requires: ['whatsAppMessage.sendTemplate'],
		parameters: { resource: 'whatsAppMessage', operation: 'sendTemplate' },
		steps: [
			{ shown: ['to', 'template', 'variablesMode'], hidden: ['componentsJson', 'messageType'], screenshot: 'editor-whatsapp-template-mapper' },
			{ select: { parameter: 'variablesMode', option: 'JSON' }, shown: ['componentsJson'], hidden: ['variables'] },
		],
	},
	{
		name: 'RCS template type, rich card orientation and media type switch the fields',
		requires: ['rcsTemplate.create'],
		parameters: { resource: 'rcsTemplate', operation: 'create', templateType: 'text' },
		steps: [
			{ shown: ['name', 'category', 'templateType', 'textMessage', 'suggestions'], hidden: ['orientation', 'cardTitle', 'width', 'cards'], screenshot: 'editor-rcs-template-text' },
			{
				select: { parameter: 'templateType', option: 'Rich Card' },
				shown: ['orientation', 'height', 'cardTitle', 'cardDescription', 'mediaType', 'mediaUrl'],
				hidden: ['textMessage', 'alignment', 'width', 'cards', 'thumbnailUrl'],
				screenshot: 'editor-rcs-richcard-vertical',
			},
			{ select: { parameter: 'orientation', option: 'Horizontal' }, shown: ['alignment'], hidden: ['height'], screenshot: 'editor-rcs-richcard-horizontal' },
			{ select: { parameter: 'mediaType', option: 'Video' }, shown: ['thumbnailUrl'] },
			{ select: { parameter: 'templateType', option: 'Carousel' }, shown: ['width', 'height', 'cards'], hidden: ['orientation', 'alignment', 'cardTitle', 'textMessage'], screenshot: 'editor-rcs-carousel' },
		],
	},
	{
		name: 'RCS suggestion type shows the fields of that suggestion',
		requires: ['rcsTemplate.create'],
		parameters: {
			resource: 'rcsTemplate',
			operation: 'create',
			templateType: 'text',
			textMessage: 'Hello [name]',
			suggestions: { suggestion: [{ suggestionType: 'reply', text: 'Hi', postbackData: 'hi' }] },
		},
		steps: [
			{ shown: ['suggestionType', 'text', 'postbackData'], hidden: ['url', 'phoneNumber', 'latitude', 'eventTitle'], screenshot: 'editor-rcs-suggestion-reply' },
			{ select: { parameter: 'suggestionType', option: 'Open URL' }, shown: ['openIn', 'url'], hidden: ['phoneNumber', 'webviewViewMode'] },
			{ select: { parameter: 'openIn', option: 'WebView' }, shown: ['url', 'webviewViewMode', 'webviewDescription'], screenshot: 'editor-rcs-suggestion-webview' },
			{ select: { parameter: 'suggestionType', option: 'Call Phone Number' }, shown: ['phoneNumber'], hidden: ['url', 'openIn'] },
			{ select: { parameter: 'suggestionType', option: 'View Location' }, shown: ['latitude', 'longitude', 'label'], hidden: ['phoneNumber'] },
			{ select: { parameter: 'suggestionType', option: 'Add Calendar Event' }, shown: ['eventTitle', 'eventDescription', 'startTime', 'endTime'], hidden: ['latitude'], screenshot: 'editor-rcs-suggestion-calendar' },
		],
	},
	{
		name: 'WhatsApp template header type shows the header fields',
		requires: ['whatsAppTemplate.create'],
		parameters: { resource: 'whatsAppTemplate', operation: 'create' },
		steps: [
			{ shown: ['name', 'language', 'category', 'headerType', 'bodyText'], hidden: ['headerText', 'headerMediaUrl'] },
			{ select: { parameter: 'headerType', option: 'Text' }, shown: ['headerText', 'headerExample'], hidden: ['headerMediaUrl'] },
			{ select: { parameter: 'headerType', option: 'Image' }, shown: ['headerMediaUrl'], hidden: ['headerText'], screenshot: 'editor-whatsapp-template-create' },
			{ select: { parameter: 'headerType', option: 'Location' }, shown: ['bodyText'], hidden: ['headerText', 'headerExample', 'headerMediaUrl'] },
			{ select: { parameter: 'componentsInput', option: 'Using JSON' }, shown: ['componentsJson'], hidden: ['headerType', 'bodyText'] },
		],
	},
	{
		name: 'resource selector shows each resource\'s operations',
		requires: ['account.get'],
		parameters: { resource: 'account', operation: 'get' },
		steps: [
			{ shown: ['resource', 'operation'], hidden: ['to', 'messageType'], screenshot: 'editor-account-get' },
			{ select: { parameter: 'resource', option: 'WhatsApp Message' }, shown: ['operation', 'to'] },
			{ select: { parameter: 'resource', option: 'Account' }, shown: ['operation'], hidden: ['to'] },
		],
	},
	{
		name: 'Send and Wait for Response: response type and message format switch the fields',
		requires: ['whatsAppMessage.sendAndWait'],
		parameters: { resource: 'whatsAppMessage', operation: 'sendAndWait', to: '+852 6841 1234', message: 'Publish the December campaign?' },
		steps: [
			{ shown: ['to', 'messageFormat', 'message', 'responseType', 'approvalOptions'], hidden: ['formFields', 'template'], screenshot: 'editor-whatsapp-send-and-wait' },
			{ select: { parameter: 'responseType', option: 'Custom Form' }, shown: ['formFields', 'message'], hidden: ['approvalOptions'], screenshot: 'editor-whatsapp-send-and-wait-form' },
			{ select: { parameter: 'messageFormat', option: 'Template' }, shown: ['template'], hidden: ['message'], screenshot: 'editor-whatsapp-send-and-wait-template' },
		],
	},
	{
		name: 'Send and Wait template: the answer-link buttons are the node\'s, by response type',
		requires: ['whatsAppMessage.sendAndWait'],
		parameters: {
			resource: 'whatsAppMessage',
			operation: 'sendAndWait',
			to: '+852 6841 1234',
			messageFormat: 'template',
			template: { __rl: true, mode: 'name', value: 'editor_question' },
			responseType: 'approval',
			approvalOptions: { values: { approvalType: 'double' } },
		},
		arrange: addQuestionTemplate,
		steps: [
			{
				shown: ['body_1'],
				hidden: ['button_0_url_suffix', 'button_1_url_suffix'],
				texts: ['Body: Publish the {{1}} campaign?', 'The node puts the answer links into the first 2 URL buttons with a variable.'],
			},
			// Filled in, the variables leave nothing for the person to fix: no required link field is empty.
			{ fill: { parameter: 'body_1', text: 'December' }, unmarked: ['body_1', 'variables'], screenshot: 'editor-whatsapp-send-and-wait-template-links' },
			// One answer link: the second button is now a variable the person fills.
			{ select: { parameter: 'responseType', option: 'Free Text' }, shown: ['body_1', 'button_1_url_suffix'], hidden: ['button_0_url_suffix'] },
		],
	},
	{
		name: 'issue 12.1: WhatsApp template variables have short labels shown in full, and the template text once',
		requires: ['whatsAppMessage.sendTemplate'],
		parameters: { resource: 'whatsAppMessage', operation: 'sendTemplate', template: { __rl: true, mode: 'name', value: 'summer_sale' } },
		steps: [
			{
				shown: ['header_image_url', 'body_1', 'body_2', 'body_3', 'button_1_url_suffix', 'button_3_coupon_code'],
				labels: ['Template Text (read only)', 'Body {{1}}', 'Body {{3}}', 'Button 2 URL Suffix', 'Button 4 Coupon Code'],
				texts: ['Body: Hi {{1}}, use code {{2}} to get {{3}} off.', 'Button 2 "Shop now": https://example.com/shop/{{1}}'],
				clean: true,
				screenshot: 'editor-issue12-1-whatsapp-variable-labels',
			},
		],
	},
	{
		name: 'issue 12.1: RCS template variables are named by themselves, with the texts they sit in',
		requires: ['rcsMessage.sendTemplate'],
		parameters: { resource: 'rcsMessage', operation: 'sendTemplate', template: { __rl: true, mode: 'name', value: 'fake_carousel' } },
		steps: [
			{
				shown: ['name', 'offer_name', 'image'],
				labels: ['Template Text (read only)', 'name', 'offer_name', 'image'],
				texts: ['Card Description: Dear [name], new watches for less', 'Suggestion Label: Buy at [offer_name]', 'Media URL: https://example.com/media/[image]'],
				clean: true,
				screenshot: 'editor-issue12-1-rcs-variable-labels',
			},
		],
	},
	{
		name: 'issue 12.2: RCS template send opens clean before a template is picked and for a template without variables',
		requires: ['rcsMessage.sendTemplate'],
		parameters: { resource: 'rcsMessage', operation: 'sendTemplate' },
		steps: [
			{
				shown: ['template', 'variablesMode'],
				texts: ['Pick a template first'],
				absentTexts: ['Mapping Column Mode'],
				clean: true,
				screenshot: 'editor-issue12-2-rcs-no-template',
			},
			{
				search: { parameter: 'template', text: 'rcs_plain_notice', entries: ['rcs_plain_notice (text) — TRANSACTION — APPROVED'], pick: 'rcs_plain_notice (text) — TRANSACTION — APPROVED' },
				texts: ['This template has no variables'],
				absentTexts: ['Mapping Column Mode'],
				clean: true,
				screenshot: 'editor-issue12-2-rcs-no-variables',
			},
		],
	},
	{
		name: 'issue 12.3: a wrong certification code says why the variable fields are missing',
		requires: ['whatsAppMessage.sendTemplate'],
		parameters: { resource: 'whatsAppMessage', operation: 'sendTemplate', template: { __rl: true, mode: 'name', value: 'promo_header_text' } },
		arrange: rejectCertificationCode,
		steps: [
			{
				texts: ["The template's variables could not be loaded", 'certification code'],
				hidden: ['body_1'],
				screenshot: 'editor-issue12-3-wrong-certification-code',
			},
		],
	},
	{
		name: 'issue 12.4: WhatsApp template create prints its rules under the fields',
		requires: ['whatsAppTemplate.create'],
		parameters: { resource: 'whatsAppTemplate', operation: 'create', headerType: 'text' },
		steps: [
			{
				hints: { name: 'Lowercase letters, digits and underscores', headerText: 'at most one variable', bodyText: 'Up to 1,024 characters', footerText: 'up to 60 characters' },
				texts: ['Up to 10 buttons'],
				clean: true,
				screenshot: 'editor-issue12-4-whatsapp-template-create-rules',
			},
		],
	},
	{
		name: 'issue 12.4: RCS template create prints its rules under the fields, suggestions included',
		requires: ['rcsTemplate.create'],
		parameters: {
			resource: 'rcsTemplate',
			operation: 'create',
			templateType: 'text',
			suggestions: { suggestion: [{ suggestionType: 'reply', text: '', postbackData: '' }] },
		},
		steps: [
			{
				hints: { name: 'Letters, digits and underscores', textMessage: 'Up to', text: 'characters', postbackData: 'characters' },
				texts: ['Up to 11 reply or action chips'],
				clean: true,
				screenshot: 'editor-issue12-4-rcs-template-create-rules',
			},
		],
	},
	{
		name: 'issue 12.5: WhatsApp template create offers Meta\'s languages and one example field per body variable',
		requires: ['whatsAppTemplate.create'],
		parameters: { resource: 'whatsAppTemplate', operation: 'create', name: 'order_update', bodyText: '' },
		steps: [
			{ texts: ['Write the Body Text first'], clean: true },
			{ select: { parameter: 'language', option: 'Portuguese (Brazil) — pt_BR' }, texts: ['Portuguese (Brazil) — pt_BR'] },
			{
				fill: { parameter: 'bodyText', text: 'Hi {{1}}, your order {{2}} is ready.' },
				shown: ['1', '2'],
				labels: ['Example for {{1}}', 'Example for {{2}}'],
				screenshot: 'editor-issue12-5-examples-follow-body',
			},
			{ fill: { parameter: 'bodyText', text: 'Hi {{1}}, your order is ready.' }, shown: ['1'], hidden: ['2'] },
		],
	},
	{
		name: 'WhatsApp template create: a pasted body becomes an expression and keeps one example field per variable',
		requires: ['whatsAppTemplate.create'],
		parameters: { resource: 'whatsAppTemplate', operation: 'create', name: 'order_update', bodyText: '' },
		steps: [
			// The editor evaluates the expression before it asks for the example fields ("Hi 1"), so
			// the notice says how to get them; the node itself keeps the variables when it runs.
			{
				paste: { parameter: 'bodyText', text: 'Hi {{1}}, your order {{2}} is ready.' },
				expressions: ['bodyText'],
				texts: ['Hover over Body Text and click Fixed to list them here.'],
				screenshot: 'editor-pasted-body-notice',
			},
			{ makeFixed: 'bodyText', shown: ['1', '2'], labels: ['Example for {{1}}', 'Example for {{2}}'], texts: ['Hi {{1}}, your order {{2}} is ready.'] },
		],
	},
	{
		name: 'issue 12.6: WhatsApp carousel takes one media type for all cards and states its rules',
		requires: ['whatsAppMessage.send'],
		parameters: {
			resource: 'whatsAppMessage',
			operation: 'send',
			messageType: 'interactive',
			interactiveType: 'carousel',
			carouselMediaType: 'video',
			cards: { card: [{ mediaUrl: '', displayText: '', url: '' }] },
		},
		steps: [
			{
				shown: ['carouselMediaType', 'cards', 'mediaUrl'],
				hidden: ['headerType'],
				texts: ['2 to 10 cards', 'Every card of a carousel shows the same kind of media'],
				placeholders: { mediaUrl: '.mp4' },
				screenshot: 'editor-issue12-6-whatsapp-carousel',
			},
			{ select: { parameter: 'interactiveType', option: 'Reply Buttons' }, texts: ['Up to 3 buttons'] },
			{ select: { parameter: 'interactiveType', option: 'List' }, texts: ['Up to 10 sections with 10 rows in all'], screenshot: 'editor-issue12-6-whatsapp-list-rules' },
		],
	},
	{
		name: 'issue 12.6: RCS carousel states its card rules and a video card shows a video example',
		requires: ['rcsTemplate.create'],
		parameters: {
			resource: 'rcsTemplate',
			operation: 'create',
			templateType: 'carousel',
			cards: { card: [{ title: '', mediaType: 'video', mediaUrl: '' }] },
		},
		steps: [
			{
				shown: ['cards', 'mediaUrl', 'thumbnailUrl'],
				texts: ['2 to 10 cards', 'Up to 4 reply or action chips'],
				placeholders: { mediaUrl: '.mp4' },
				screenshot: 'editor-issue12-6-rcs-carousel',
			},
		],
	},
	{
		name: 'issue 12.7: JSON boxes and calendar dates open clean, RCS shows one mode picker',
		requires: ['rcsMessage.sendTemplate', 'rcsTemplate.create'],
		parameters: { resource: 'rcsMessage', operation: 'sendTemplate', template: { __rl: true, mode: 'name', value: 'fake_rcs_text_1' } },
		steps: [
			{ shown: ['variablesMode', 'name', 'order_id'], absentTexts: ['Mapping Column Mode'], clean: true },
			{
				select: { parameter: 'variablesMode', option: 'JSON' },
				shown: ['parametersJson'],
				texts: ['Example: {"name": "Alex"'],
				clean: true,
				unmarked: ['parametersJson'],
				screenshot: 'editor-issue12-7-rcs-json',
			},
			{ select: { parameter: 'variablesMode', option: 'From Input Fields' }, hidden: ['parametersJson'], texts: ['filled from the input field with its name'], clean: true },
		],
	},
	{
		name: 'issue 12.7: WhatsApp variables JSON opens clean with its example',
		requires: ['whatsAppMessage.sendTemplate'],
		parameters: { resource: 'whatsAppMessage', operation: 'sendTemplate', variablesMode: 'json' },
		steps: [{ shown: ['componentsJson'], texts: ['Example: [{"type":"body"'], clean: true, unmarked: ['componentsJson'], screenshot: 'editor-issue12-7-whatsapp-json' }],
	},
	{
		name: 'issue 12.7: a calendar event suggestion opens without red dates',
		requires: ['rcsTemplate.create'],
		parameters: {
			resource: 'rcsTemplate',
			operation: 'create',
			templateType: 'text',
			suggestions: { suggestion: [{ suggestionType: 'calendar_event', text: '', postbackData: '' }] },
		},
		steps: [{ shown: ['startTime', 'endTime'], hints: { startTime: 'Required' }, clean: true, unmarked: ['startTime', 'endTime'], screenshot: 'editor-issue12-7-calendar-dates' }],
	},
];
