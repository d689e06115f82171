import fc, { type Arbitrary } from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import {
	WHATSAPP_CAPTION_MAX,
	WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX,
	WHATSAPP_CAROUSEL_CARD_BODY_MAX,
	WHATSAPP_CAROUSEL_CARDS_MAX,
	WHATSAPP_CAROUSEL_CARDS_MIN,
	WHATSAPP_CAROUSEL_HEADER_TYPES,
	WHATSAPP_CTA_DISPLAY_TEXT_MAX,
	WHATSAPP_INTERACTIVE_BODY_MAX,
	WHATSAPP_INTERACTIVE_FOOTER_MAX,
	WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX,
	WHATSAPP_INTERACTIVE_HEADER_TYPES,
	WHATSAPP_INTERACTIVE_TYPES,
	WHATSAPP_LIST_BUTTON_TEXT_MAX,
	WHATSAPP_LIST_ROW_DESCRIPTION_MAX,
	WHATSAPP_LIST_ROW_ID_MAX,
	WHATSAPP_LIST_ROW_TITLE_MAX,
	WHATSAPP_LIST_ROWS_MAX,
	WHATSAPP_LIST_SECTION_TITLE_MAX,
	WHATSAPP_LIST_SECTIONS_MAX,
	WHATSAPP_MEDIA_TYPES,
	WHATSAPP_MESSAGE_TYPES,
	WHATSAPP_REPLY_BUTTON_ID_MAX,
	WHATSAPP_REPLY_BUTTON_TITLE_MAX,
	WHATSAPP_REPLY_BUTTONS_MAX,
	WHATSAPP_TEXT_MAX,
	WHATSAPP_MEDIA_FORMATS,
} from '../../../../nodes/Incs/v1/helpers/constants/whatsapp';
import { invalidCase, type InvalidCase, type ValidSend } from '../cases';
import { invalidPhone, validPhone } from './phone';
import { blank, notOneOf, textOver, textUpTo } from './text';
import { invalidUrl, validUrl, wrongFormatUrl } from './url';

type Content = INodeParameters;

const send = (to: string, content: Content): INodeParameters => ({ resource: 'whatsAppMessage', operation: 'send', to, ...content });

// ---- valid content, one arbitrary per message kind ----

const textContent = textUpTo(WHATSAPP_TEXT_MAX).map((text): Content => ({ messageType: 'text', text }));

const mediaContent = fc
	.record({
		type: fc.constantFrom(...WHATSAPP_MEDIA_TYPES),
		mediaUrl: validUrl(),
		caption: fc.option(textUpTo(WHATSAPP_CAPTION_MAX), { nil: '' }),
		filename: fc.option(textUpTo(40), { nil: '' }),
	})
	.map(({ type, mediaUrl, caption, filename }): Content => ({
		messageType: type,
		mediaUrl,
		...(type === 'audio' ? {} : { caption }),
		...(type === 'document' ? { filename } : {}),
	}));

/** Header (none, text or media) and footer of reply-button and call-to-action messages. */
const frame: Arbitrary<Content> = fc
	.record({
		header: fc.oneof(
			fc.constant({ headerType: 'none' } as Content),
			textUpTo(WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX).map((headerText): Content => ({ headerType: 'text', headerText })),
			fc.tuple(fc.constantFrom('image', 'video', 'document'), validUrl()).map(([headerType, headerMediaUrl]): Content => ({ headerType, headerMediaUrl })),
		),
		footerText: fc.option(textUpTo(WHATSAPP_INTERACTIVE_FOOTER_MAX), { nil: '' }),
	})
	.map(({ header, footerText }) => ({ ...header, footerText }));

/** 1–3 reply buttons: unique titles, and either no IDs (the title is used) or unique IDs. */
const replyButtons: Arbitrary<INodeParameters[]> = fc
	.uniqueArray(textUpTo(WHATSAPP_REPLY_BUTTON_TITLE_MAX), { minLength: 1, maxLength: WHATSAPP_REPLY_BUTTONS_MAX })
	.chain((titles) =>
		fc
			.option(fc.uniqueArray(textUpTo(WHATSAPP_REPLY_BUTTON_ID_MAX), { minLength: titles.length, maxLength: titles.length }), { nil: undefined })
			.map((ids) => titles.map((title, index) => (ids ? { title, id: ids[index] } : { title }))),
	);

