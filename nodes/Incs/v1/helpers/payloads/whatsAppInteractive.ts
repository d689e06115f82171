/**
 * WhatsApp interactive messages. INCS lists the four kinds (INCS "Send WhatsApp message") but documents no
 * bodies: these follow Meta's Cloud API `interactive` object and its limits, which live in
 * `constants/whatsapp.ts` with their sources.
 */
import {
	WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX,
	WHATSAPP_CAROUSEL_CARD_BODY_MAX,
	WHATSAPP_CAROUSEL_CARDS_MAX,
	WHATSAPP_CAROUSEL_CARDS_MIN,
	WHATSAPP_CAROUSEL_HEADER_TYPES,
	WHATSAPP_CTA_DISPLAY_TEXT_MAX,
	WHATSAPP_INTERACTIVE_BODY_MAX,
	WHATSAPP_INTERACTIVE_FOOTER_MAX,
	WHATSAPP_INTERACTIVE_HEADER_TYPES,
	WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX,
	WHATSAPP_LIST_BUTTON_TEXT_MAX,
	WHATSAPP_LIST_HEADER_TYPES,
	WHATSAPP_LIST_ROW_DESCRIPTION_MAX,
	WHATSAPP_LIST_ROW_ID_MAX,
	WHATSAPP_LIST_ROW_TITLE_MAX,
	WHATSAPP_LIST_ROWS_MAX,
	WHATSAPP_LIST_ROWS_MIN,
	WHATSAPP_LIST_SECTION_TITLE_MAX,
	WHATSAPP_LIST_SECTIONS_MAX,
	WHATSAPP_REPLY_BUTTON_ID_MAX,
	WHATSAPP_REPLY_BUTTON_TITLE_MAX,
	WHATSAPP_REPLY_BUTTONS_MAX,
	WHATSAPP_REPLY_BUTTONS_MIN,
	type WhatsAppInteractiveHeaderType,
	type WhatsAppInteractiveType,
	WHATSAPP_MEDIA_FORMATS,
} from '../constants/whatsapp';
import { ValidationError } from '../validation/error';
import { checkUrl, mediaUrl } from '../validation/links';
import { checkLineBreaks, optionalText, requiredText } from '../validation/text';
import { checkCount, checkOneOf, checkUnique } from '../validation/values';
import { LABELS } from '../labels';
import { fieldPath } from '../validation/fieldPath';
import type {
	WhatsAppCarouselCard,
	WhatsAppInteractive,
	WhatsAppInteractiveHeader,
	WhatsAppListSection,
	WhatsAppPayload,
	WhatsAppReplyButton,
	WhatsAppTextBlock,
} from './types';

/** The interactive fields as read from the node, before validation. */
export interface InteractiveInput {
	interactiveType: WhatsAppInteractiveType;
	bodyText: unknown;
	footerText?: unknown;
	headerType?: unknown;
	headerText?: unknown;
	headerMediaUrl?: unknown;
	buttons?: Array<{ id?: unknown; title?: unknown }>;
	listButtonText?: unknown;
	sections?: Array<{ title?: unknown; rows?: Array<{ id?: unknown; title?: unknown; description?: unknown }> }>;
	ctaDisplayText?: unknown;
	ctaUrl?: unknown;
	cards?: Array<{ headerType?: unknown; mediaUrl?: unknown; bodyText?: unknown; displayText?: unknown; url?: unknown }>;
}

export function buildWhatsAppInteractive(input: InteractiveInput): WhatsAppPayload {
	return { type: 'interactive', interactive: buildInteractiveObject(input) };
}

function buildInteractiveObject(input: InteractiveInput): WhatsAppInteractive {
	const body = { text: requiredText(LABELS.bodyText, input.bodyText, WHATSAPP_INTERACTIVE_BODY_MAX[input.interactiveType]) };
	switch (input.interactiveType) {
		case 'button':
			return { type: 'button', ...frame(input, true), body, action: { buttons: replyButtons(input.buttons ?? []) } };
		case 'list': {
			const { header, footer } = frame(input, false);
			return {
				type: 'list',
				...(header?.type === 'text' ? { header } : {}),
				body,
				...(footer ? { footer } : {}),
				action: {
					button: requiredText(LABELS.listButtonText, input.listButtonText, WHATSAPP_LIST_BUTTON_TEXT_MAX),
					sections: listSections(input.sections ?? []),
				},
			};
		}
		case 'cta_url':
			return { type: 'cta_url', ...frame(input, true), body, action: ctaAction(input.ctaDisplayText, input.ctaUrl) };
		case 'carousel':
			// Meta: a carousel has no header or footer of its own; each card carries its media.
			return { type: 'carousel', body, action: { cards: carouselCards(input.cards ?? []) } };
	}
}

