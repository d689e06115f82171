// WhatsApp `type: "interactive"`: INCS documents the sub-kinds but not the payload (§13.1), so
// the simulator holds callers to Meta's Cloud API shapes and limits.

import * as L from '../limits';
import {
	arrayValue,
	invalid,
	objectAt,
	oneOf,
	optionalObject,
	optionalString,
	requiredObject,
	requiredString,
	urlValue,
	type JsonObject,
} from './common';

const INTERACTIVE_TYPES = ['button', 'list', 'cta_url', 'carousel'] as const;
const HEADER_TYPES = ['text', 'image', 'video', 'document'] as const;

function header(interactive: JsonObject, allowed: readonly (typeof HEADER_TYPES)[number][]): void {
	const value = optionalObject(interactive, 'header', 'interactive.header');
	if (!value) return;
	const type = oneOf(value.type, allowed, 'interactive.header.type');
	if (type === 'text') requiredString(value, 'text', 'interactive.header.text', { max: L.INTERACTIVE_HEADER_TEXT_MAX });
	else urlValue(requiredObject(value, type, `interactive.header.${type}`).link, `interactive.header.${type}.link`);
}

function bodyText(interactive: JsonObject, max: number): void {
	requiredString(requiredObject(interactive, 'body', 'interactive.body'), 'text', 'interactive.body.text', { max });
}

function footer(interactive: JsonObject): void {
	const value = optionalObject(interactive, 'footer', 'interactive.footer');
	if (value) requiredString(value, 'text', 'interactive.footer.text', { max: L.INTERACTIVE_FOOTER_MAX });
}

function unique(values: string[], path: string): void {
	if (new Set(values).size !== values.length) invalid(`The ${path} values must be unique.`);
}

function replyButtons(interactive: JsonObject): void {
	header(interactive, HEADER_TYPES);
	bodyText(interactive, L.INTERACTIVE_BODY_MAX);
	footer(interactive);
	const action = requiredObject(interactive, 'action', 'interactive.action');
	const buttons = arrayValue(action.buttons, 'interactive.action.buttons', { min: 1, max: L.INTERACTIVE_REPLY_BUTTONS_MAX });
	const ids: string[] = [];
	const titles: string[] = [];
	buttons.forEach((value, i) => {
		const path = `interactive.action.buttons.${i}`;
		const button = objectAt(value, path);
		oneOf(button.type, ['reply'], `${path}.type`);
		const reply = requiredObject(button, 'reply', `${path}.reply`);
		ids.push(requiredString(reply, 'id', `${path}.reply.id`, { max: L.INTERACTIVE_REPLY_ID_MAX }));
		titles.push(requiredString(reply, 'title', `${path}.reply.title`, { max: L.INTERACTIVE_REPLY_TITLE_MAX }));
	});
	unique(ids, 'interactive.action.buttons.*.reply.id');
	unique(titles, 'interactive.action.buttons.*.reply.title');
}

function list(interactive: JsonObject): void {
	header(interactive, ['text']);
	bodyText(interactive, L.INTERACTIVE_LIST_BODY_MAX);
	footer(interactive);
	const action = requiredObject(interactive, 'action', 'interactive.action');
	requiredString(action, 'button', 'interactive.action.button', { max: L.INTERACTIVE_LIST_BUTTON_MAX });
	const sections = arrayValue(action.sections, 'interactive.action.sections', { min: 1, max: L.INTERACTIVE_LIST_SECTIONS_MAX });
	const rowIds: string[] = [];
	sections.forEach((value, i) => {
		const path = `interactive.action.sections.${i}`;
		const section = objectAt(value, path);
		// A title is only optional when there is a single section.
		if (sections.length > 1) requiredString(section, 'title', `${path}.title`, { max: L.INTERACTIVE_LIST_SECTION_TITLE_MAX });
		else optionalString(section, 'title', `${path}.title`, { max: L.INTERACTIVE_LIST_SECTION_TITLE_MAX });
		arrayValue(section.rows, `${path}.rows`, { min: 1 }).forEach((rowValue, j) => {
			const row = objectAt(rowValue, `${path}.rows.${j}`);
			rowIds.push(requiredString(row, 'id', `${path}.rows.${j}.id`, { max: L.INTERACTIVE_LIST_ROW_ID_MAX }));
			requiredString(row, 'title', `${path}.rows.${j}.title`, { max: L.INTERACTIVE_LIST_ROW_TITLE_MAX });
			optionalString(row, 'description', `${path}.rows.${j}.description`, { max: L.INTERACTIVE_LIST_ROW_DESCRIPTION_MAX });
		});
	});
	if (rowIds.length > L.INTERACTIVE_LIST_ROWS_TOTAL_MAX) {
		invalid(`The interactive.action.sections may not have more than ${L.INTERACTIVE_LIST_ROWS_TOTAL_MAX} rows in total.`);
	}
	unique(rowIds, 'interactive.action.sections.*.rows.*.id');
}