const buttonContent = fc
	.record({ bodyText: textUpTo(WHATSAPP_INTERACTIVE_BODY_MAX.button), frame, buttons: replyButtons })
	.map(({ bodyText, frame: parts, buttons }): Content => ({ messageType: 'interactive', interactiveType: 'button', bodyText, ...parts, buttons: { button: buttons } }));

/**
 * 1–10 rows with unique titles (a row's ID defaults to its title), spread over 1–10 sections, each
 * holding at least one row (a section left empty has its own failing test in knownGaps).
 */
const listSections: Arbitrary<INodeParameters[]> = fc
	.uniqueArray(
		fc.record({
			title: textUpTo(WHATSAPP_LIST_ROW_TITLE_MAX),
			description: fc.option(textUpTo(WHATSAPP_LIST_ROW_DESCRIPTION_MAX), { nil: '' }),
		}),
		{ minLength: 1, maxLength: WHATSAPP_LIST_ROWS_MAX, selector: (row) => row.title },
	)
	.chain((rows) =>
		fc
			.record({
				sections: fc.integer({ min: 1, max: Math.min(WHATSAPP_LIST_SECTIONS_MAX, rows.length) }),
				titles: fc.array(textUpTo(WHATSAPP_LIST_SECTION_TITLE_MAX), { minLength: WHATSAPP_LIST_SECTIONS_MAX, maxLength: WHATSAPP_LIST_SECTIONS_MAX }),
				withIds: fc.boolean(),
			})
			.map(({ sections, titles, withIds }) =>
				Array.from({ length: sections }, (_, section) => ({
					title: sections > 1 ? titles[section] : '',
					rows: {
						row: rows
							.filter((_, index) => index % sections === section)
							.map((row, index) => (withIds ? { ...row, id: `s${section}r${index}`.slice(0, WHATSAPP_LIST_ROW_ID_MAX) } : row)),
					},
				})),
			),
	);

const listContent = fc
	.record({
		bodyText: textUpTo(WHATSAPP_INTERACTIVE_BODY_MAX.list),
		header: fc.option(textUpTo(WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX), { nil: undefined }),
		footerText: fc.option(textUpTo(WHATSAPP_INTERACTIVE_FOOTER_MAX), { nil: '' }),
		listButtonText: textUpTo(WHATSAPP_LIST_BUTTON_TEXT_MAX),
		sections: listSections,
	})
	.map(({ bodyText, header, footerText, listButtonText, sections }): Content => ({
		messageType: 'interactive',
		interactiveType: 'list',
		bodyText,
		...(header === undefined ? { headerType: 'none' } : { headerType: 'text', headerText: header }),
		footerText,
		listButtonText,
		sections: { section: sections },
	}));

const ctaContent = fc
	.record({ bodyText: textUpTo(WHATSAPP_INTERACTIVE_BODY_MAX.cta_url), frame, ctaDisplayText: textUpTo(WHATSAPP_CTA_DISPLAY_TEXT_MAX), ctaUrl: validUrl() })
	.map(({ bodyText, frame: parts, ctaDisplayText, ctaUrl }): Content => ({ messageType: 'interactive', interactiveType: 'cta_url', bodyText, ...parts, ctaDisplayText, ctaUrl }));

/** A card body within 160 characters and at most 2 line breaks. */
const LINE = '\nmore';
const cardBody = fc
	.tuple(
		textUpTo(WHATSAPP_CAROUSEL_CARD_BODY_MAX - LINE.length * WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX),
		fc.integer({ min: 0, max: WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX }),
	)
	.map(([text, breaks]) => `${text}${LINE.repeat(breaks)}`);

/** The header type every card of a carousel shares (Meta: all cards match; see the failing test on mixed types). */
const carouselCards = (headerTypes: Arbitrary<string[]>): Arbitrary<INodeParameters[]> =>
	headerTypes.chain((types) =>
		fc.tuple(
			...types.map((headerType) =>
				fc.record({
					headerType: fc.constant(headerType),
					mediaUrl: validUrl(),
					bodyText: fc.option(cardBody, { nil: '' }),
					displayText: textUpTo(WHATSAPP_CTA_DISPLAY_TEXT_MAX),
					url: validUrl(),
				}),
			),
		),
	);

