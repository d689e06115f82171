// RCS template definitions (§8). Category is top level (the table wins over the carousel
// example, D13). Placeholders [name] are allowed in texts and URLs, so URL checks ignore them.

import * as L from '../limits';
import {
	arrayValue,
	bodyObject,
	invalid,
	isHttpUrl,
	objectAt,
	oneOf,
	optionalOneOf,
	optionalString,
	requiredObject,
	requiredString,
	requireTopLevel,
	stringValue,
	type JsonObject,
} from './common';

export interface RcsTemplateInput {
	name: string;
	type: (typeof L.RCS_TEMPLATE_TYPES)[number];
	category: string;
	content: JsonObject;
}

/** A URL that may carry [variables]: checked with each variable replaced by a sample value. */
function urlWithVariables(value: unknown, path: string): string {
	const text = stringValue(value, path);
	if (!isHttpUrl(text.replace(/\[[A-Za-z0-9_]+\]/g, 'x'))) invalid(`The ${path} must be a valid URL.`);
	return text;
}

function calendarTime(value: unknown, path: string): number {
	const text = stringValue(value, path);
	const match = L.RCS_CALENDAR_TIME_PATTERN.exec(text);
	const [, y, mo, d, h, mi, s] = match ?? [];
	const date = match ? new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)) : undefined;
	// Round-tripping rejects impossible dates such as 2030-02-30.
	if (!date || date.getUTCMonth() !== +mo - 1 || date.getUTCDate() !== +d || +h > 23 || +mi > 59 || +s > 59) {
		invalid(`The ${path} must be a date in the format YYYY-MM-DD HH:mm:ss.`);
	}
	return date.getTime();
}

function number(value: unknown, path: string, min: number, max: number): void {
	if (typeof value !== 'number' || !Number.isFinite(value)) invalid(`The ${path} must be a number.`);
	if (value < min || value > max) invalid(`The ${path} must be between ${min} and ${max}.`);
}

function suggestion(value: unknown, path: string): void {
	const item = objectAt(value, path);
	const type = oneOf(item.suggestionType, L.RCS_SUGGESTION_TYPES, `${path}.suggestionType`);
	requiredString(item, 'text', `${path}.text`, { max: L.RCS_SUGGESTION_TEXT_MAX });
	requiredString(item, 'postbackData', `${path}.postbackData`, { max: L.RCS_POSTBACK_MAX });
	switch (type) {
		case 'url_action':
			urlWithVariables(item.url, `${path}.url`);
			if (item.application !== undefined) {
				oneOf(item.application, ['WEBVIEW'], `${path}.application`);
				optionalOneOf(item, 'webviewViewMode', L.RCS_WEBVIEW_MODES, `${path}.webviewViewMode`);
				optionalString(item, 'description', `${path}.description`);
			}
			break;
		case 'dialer_action':
			// International format with a leading + (§8.3).
			if (!/^\+\d{7,15}$/.test(stringValue(item.phoneNumber, `${path}.phoneNumber`))) {
				invalid(`The ${path}.phoneNumber must be in international format, e.g. +62800000000.`);
			}
			break;
		case 'view_location':
			number(item.latitude, `${path}.latitude`, -90, 90);
			number(item.longitude, `${path}.longitude`, -180, 180);
			optionalString(item, 'label', `${path}.label`);
			break;
		case 'query_location':
			requiredString(item, 'query', `${path}.query`);
			break;
		case 'calendar_event': {
			requiredString(item, 'title', `${path}.title`);
			optionalString(item, 'description', `${path}.description`);
			const start = calendarTime(item.startTime, `${path}.startTime`);
			const end = calendarTime(item.endTime, `${path}.endTime`);
			if (end <= start) invalid(`The ${path}.endTime must be after the startTime.`);
			break;
		}
		case 'reply':
		case 'share_location':
			break;
	}
}

function suggestions(container: JsonObject, path: string, max: number): void {
	if (container.suggestions === undefined) return;
	arrayValue(container.suggestions, `${path}.suggestions`, { max }).forEach((s, i) => suggestion(s, `${path}.suggestions.${i}`));
}

function card(value: unknown, path: string, thumbnailRequiredForVideo: boolean): void {
	const item = objectAt(value, path);
	requiredString(item, 'cardTitle', `${path}.cardTitle`, { max: L.RCS_CARD_TITLE_MAX });
	optionalString(item, 'cardDescription', `${path}.cardDescription`, { max: L.RCS_CARD_DESCRIPTION_MAX });
	const mediaUrl = urlWithVariables(item.mediaUrl, `${path}.mediaUrl`);
	const thumbnail = optionalString(item, 'thumbnailUrl', `${path}.thumbnailUrl`);
	if (thumbnail) urlWithVariables(thumbnail, `${path}.thumbnailUrl`);
	if (thumbnailRequiredForVideo && !thumbnail && L.RCS_VIDEO_EXTENSIONS.test(mediaUrl)) {
		invalid(`The ${path}.thumbnailUrl is required when the media is a video.`);
	}
	suggestions(item, path, L.RCS_CARD_SUGGESTIONS_MAX);
}

function textContent(content: JsonObject): void {
	requiredString(content, 'textMessage', 'content.textMessage', { max: L.RCS_TEXT_MESSAGE_MAX });
	suggestions(content, 'content', L.RCS_TEXT_SUGGESTIONS_MAX);
}

function richcardContent(content: JsonObject): void {
	oneOf(content.orientation, L.RCS_ORIENTATIONS, 'content.orientation');
	optionalOneOf(content, 'alignment', L.RCS_ALIGNMENTS, 'content.alignment');
	optionalOneOf(content, 'height', L.RCS_HEIGHTS, 'content.height');
	card(requiredObject(content, 'standaloneCard', 'content.standaloneCard'), 'content.standaloneCard', true);
}

function carouselContent(content: JsonObject): void {
	oneOf(content.width, L.RCS_WIDTHS, 'content.width');
	oneOf(content.height, L.RCS_HEIGHTS, 'content.height');
	const cards = arrayValue(content.carouselCard, 'content.carouselCard', { min: L.RCS_CAROUSEL_CARDS_MIN, max: L.RCS_CAROUSEL_CARDS_MAX });
	cards.forEach((c, i) => card(c, `content.carouselCard.${i}`, false));
}

export function validateRcsTemplate(raw: unknown): RcsTemplateInput {
	const input = bodyObject(raw);
	requireTopLevel(input, 'name');
	const name = requiredString(input, 'name', 'name', { max: L.RCS_TEMPLATE_NAME_MAX });
	if (!L.RCS_TEMPLATE_NAME_PATTERN.test(name)) invalid('The name may only contain letters, digits and underscores.');
	const type = oneOf(requireTopLevel(input, 'type'), L.RCS_TEMPLATE_TYPES, 'type');
	const category = oneOf(requireTopLevel(input, 'category'), L.RCS_CATEGORIES, 'category');
	requireTopLevel(input, 'content');
	const content = requiredObject(input, 'content', 'content');
	if (type === 'text') textContent(content);
	if (type === 'richcard') richcardContent(content);
	if (type === 'carousel') carouselContent(content);
	return { name, type, category, content };
}