function ctaUrlAction(action: JsonObject, path: string): void {
	oneOf(action.name, ['cta_url'], `${path}.name`);
	const parameters = requiredObject(action, 'parameters', `${path}.parameters`);
	requiredString(parameters, 'display_text', `${path}.parameters.display_text`, { max: L.INTERACTIVE_CTA_DISPLAY_TEXT_MAX });
	urlValue(parameters.url, `${path}.parameters.url`);
}

function ctaUrl(interactive: JsonObject): void {
	header(interactive, HEADER_TYPES);
	bodyText(interactive, L.INTERACTIVE_BODY_MAX);
	footer(interactive);
	ctaUrlAction(requiredObject(interactive, 'action', 'interactive.action'), 'interactive.action');
}

function carousel(interactive: JsonObject): void {
	bodyText(interactive, L.INTERACTIVE_BODY_MAX);
	const action = requiredObject(interactive, 'action', 'interactive.action');
	const cards = arrayValue(action.cards, 'interactive.action.cards', {
		min: L.INTERACTIVE_CAROUSEL_CARDS_MIN,
		max: L.INTERACTIVE_CAROUSEL_CARDS_MAX,
	});
	const headerTypes = new Set<string>();
	const cardKinds = new Set<string>();
	cards.forEach((value, i) => {
		const path = `interactive.action.cards.${i}`;
		const card = objectAt(value, path);
		if (card.card_index !== i) invalid(`The ${path}.card_index must be ${i}.`);
		const cardHeader = requiredObject(card, 'header', `${path}.header`);
		const headerType = oneOf(cardHeader.type, ['image', 'video'], `${path}.header.type`);
		urlValue(requiredObject(cardHeader, headerType, `${path}.header.${headerType}`).link, `${path}.header.${headerType}.link`);
		headerTypes.add(headerType);
		const body = optionalObject(card, 'body', `${path}.body`);
		if (body) requiredString(body, 'text', `${path}.body.text`, { max: L.INTERACTIVE_CAROUSEL_CARD_BODY_MAX });
		const cardAction = requiredObject(card, 'action', `${path}.action`);
		if (cardAction.buttons !== undefined) {
			cardKinds.add('quick_reply');
			arrayValue(cardAction.buttons, `${path}.action.buttons`, { min: 1, max: L.INTERACTIVE_CAROUSEL_CARD_QUICK_REPLIES_MAX }).forEach((b, j) => {
				const button = objectAt(b, `${path}.action.buttons.${j}`);
				oneOf(button.type, ['quick_reply'], `${path}.action.buttons.${j}.type`);
				const reply = requiredObject(button, 'quick_reply', `${path}.action.buttons.${j}.quick_reply`);
				requiredString(reply, 'id', `${path}.action.buttons.${j}.quick_reply.id`, { max: L.INTERACTIVE_REPLY_ID_MAX });
				requiredString(reply, 'title', `${path}.action.buttons.${j}.quick_reply.title`, { max: L.INTERACTIVE_REPLY_TITLE_MAX });
			});
		} else {
			cardKinds.add('cta_url');
			ctaUrlAction(cardAction, `${path}.action`);
		}
	});
	// Meta requires every card of a carousel to share the same header media and button kind.
	if (headerTypes.size > 1) invalid('The interactive.action.cards must all use the same header type.');
	if (cardKinds.size > 1) invalid('The interactive.action.cards must all use the same kind of buttons.');
}

export function validateInteractive(body: JsonObject): void {
	const interactive = requiredObject(body, 'interactive', 'interactive');
	const type = oneOf(interactive.type, INTERACTIVE_TYPES, 'interactive.type');
	switch (type) {
		case 'button':
			return replyButtons(interactive);
		case 'list':
			return list(interactive);
		case 'cta_url':
			return ctaUrl(interactive);
		case 'carousel':
			return carousel(interactive);
	}
}