const sameHeaderTypes = fc
	.tuple(fc.constantFrom(...WHATSAPP_CAROUSEL_HEADER_TYPES), fc.integer({ min: WHATSAPP_CAROUSEL_CARDS_MIN, max: WHATSAPP_CAROUSEL_CARDS_MAX }))
	.map(([type, count]) => Array.from({ length: count }, () => type));

const carouselContent = fc
	.record({ bodyText: textUpTo(WHATSAPP_INTERACTIVE_BODY_MAX.carousel), cards: carouselCards(sameHeaderTypes) })
	.map(({ bodyText, cards }): Content => ({ messageType: 'interactive', interactiveType: 'carousel', bodyText, cards: { card: cards } }));

const validContent: Arbitrary<Content> = fc.oneof(textContent, mediaContent, buttonContent, listContent, ctaContent, carouselContent);

export const validWhatsAppSend: Arbitrary<ValidSend> = fc.tuple(validPhone, validContent).map(([phone, content]) => ({
	label: `${String(content.messageType)} ${String(content.interactiveType ?? '')}`.trim(),
	parameters: send(phone.typed, content),
	channel: 'whatsapp',
	to: phone.digits,
	type: String(content.messageType),
}));

// ---- invalid: a valid message with exactly one thing broken ----
// More buttons, sections or cards than the fixedCollection allows (3, 10, 10) never reach the node:
// n8n refuses to run a workflow with such a node (see the n8n-guard test), so counts here go below
// the minimum only; the node's own maximum checks are exercised on the payload builder.

/** Replaces entry `index` of a fixedCollection list with `change` applied to it. */
function withEntry(list: INodeParameters[], index: number, change: (entry: INodeParameters) => INodeParameters): INodeParameters[] {
	return list.map((entry, at) => (at === index ? change(entry) : entry));
}

const at = (label: string, index: number) => `${label} ${index + 1}`;

const phoneOk = validPhone.map((phone) => phone.typed);

const brokenText: Arbitrary<InvalidCase> = fc.oneof(
	fc.tuple(phoneOk, textOver(WHATSAPP_TEXT_MAX)).map(([to, text]) => invalidCase('text too long', 'Text', send(to, { messageType: 'text', text }))),
	fc.tuple(phoneOk, blank).map(([to, text]) => invalidCase('text blank', 'Text', send(to, { messageType: 'text', text }))),
);

const brokenMedia: Arbitrary<InvalidCase> = fc.oneof(
	fc
		.tuple(phoneOk, fc.constantFrom(...WHATSAPP_MEDIA_TYPES), invalidUrl)
		.map(([to, messageType, mediaUrl]) => invalidCase('media URL', 'Media URL', send(to, { messageType, mediaUrl }))),
	fc
		.tuple(phoneOk, fc.constantFrom('image', 'video', 'document'), validUrl(), textOver(WHATSAPP_CAPTION_MAX))
		.map(([to, messageType, mediaUrl, caption]) => invalidCase('caption too long', 'Caption', send(to, { messageType, mediaUrl, caption }))),
	fc
		.tuple(phoneOk, fc.constantFrom(...WHATSAPP_MEDIA_TYPES))
		.chain(([to, messageType]) => wrongFormatUrl(WHATSAPP_MEDIA_FORMATS[messageType]).map((mediaUrl) => invalidCase('media format', 'Media URL', send(to, { messageType, mediaUrl })))),
);

