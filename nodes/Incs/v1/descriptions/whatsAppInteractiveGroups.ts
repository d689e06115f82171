/**
 * Repeating groups of WhatsApp interactive messages — reply buttons, list sections with rows and
 * carousel cards — built from the limits in `constants/whatsapp.ts` (Meta's Cloud API limits).
 *
 * The groups set no `maxAllowedFields`: n8n checks it before any node runs and stops the workflow
 * with "At most 3 fields are allowed", naming neither the field nor the item. The descriptions
 * state the limits, and the payload builder enforces them with the field, the item and the fix.
 */
import type { INodeProperties } from 'n8n-workflow';

import {
	WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX,
	WHATSAPP_CAROUSEL_CARD_BODY_MAX,
	WHATSAPP_CAROUSEL_CARDS_MAX,
	WHATSAPP_CAROUSEL_HEADER_TYPES,
	WHATSAPP_CAROUSEL_CARDS_MIN,
	WHATSAPP_CTA_DISPLAY_TEXT_MAX,
	WHATSAPP_LIST_BUTTON_TEXT_MAX,
	WHATSAPP_LIST_ROW_DESCRIPTION_MAX,
	WHATSAPP_LIST_ROW_ID_MAX,
	WHATSAPP_LIST_ROW_TITLE_MAX,
	WHATSAPP_LIST_ROWS_MAX,
	WHATSAPP_LIST_SECTION_TITLE_MAX,
	WHATSAPP_LIST_SECTIONS_MAX,
	WHATSAPP_REPLY_BUTTON_ID_MAX,
	WHATSAPP_REPLY_BUTTON_TITLE_MAX,
	WHATSAPP_REPLY_BUTTONS_MAX,
	type WhatsAppInteractiveType,
	WHATSAPP_MEDIA_HINTS,
} from '../helpers/constants/whatsapp';
import { LABELS } from '../helpers/labels';
import { enumOptions } from './enumOptions';
import { FROM_VERSION_1_1, VERSION_1_ONLY } from './formVersions';
import { ruleNotice } from './ruleNotice';

export const n = (value: number) => value.toLocaleString('en-US');
export const upTo = (max: number) => `Up to ${n(max)} characters`;

/** Shows a field for interactive messages of the given kinds only. */
export function forKinds(kinds: readonly WhatsAppInteractiveType[]): INodeProperties['displayOptions'] {
	return { show: { messageType: ['interactive'], interactiveType: [...kinds] } };
}

/** Reply buttons: title and optional ID (the ID defaults to the title). */
export function replyButtonsFields(): INodeProperties[] {
	return ruleNotice({
		displayName: LABELS.buttons,
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Button',
		required: true,
		default: {},
		displayOptions: forKinds(['button']),
		options: [
			{
				displayName: LABELS.button,
				name: 'button',
				values: [
					{ displayName: LABELS.buttonTitle, name: 'title', type: 'string', default: '', required: true, hint: upTo(WHATSAPP_REPLY_BUTTON_TITLE_MAX) },
					{
						displayName: LABELS.buttonId,
						name: 'id',
						type: 'string',
						default: '',
						description: 'Identifies the button in the reply webhook. Leave empty to use the title.',
						hint: `Optional, ${upTo(WHATSAPP_REPLY_BUTTON_ID_MAX).toLowerCase()}`,
					},
				],
			},
		],
	}, `Up to ${WHATSAPP_REPLY_BUTTONS_MAX} buttons. The recipient's tap comes back as a reply with the button's ID.`);
}

/** List menu: the button that opens it and its sections of rows. */
export function listFields(): INodeProperties[] {
	return [
		{
			displayName: LABELS.listButtonText,
			name: 'listButtonText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. See Options',
			description: 'The label of the button that opens the menu',
			hint: upTo(WHATSAPP_LIST_BUTTON_TEXT_MAX),
			displayOptions: forKinds(['list']),
		},
		...ruleNotice(
			{
				displayName: LABELS.sections,
				name: 'sections',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true },
				placeholder: 'Add Section',
				required: true,
				default: {},
				displayOptions: forKinds(['list']),
				options: [
					{
						displayName: LABELS.section,
						name: 'section',
						values: [
							{ displayName: LABELS.sectionTitle, name: 'title', type: 'string', default: '', hint: upTo(WHATSAPP_LIST_SECTION_TITLE_MAX) },
							{
								displayName: `At least one row per section; ${WHATSAPP_LIST_ROWS_MAX} rows at most across all sections`,
								name: 'rowsRule',
								type: 'notice',
								default: '',
							},
							{
								displayName: LABELS.rows,
								name: 'rows',
								type: 'fixedCollection',
								typeOptions: { multipleValues: true },
								placeholder: 'Add Row',
								default: {},
								options: [
									{
										displayName: LABELS.row,
										name: 'row',
										values: [
											{ displayName: LABELS.rowTitle, name: 'title', type: 'string', default: '', required: true, hint: upTo(WHATSAPP_LIST_ROW_TITLE_MAX) },
											{ displayName: LABELS.rowDescription, name: 'description', type: 'string', default: '', hint: `Optional, ${upTo(WHATSAPP_LIST_ROW_DESCRIPTION_MAX).toLowerCase()}` },
											{
												displayName: LABELS.rowId,
												name: 'id',
												type: 'string',
												default: '',
												description: 'Identifies the choice in the reply webhook. Leave empty to use the title.',
												hint: `Optional, ${upTo(WHATSAPP_LIST_ROW_ID_MAX).toLowerCase()}; unique across all sections`,
											},
										],
									},
								],
							},
						],
					},
				],
			},
			`Up to ${WHATSAPP_LIST_SECTIONS_MAX} sections with ${WHATSAPP_LIST_ROWS_MAX} rows in all, each section with at least one row. Give each section a title when there is more than one.`,
		),
	];
}

