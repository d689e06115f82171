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
	/** Screenshot file name (without .png) kept in test-artifacts/, taken after the checks. */
	screenshot?: string;
}

export interface EditorScenario {
	name: string;
	/** `resource.operation` pairs the scenario needs. */
	requires: string[];
	/** The INCS node's parameters when the panel opens. */
	parameters: JsonObject;
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

const pickerEntry = (n: number) => `picker_notice_${String(n).padStart(3, '0')} (en_US) — UTILITY — APPROVED`;

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
];
