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

export const n = (value: number) => value.toLocaleString('en-US');
export const upTo = (max: number) => `Up to ${n(max)} characters`;

/** Shows a field for interactive messages of the given kinds only. */
export function forKinds(kinds: readonly WhatsAppInteractiveType[]): INodeProperties['displayOptions'] {
	return { show: { messageType: ['interactive'], interactiveType: [...kinds] } };
}

/** Reply buttons: title and optional ID (the ID defaults to the title). */
export function replyButtonsField(): INodeProperties {
	return {
		displayName: LABELS.buttons,
		name: 'buttons',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Button',
		required: true,
		default: {},
		description: `Up to ${WHATSAPP_REPLY_BUTTONS_MAX} buttons; the recipient's tap comes back as a reply with the button's ID`,
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
	};
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
		{
			displayName: LABELS.sections,
			name: 'sections',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Section',
			required: true,
			default: {},
			description: `Up to ${WHATSAPP_LIST_SECTIONS_MAX} sections with ${WHATSAPP_LIST_ROWS_MAX} rows in all; a title is required when there is more than one section`,
			displayOptions: forKinds(['list']),
			options: [
				{
					displayName: LABELS.section,
					name: 'section',
					values: [
						{ displayName: LABELS.sectionTitle, name: 'title', type: 'string', default: '', hint: upTo(WHATSAPP_LIST_SECTION_TITLE_MAX) },
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
	];
}

/** Carousel cards: media header, optional text and one URL button each. */
export function carouselCardsField(): INodeProperties {
	return {
		displayName: LABELS.cards,
		name: 'cards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Card',
		required: true,
		default: {},
		description: `${WHATSAPP_CAROUSEL_CARDS_MIN} to ${WHATSAPP_CAROUSEL_CARDS_MAX} cards, shown left to right`,
		displayOptions: forKinds(['carousel']),
		options: [
			{
				displayName: LABELS.card,
				name: 'card',
				values: [
					{
						displayName: LABELS.cardHeaderType,
						name: 'headerType',
						type: 'options',
						options: [
							{ name: 'Image', value: 'image', description: WHATSAPP_MEDIA_HINTS.image },
							{ name: 'Video', value: 'video', description: WHATSAPP_MEDIA_HINTS.video },
						],
						default: 'image',
						description: 'What the card shows at its top; every card of a carousel uses the same type (WhatsApp)',
					},
					{
						displayName: LABELS.cardMediaUrl,
						name: 'mediaUrl',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. https://example.com/product.jpg',
						description: 'Public link to the card\'s image or video',
					},
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
	};
}