/** Optional header and footer; `mediaAllowed` is false for lists (Meta: text headers only). */
function frame(
	input: InteractiveInput,
	mediaAllowed: boolean,
): { header?: WhatsAppInteractiveHeader; footer?: WhatsAppTextBlock } {
	const result: { header?: WhatsAppInteractiveHeader; footer?: WhatsAppTextBlock } = {};
	const allowed: readonly WhatsAppInteractiveHeaderType[] = mediaAllowed
		? WHATSAPP_INTERACTIVE_HEADER_TYPES
		: WHATSAPP_LIST_HEADER_TYPES;
	const headerType = checkOneOf(LABELS.headerType, input.headerType ?? 'none', allowed);
	if (headerType === 'text') {
		result.header = { type: 'text', text: requiredText(LABELS.headerText, input.headerText, WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX) };
	} else if (headerType !== 'none') {
		const link = mediaUrl(LABELS.headerMediaUrl, input.headerMediaUrl, WHATSAPP_MEDIA_FORMATS[headerType]);
		result.header =
			headerType === 'image'
				? { type: 'image', image: { link } }
				: headerType === 'video'
					? { type: 'video', video: { link } }
					: { type: 'document', document: { link } };
	}
	const footer = optionalText(LABELS.footerText, input.footerText, WHATSAPP_INTERACTIVE_FOOTER_MAX);
	if (footer !== undefined) result.footer = { text: footer };
	return result;
}

function replyButtons(entries: Array<{ id?: unknown; title?: unknown }>): WhatsAppReplyButton[] {
	checkCount(LABELS.buttons, entries.length, WHATSAPP_REPLY_BUTTONS_MIN, WHATSAPP_REPLY_BUTTONS_MAX, 'buttons');
	const buttons = entries.map((entry, index): WhatsAppReplyButton => {
		const at = (label: string) => fieldPath(LABELS.buttons, [LABELS.button, index], label);
		const title = requiredText(at(LABELS.buttonTitle), entry.title, WHATSAPP_REPLY_BUTTON_TITLE_MAX);
		// Without an ID the title is used: it is what the reply webhook then reports.
		const id = optionalText(at(LABELS.buttonId), entry.id, WHATSAPP_REPLY_BUTTON_ID_MAX) ?? title;
		return { type: 'reply', reply: { id, title } };
	});
	checkUnique((i) => fieldPath(LABELS.buttons, [LABELS.button, i], LABELS.buttonTitle), buttons.map((b) => b.reply.title), 'button title');
	checkUnique((i) => fieldPath(LABELS.buttons, [LABELS.button, i], LABELS.buttonId), buttons.map((b) => b.reply.id), 'button ID');
	return buttons;
}

