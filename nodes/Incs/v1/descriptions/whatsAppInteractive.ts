/**
 * Fields of WhatsApp interactive messages, built per kind from the limits in
 * `constants/whatsapp.ts` (Meta's Cloud API limits; INCS documents none).
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	WHATSAPP_CTA_DISPLAY_TEXT_MAX,
	WHATSAPP_INTERACTIVE_BODY_MAX,
	WHATSAPP_INTERACTIVE_FOOTER_MAX,
	WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX,
	WHATSAPP_INTERACTIVE_TYPES,
	WHATSAPP_LIST_ROWS_MAX,
	WHATSAPP_REPLY_BUTTONS_MAX,
	type WhatsAppInteractiveType,
} from '../helpers/constants/whatsapp';
import { LABELS } from '../helpers/labels';
import { carouselCardsFields, carouselMediaTypeField, forKinds, listFields, replyButtonsFields, upTo } from './whatsAppInteractiveGroups';

const KIND_OPTIONS: Record<WhatsAppInteractiveType, INodePropertyOptions> = {
	button: { name: 'Reply Buttons', value: 'button', description: `Up to ${WHATSAPP_REPLY_BUTTONS_MAX} buttons the recipient taps to answer` },
	carousel: { name: 'Media Carousel', value: 'carousel', description: 'Scrollable cards, each with an image or video and a link button' },
	cta_url: { name: 'Call-to-Action URL Button', value: 'cta_url', description: 'One button that opens a web page' },
	list: { name: 'List', value: 'list', description: `A button that opens a menu of up to ${WHATSAPP_LIST_ROWS_MAX} choices` },
};

function interactiveTypeField(): INodeProperties {
	return {
		displayName: 'Interactive Type',
		name: 'interactiveType',
		type: 'options',
		noDataExpression: true,
		options: WHATSAPP_INTERACTIVE_TYPES.map((kind) => KIND_OPTIONS[kind]).sort((a, b) => a.name.localeCompare(b.name)),
		default: 'button',
		displayOptions: { show: { messageType: ['interactive'] } },
	};
}

/** Body text per kind: the limit differs (lists allow more). */
function interactiveBodyFields(): INodeProperties[] {
	return WHATSAPP_INTERACTIVE_TYPES.map((kind) => ({
		displayName: LABELS.bodyText,
		name: 'bodyText',
		type: 'string',
		typeOptions: { rows: 4 },
		required: true,
		default: '',
		description: 'The main text of the message',
		hint: upTo(WHATSAPP_INTERACTIVE_BODY_MAX[kind]),
		displayOptions: forKinds([kind]),
	}));
}

const HEADER_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Document', value: 'document' },
	{ name: 'Image', value: 'image' },
	{ name: 'None', value: 'none' },
	{ name: 'Text', value: 'text' },
	{ name: 'Video', value: 'video' },
];

/** Optional header: text or media; lists take text only; carousels have none. */
function interactiveHeaderFields(): INodeProperties[] {
	return [
		{
			displayName: LABELS.headerType,
			name: 'headerType',
			type: 'options',
			options: HEADER_OPTIONS,
			default: 'none',
			description: 'What is shown above the body',
			displayOptions: forKinds(['button', 'cta_url']),
		},
		{
			displayName: LABELS.headerType,
			name: 'headerType',
			type: 'options',
			options: HEADER_OPTIONS.filter((option) => option.value === 'none' || option.value === 'text'),
			default: 'none',
			description: 'What is shown above the body; list messages take a text header only',
			displayOptions: forKinds(['list']),
		},
		{
			displayName: LABELS.headerText,
			name: 'headerText',
			type: 'string',
			required: true,
			default: '',
			hint: upTo(WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX),
			displayOptions: { show: { ...forKinds(['button', 'cta_url', 'list'])?.show, headerType: ['text'] } },
		},
		{
			displayName: LABELS.headerMediaUrl,
			name: 'headerMediaUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://example.com/banner.jpg',
			description: 'Public https:// link to the image, video or document shown above the body',
			displayOptions: { show: { ...forKinds(['button', 'cta_url'])?.show, headerType: ['document', 'image', 'video'] } },
		},
	];
}

/** Optional footer; carousels have none. */
function interactiveFooterField(): INodeProperties {
	return {
			displayName: LABELS.footerText,
			name: 'footerText',
			type: 'string',
			default: '',
			description: 'Small grey text under the body',
			hint: `Optional, ${upTo(WHATSAPP_INTERACTIVE_FOOTER_MAX).toLowerCase()}`,
			displayOptions: forKinds(['button', 'cta_url', 'list']),
	};
}

/** The one URL button of a call-to-action message. */
function ctaUrlFields(): INodeProperties[] {
	return [
		{
			displayName: LABELS.ctaDisplayText,
			name: 'ctaDisplayText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Track Order',
			hint: upTo(WHATSAPP_CTA_DISPLAY_TEXT_MAX),
			displayOptions: forKinds(['cta_url']),
		},
		{
			displayName: LABELS.ctaUrl,
			name: 'ctaUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. https://example.com/orders/1042',
			description: 'The page the button opens',
			displayOptions: forKinds(['cta_url']),
		},
	];
}

/** Every interactive field, in the order the user fills them in. */
export function whatsAppInteractiveFields(): INodeProperties[] {
	return [
		interactiveTypeField(),
		...interactiveHeaderFields(),
		...interactiveBodyFields(),
		interactiveFooterField(),
		...replyButtonsFields(),
		...listFields(),
		...ctaUrlFields(),
		carouselMediaTypeField(),
		...carouselCardsFields(),
	];
}