const brokenButtons: Arbitrary<InvalidCase> = fc
	.tuple(phoneOk, buttonContent, fc.nat())
	.chain(([to, content, pick]) => {
		const buttons = (content.buttons as { button: INodeParameters[] }).button;
		const index = pick % buttons.length;
		const field = (label: string) => `Buttons › ${at('Button', index)} › ${label}`;
		return fc.oneof(
			textOver(WHATSAPP_INTERACTIVE_BODY_MAX.button).map((bodyText) => invalidCase('body too long', 'Body Text', send(to, { ...content, bodyText }))),
			fc.constant(invalidCase('no buttons', 'Buttons', send(to, { ...content, buttons: { button: [] } }))),
			textOver(WHATSAPP_REPLY_BUTTON_TITLE_MAX).map((title) =>
				invalidCase('button title too long', field('Title'), send(to, { ...content, buttons: { button: withEntry(buttons, index, (b) => ({ ...b, title })) } })),
			),
			textOver(WHATSAPP_REPLY_BUTTON_ID_MAX).map((id) =>
				invalidCase('button ID too long', field('ID'), send(to, { ...content, buttons: { button: withEntry(buttons, index, (b) => ({ ...b, id })) } })),
			),
			fc.constant<INodeParameters[]>([...buttons.slice(0, WHATSAPP_REPLY_BUTTONS_MAX - 1), { ...buttons[0], id: 'another-id' }]).map((list) =>
				invalidCase('duplicate button titles', `Buttons › ${at('Button', list.length - 1)} › Title`, send(to, { ...content, buttons: { button: list } })),
			),
			textOver(WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX).map((headerText) =>
				invalidCase('header text too long', 'Header Text', send(to, { ...content, headerType: 'text', headerText })),
			),
			fc
				.tuple(fc.constantFrom('image', 'video', 'document'), invalidUrl)
				.map(([headerType, headerMediaUrl]) => invalidCase('header media URL', 'Header Media URL', send(to, { ...content, headerType, headerMediaUrl }))),
			notOneOf(WHATSAPP_INTERACTIVE_HEADER_TYPES).map((headerType) => invalidCase('header type', 'Header Type', send(to, { ...content, headerType }))),
			textOver(WHATSAPP_INTERACTIVE_FOOTER_MAX).map((footerText) => invalidCase('footer too long', 'Footer Text', send(to, { ...content, footerText }))),
		);
	});

const brokenList: Arbitrary<InvalidCase> = fc.tuple(phoneOk, listContent, fc.nat()).chain(([to, content, pick]) => {
	const sections = (content.sections as { section: INodeParameters[] }).section;
	const s = pick % sections.length;
	const rows = (sections[s].rows as { row: INodeParameters[] }).row;
	const r = pick % Math.max(1, rows.length);
	const rowField = (label: string) => `Sections › ${at('Section', s)} › Rows › ${at('Row', r)} › ${label}`;
	const withRow = (change: (row: INodeParameters) => INodeParameters) =>
		send(to, { ...content, sections: { section: withEntry(sections, s, (section) => ({ ...section, rows: { row: withEntry(rows, r, change) } })) } });
	const cases: Array<Arbitrary<InvalidCase>> = [
		textOver(WHATSAPP_INTERACTIVE_BODY_MAX.list, 10).map((bodyText) => invalidCase('body too long', 'Body Text', send(to, { ...content, bodyText }))),
		textOver(WHATSAPP_LIST_BUTTON_TEXT_MAX).map((listButtonText) => invalidCase('list button text too long', 'List Button Text', send(to, { ...content, listButtonText }))),
		blank.map((listButtonText) => invalidCase('list button text blank', 'List Button Text', send(to, { ...content, listButtonText }))),
		fc.constantFrom('image', 'video', 'document').map((headerType) =>
			invalidCase('media header on a list', 'Header Type', send(to, { ...content, headerType, headerMediaUrl: 'https://example.com/a.png' })),
		),
		fc.constant(invalidCase('no sections', 'Sections', send(to, { ...content, sections: { section: [] } }))),
		fc
			.integer({ min: WHATSAPP_LIST_ROWS_MAX + 1, max: WHATSAPP_LIST_ROWS_MAX + 6 })
			.map((count) =>
				invalidCase('too many rows in all', 'Sections', send(to, {
					...content,
					sections: {
						section: [
							{ title: 'First', rows: { row: Array.from({ length: count - 1 }, (_, i) => ({ title: `Row ${i + 1}` })) } },
							{ title: 'Second', rows: { row: [{ title: 'Last row' }] } },
						],
					},
				})),
			),
	];
	if (rows.length > 0) {
		cases.push(
			textOver(WHATSAPP_LIST_ROW_TITLE_MAX).map((title) => invalidCase('row title too long', rowField('Title'), withRow((row) => ({ ...row, title })))),
			textOver(WHATSAPP_LIST_ROW_DESCRIPTION_MAX).map((description) =>
				invalidCase('row description too long', rowField('Description'), withRow((row) => ({ ...row, description }))),
			),
			textOver(WHATSAPP_LIST_ROW_ID_MAX).map((id) => invalidCase('row ID too long', rowField('ID'), withRow((row) => ({ ...row, id })))),
		);
	}
	if (sections.length > 1) {
		cases.push(
			blank.map((title) =>
				invalidCase('section title missing', `Sections › ${at('Section', s)} › Title`, send(to, {
					...content,
					sections: { section: withEntry(sections, s, (section) => ({ ...section, title })) },
				})),
			),
		);
	}
	return fc.oneof(...cases);
});