function listSections(entries: NonNullable<InteractiveInput['sections']>): WhatsAppListSection[] {
	checkCount(LABELS.sections, entries.length, 1, WHATSAPP_LIST_SECTIONS_MAX, 'sections');
	const rowCount = entries.reduce((sum, section) => sum + (section.rows ?? []).length, 0);
	if (rowCount < WHATSAPP_LIST_ROWS_MIN || rowCount > WHATSAPP_LIST_ROWS_MAX) {
		throw new ValidationError(
			LABELS.sections,
			`the sections have ${rowCount} rows in all; ${WHATSAPP_LIST_ROWS_MIN} to ${WHATSAPP_LIST_ROWS_MAX} are allowed`,
			`Keep between ${WHATSAPP_LIST_ROWS_MIN} and ${WHATSAPP_LIST_ROWS_MAX} rows across all sections.`,
		);
	}
	const rowIds: string[] = [];
	const rowPaths: string[] = [];
	const sections = entries.map((entry, sectionIndex): WhatsAppListSection => {
		const sectionPath = (label: string) => fieldPath(LABELS.sections, [LABELS.section, sectionIndex], label);
		// Meta requires a section title as soon as there is more than one section.
		const title =
			entries.length > 1
				? requiredText(sectionPath(LABELS.sectionTitle), entry.title, WHATSAPP_LIST_SECTION_TITLE_MAX)
				: optionalText(sectionPath(LABELS.sectionTitle), entry.title, WHATSAPP_LIST_SECTION_TITLE_MAX);
		// Meta requires rows in every section; an empty one is refused.
		if ((entry.rows ?? []).length === 0) {
			throw new ValidationError(
				sectionPath(LABELS.rows),
				'the section has no rows; every section needs at least 1',
				'Add a row to this section, or remove the section.',
			);
		}
		const rows = (entry.rows ?? []).map((row, rowIndex) => {
			const at = (label: string) =>
				fieldPath(LABELS.sections, [LABELS.section, sectionIndex], LABELS.rows, [LABELS.row, rowIndex], label);
			const rowTitle = requiredText(at(LABELS.rowTitle), row.title, WHATSAPP_LIST_ROW_TITLE_MAX);
			const id = optionalText(at(LABELS.rowId), row.id, WHATSAPP_LIST_ROW_ID_MAX) ?? rowTitle;
			const description = optionalText(at(LABELS.rowDescription), row.description, WHATSAPP_LIST_ROW_DESCRIPTION_MAX);
			rowIds.push(id);
			rowPaths.push(at(LABELS.rowId));
			return { id, title: rowTitle, ...(description === undefined ? {} : { description }) };
		});
		return { ...(title === undefined ? {} : { title }), rows };
	});
	// Row IDs identify the user's choice in the reply webhook, so Meta wants them unique.
	checkUnique((i) => rowPaths[i], rowIds, 'row ID');
	return sections;
}

function ctaAction(displayText: unknown, url: unknown, at: (label: string) => string = (label) => label) {
	return {
		name: 'cta_url' as const,
		parameters: {
			display_text: requiredText(at(LABELS.ctaDisplayText), displayText, WHATSAPP_CTA_DISPLAY_TEXT_MAX),
			// A link the person opens on their phone, not a file INCS downloads.
			url: checkUrl(at(LABELS.ctaUrl), url),
		},
	};
}

function carouselCards(entries: NonNullable<InteractiveInput['cards']>): WhatsAppCarouselCard[] {
	checkCount(LABELS.cards, entries.length, WHATSAPP_CAROUSEL_CARDS_MIN, WHATSAPP_CAROUSEL_CARDS_MAX, 'cards');
	let firstHeaderType: string | undefined;
	return entries.map((entry, index): WhatsAppCarouselCard => {
		const at = (label: string) => fieldPath(LABELS.cards, [LABELS.card, index], label);
		const headerType = checkOneOf(at(LABELS.cardHeaderType), entry.headerType ?? 'image', WHATSAPP_CAROUSEL_HEADER_TYPES);
		// Meta: every card of a media carousel has the same header type (all images or all videos).
		firstHeaderType ??= headerType;
		if (headerType !== firstHeaderType) {
			throw new ValidationError(
				at(LABELS.cardHeaderType),
				`it is ${headerType}, but card 1 is ${firstHeaderType}; all cards of a carousel use the same media type`,
				`Use ${firstHeaderType} for every card, or make every card ${headerType}.`,
			);
		}
		const link = mediaUrl(at(LABELS.cardMediaUrl), entry.mediaUrl, WHATSAPP_MEDIA_FORMATS[headerType]);
		const bodyText = optionalText(at(LABELS.cardBodyText), entry.bodyText, WHATSAPP_CAROUSEL_CARD_BODY_MAX);
		if (bodyText !== undefined) checkLineBreaks(at(LABELS.cardBodyText), bodyText, WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX);
		return {
			card_index: index,
			type: 'cta_url',
			header: headerType === 'image' ? { type: 'image', image: { link } } : { type: 'video', video: { link } },
			...(bodyText === undefined ? {} : { body: { text: bodyText } }),
			action: ctaAction(entry.displayText, entry.url, at),
		};
	});
}