/** A carousel card's media types, from the list the run checks cards against. */
const CAROUSEL_MEDIA_OPTIONS = enumOptions(WHATSAPP_CAROUSEL_HEADER_TYPES, {
	image: { name: 'Image', description: WHATSAPP_MEDIA_HINTS.image },
	video: { name: 'Video', description: WHATSAPP_MEDIA_HINTS.video },
});

/**
 * One media type for the whole carousel (Meta: every card uses the same header type), chosen once
 * above the cards, so the form cannot mix them (node version 1.1). Nodes of version 1 keep a type
 * per card (formVersions.ts); the run reads a card's own type first (readInteractive.ts).
 */
export function carouselMediaTypeField(): INodeProperties {
	return {
		displayName: LABELS.carouselMediaType,
		name: 'carouselMediaType',
		type: 'options',
		options: CAROUSEL_MEDIA_OPTIONS,
		default: 'image',
		hint: 'Every card of a carousel shows the same kind of media (WhatsApp)',
		displayOptions: { show: { ...forKinds(['carousel'])?.show, ...FROM_VERSION_1_1 } },
	};
}

/** The card's media link; its example follows the carousel's media type (an n8n root path, `/…`). */
function cardMediaUrlField(type: (typeof WHATSAPP_CAROUSEL_HEADER_TYPES)[number]): INodeProperties {
	return {
		displayName: LABELS.cardMediaUrl,
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: type === 'image' ? 'e.g. https://example.com/product.jpg' : 'e.g. https://example.com/product.mp4',
		hint: `Public link to the card's ${type}: ${WHATSAPP_MEDIA_HINTS[type]}`,
		displayOptions: { show: { '/carouselMediaType': [type], ...FROM_VERSION_1_1 } },
	};
}

/** Version 1 cards: a media type and link per card, as older workflows saved them. */
const VERSION_1_CARD_MEDIA: INodeProperties[] = [
	{
		displayName: LABELS.cardHeaderType,
		name: 'headerType',
		type: 'options',
		options: CAROUSEL_MEDIA_OPTIONS,
		default: 'image',
		description: 'What the card shows at its top; every card of a carousel uses the same type (WhatsApp)',
		displayOptions: { show: VERSION_1_ONLY },
	},
	{
		displayName: LABELS.cardMediaUrl,
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/product.jpg',
		description: 'Public link to the card\'s image or video',
		displayOptions: { show: VERSION_1_ONLY },
	},
];

/** Carousel cards: media header, optional text and one URL button each. */
export function carouselCardsFields(): INodeProperties[] {
	return ruleNotice({
		displayName: LABELS.cards,
		name: 'cards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Card',
		required: true,
		default: {},
		displayOptions: forKinds(['carousel']),
		options: [
			{
				displayName: LABELS.card,
				name: 'card',
				values: [
					...VERSION_1_CARD_MEDIA,
					cardMediaUrlField('image'),
					cardMediaUrlField('video'),
					{
						displayName: LABELS.cardBodyText,
						name: 'bodyText',
						type: 'string',
						typeOptions: { rows: 2 },
						default: '',
						hint: `Optional, ${upTo(WHATSAPP_CAROUSEL_CARD_BODY_MAX).toLowerCase()} and ${WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX} line breaks`,
					},
					{ displayName: LABELS.ctaDisplayText, name: 'displayText', type: 'string', default: '', required: true, hint: upTo(WHATSAPP_CTA_DISPLAY_TEXT_MAX) },
					{
						displayName: LABELS.ctaUrl,
						name: 'url',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. https://example.com/product',
						description: 'The public link the card\'s button opens',
					},
				],
			},
		],
	}, `${WHATSAPP_CAROUSEL_CARDS_MIN} to ${WHATSAPP_CAROUSEL_CARDS_MAX} cards, shown left to right. Every card shows the media type chosen above.`);
}