const brokenCta: Arbitrary<InvalidCase> = fc.tuple(phoneOk, ctaContent).chain(([to, content]) =>
	fc.oneof(
		textOver(WHATSAPP_CTA_DISPLAY_TEXT_MAX).map((ctaDisplayText) => invalidCase('button text too long', 'Button Text', send(to, { ...content, ctaDisplayText }))),
		invalidUrl.map((ctaUrl) => invalidCase('button URL', 'Button URL', send(to, { ...content, ctaUrl }))),
		textOver(WHATSAPP_INTERACTIVE_BODY_MAX.cta_url).map((bodyText) => invalidCase('body too long', 'Body Text', send(to, { ...content, bodyText }))),
	),
);

const brokenCarousel: Arbitrary<InvalidCase> = fc.tuple(phoneOk, carouselContent, fc.nat()).chain(([to, content, pick]) => {
	const cards = (content.cards as { card: INodeParameters[] }).card;
	const index = pick % cards.length;
	const field = (label: string) => `Cards › ${at('Card', index)} › ${label}`;
	const withCard = (change: (card: INodeParameters) => INodeParameters) => send(to, { ...content, cards: { card: withEntry(cards, index, change) } });
	return fc.oneof(
		fc
			.integer({ min: 0, max: WHATSAPP_CAROUSEL_CARDS_MIN - 1 })
			.map((count) =>
				invalidCase('card count', 'Cards', send(to, { ...content, cards: { card: Array.from({ length: count }, (_, i) => cards[i % cards.length]) } })),
			),
		fc.constantFrom('document', 'text', 'gif').map((headerType) => invalidCase('card media type', field('Media Type'), withCard((card) => ({ ...card, headerType })))),
		invalidUrl.map((mediaUrl) => invalidCase('card media URL', field('Media URL'), withCard((card) => ({ ...card, mediaUrl })))),
		textOver(WHATSAPP_CAROUSEL_CARD_BODY_MAX).map((bodyText) => invalidCase('card body too long', field('Body Text'), withCard((card) => ({ ...card, bodyText })))),
		fc
			.integer({ min: WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX + 1, max: 8 })
			.map((breaks) => invalidCase('card body line breaks', field('Body Text'), withCard((card) => ({ ...card, bodyText: Array.from({ length: breaks + 1 }, () => 'line').join('\n') })))),
		textOver(WHATSAPP_CTA_DISPLAY_TEXT_MAX).map((displayText) => invalidCase('card button text', field('Button Text'), withCard((card) => ({ ...card, displayText })))),
		invalidUrl.map((url) => invalidCase('card button URL', field('Button URL'), withCard((card) => ({ ...card, url })))),
	);
});

const brokenKind: Arbitrary<InvalidCase> = fc.oneof(
	fc.tuple(phoneOk, notOneOf(WHATSAPP_MESSAGE_TYPES)).map(([to, messageType]) => invalidCase('message type', 'Message Type', send(to, { messageType, text: 'Hi' }))),
	fc
		.tuple(phoneOk, notOneOf(WHATSAPP_INTERACTIVE_TYPES))
		.map(([to, interactiveType]) => invalidCase('interactive type', 'Interactive Type', send(to, { messageType: 'interactive', interactiveType, bodyText: 'Hi' }))),
	fc.tuple(invalidPhone, validContent).map(([to, content]) => invalidCase('recipient', 'Recipient Phone Number', send(to, content))),
);

export const invalidWhatsAppSend: Arbitrary<InvalidCase> = fc.oneof(brokenKind, brokenText, brokenMedia, brokenButtons, brokenList, brokenCta, brokenCarousel);

