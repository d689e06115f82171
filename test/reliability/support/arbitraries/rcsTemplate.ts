import fc, { type Arbitrary } from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import { RCS_TEMPLATE_NAME_MAX, RCS_TEXT_MAX } from '../../../../nodes/Incs/v1/helpers/constants/rcs';
import {
	RCS_ALIGNMENTS,
	RCS_CARD_DESCRIPTION_MAX,
	RCS_CARD_HEIGHTS,
	RCS_CARD_TITLE_MAX,
	RCS_CARD_WIDTHS,
	RCS_CAROUSEL_CARDS_MAX,
	RCS_CAROUSEL_CARDS_MIN,
	RCS_LATITUDE_RANGE,
	RCS_LONGITUDE_RANGE,
	RCS_ORIENTATIONS,
	RCS_SUGGESTION_POSTBACK_MAX,
	RCS_SUGGESTION_TEXT_MAX,
	RCS_SUGGESTIONS_MAX,
	RCS_TEMPLATE_CATEGORIES,
	RCS_TEMPLATE_TYPES,
	RCS_WEBVIEW_VIEW_MODES,
} from '../../../../nodes/Incs/v1/helpers/constants/rcsTemplate';
import { invalidCase, type InvalidCase, type ValidTemplate } from '../cases';
import { validPhone } from './phone';
import { blank, lengthUpTo, notOneOf, textOver, textUpTo, word } from './text';
import { invalidUrl, validUrl } from './url';

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';
const templateName = lengthUpTo(RCS_TEMPLATE_NAME_MAX).chain((length) => word(length, length, NAME_CHARS));

// ---- suggestions ----

const pad = (value: number) => String(value).padStart(2, '0');
const wallClock = (date: Date) =>
	`${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;

/** Start and end of an event, end after start, written as INCS takes them or as a date picker gives them (one zone for both). */
const eventTimes = fc
	.record({
		start: fc.integer({ min: Date.UTC(2030, 0, 1) / 1000, max: Date.UTC(2039, 11, 31) / 1000 }),
		length: fc.integer({ min: 1, max: 30 * 24 * 3600 }),
		style: fc.constantFrom('incs', 'iso', 'isoZoned'),
	})
	.map(({ start, length, style }) => {
		const write = (seconds: number) => {
			const text = wallClock(new Date(seconds * 1000));
			if (style === 'incs') return text;
			return `${text.replace(' ', 'T')}${style === 'isoZoned' ? '.000+07:00' : ''}`;
		};
		return { startTime: write(start), endTime: write(start + length) };
	});

const dialerNumber = validPhone.map((phone) => `+${phone.digits.slice(0, 3)} ${phone.digits.slice(3, 7)}-${phone.digits.slice(7)}`.replace(/[ -]$/, ''));

const suggestion: Arbitrary<INodeParameters> = fc
	.record({ text: textUpTo(RCS_SUGGESTION_TEXT_MAX), postbackData: textUpTo(RCS_SUGGESTION_POSTBACK_MAX) })
	.chain((base) =>
		fc
			.oneof(
				fc.constantFrom<INodeParameters>({ suggestionType: 'reply' }, { suggestionType: 'share_location' }),
				fc.record({ suggestionType: fc.constant('url_action'), openIn: fc.constant('browser'), url: validUrl() }),
				fc.record({
					suggestionType: fc.constant('url_action'),
					openIn: fc.constant('webview'),
					url: validUrl(),
					webviewViewMode: fc.constantFrom(...RCS_WEBVIEW_VIEW_MODES),
					webviewDescription: fc.option(textUpTo(40), { nil: '' }),
				}),
				fc.record({ suggestionType: fc.constant('dialer_action'), phoneNumber: dialerNumber }),
				fc.record({
					suggestionType: fc.constant('view_location'),
					latitude: fc.double({ min: RCS_LATITUDE_RANGE.min, max: RCS_LATITUDE_RANGE.max, noNaN: true }),
					longitude: fc.double({ min: RCS_LONGITUDE_RANGE.min, max: RCS_LONGITUDE_RANGE.max, noNaN: true }),
					label: fc.option(textUpTo(40), { nil: '' }),
				}),
				fc.record({ suggestionType: fc.constant('query_location'), query: textUpTo(40) }),
				fc
					.record({ eventTitle: textUpTo(40), eventDescription: fc.option(textUpTo(60), { nil: '' }), times: eventTimes })
					.map(({ eventTitle, eventDescription, times }) => ({ suggestionType: 'calendar_event', eventTitle, eventDescription, ...times })),
			)
			.map((kind) => ({ ...base, ...kind })),
	);

const suggestions = (max: number) => fc.array(suggestion, { maxLength: max }).map((list) => ({ suggestion: list }));

// ---- valid templates ----

/** Text with a `[variable]` now and then, as templates carry them. */
const templateText = (max: number) => fc.tuple(textUpTo(max - 12), fc.option(word(1, 8), { nil: undefined })).map(([text, variable]) => (variable ? `${text} [${variable}]` : text));

const imageCard = fc.record({ mediaType: fc.constant('image'), mediaUrl: validUrl('.png') });
const videoCard = fc.record({ mediaType: fc.constant('video'), mediaUrl: validUrl('.mp4'), thumbnailUrl: validUrl('.jpg') });

const create = (name: string, category: string, templateType: string, content: INodeParameters): ValidTemplate => ({
	label: templateType,
	name,
	parameters: { resource: 'rcsTemplate', operation: 'create', name, category, templateType, ...content },
});

const head = fc.record({ name: templateName, category: fc.constantFrom(...RCS_TEMPLATE_CATEGORIES) });

const textTemplate = fc
	.record({ head, textMessage: templateText(RCS_TEXT_MAX), suggestions: suggestions(RCS_SUGGESTIONS_MAX.text) })
	.map(({ head: { name, category }, textMessage, suggestions: list }) => create(name, category, 'text', { textMessage, suggestions: list }));

const richCardTemplate = fc
	.record({
		head,
		layout: fc.oneof(
			fc.constantFrom(...RCS_CARD_HEIGHTS).map((height) => ({ orientation: 'VERTICAL', height })),
			fc.constantFrom(...RCS_ALIGNMENTS).map((alignment) => ({ orientation: 'HORIZONTAL', alignment })),
		),
		cardTitle: templateText(RCS_CARD_TITLE_MAX),
		cardDescription: fc.option(templateText(RCS_CARD_DESCRIPTION_MAX), { nil: '' }),
		media: fc.oneof(imageCard, videoCard),
		suggestions: suggestions(RCS_SUGGESTIONS_MAX.card),
	})
	.map(({ head: { name, category }, layout, cardTitle, cardDescription, media, suggestions: list }) =>
		create(name, category, 'richcard', { ...layout, cardTitle, cardDescription, ...media, suggestions: list }),
	);

const carouselCard = fc
	.record({
		title: templateText(RCS_CARD_TITLE_MAX),
		description: fc.option(templateText(RCS_CARD_DESCRIPTION_MAX), { nil: '' }),
		media: fc.oneof(imageCard, videoCard),
		suggestions: suggestions(RCS_SUGGESTIONS_MAX.card),
	})
	.map(({ title, description, media, suggestions: list }): INodeParameters => ({ title, description, ...media, suggestions: list }));

const carouselTemplate = fc
	.record({
		head,
		width: fc.constantFrom(...RCS_CARD_WIDTHS),
		height: fc.constantFrom(...RCS_CARD_HEIGHTS),
		cards: fc.array(carouselCard, { minLength: RCS_CAROUSEL_CARDS_MIN, maxLength: RCS_CAROUSEL_CARDS_MAX }),
	})
	.map(({ head: { name, category }, width, height, cards }) => create(name, category, 'carousel', { width, height, cards: { card: cards } }));

const jsonTemplate = fc.record({ head, text: templateText(200) }).map(({ head: { name, category }, text }) =>
	create(name, category, 'text', {
		contentInput: 'json',
		contentJson: JSON.stringify({ textMessage: text, suggestions: [{ suggestionType: 'reply', text: 'Yes', postbackData: 'yes' }], category }),
	}),
);

export const validRcsTemplate: Arbitrary<ValidTemplate> = fc.oneof(textTemplate, richCardTemplate, carouselTemplate, { weight: 1, arbitrary: jsonTemplate });

// ---- invalid: a valid template with one thing broken ----

/** A suggestion broken in one way, and the label (under its Suggestion entry) the error names. */
const brokenSuggestion: Arbitrary<[INodeParameters, string]> = fc.oneof(
	fc.oneof(textOver(RCS_SUGGESTION_TEXT_MAX), blank).map((text): [INodeParameters, string] => [{ suggestionType: 'reply', text, postbackData: 'p' }, 'Text']),
	fc.oneof(textOver(RCS_SUGGESTION_POSTBACK_MAX), blank).map((postbackData): [INodeParameters, string] => [{ suggestionType: 'reply', text: 'Yes', postbackData }, 'Postback Data']),
	invalidUrl.map((url): [INodeParameters, string] => [{ suggestionType: 'url_action', openIn: 'browser', text: 'Open', postbackData: 'open', url }, 'URL']),
	fc
		.oneof(fc.constantFrom('85268411234', '+0852 6841 1234', 'call us', '+1 23', '+1234567890123456'), blank)
		.map((phoneNumber): [INodeParameters, string] => [{ suggestionType: 'dialer_action', text: 'Call', postbackData: 'call', phoneNumber }, 'Phone Number']),
	fc
		.oneof(fc.double({ min: 90.0001, max: 1000, noNaN: true }), fc.double({ min: -1000, max: -90.0001, noNaN: true }), fc.constantFrom('north', '={{ "" }}'))
		.map((latitude): [INodeParameters, string] => [{ suggestionType: 'view_location', text: 'Map', postbackData: 'map', latitude, longitude: 10 }, 'Latitude']),
	fc
		.oneof(fc.double({ min: 180.0001, max: 1000, noNaN: true }), fc.double({ min: -1000, max: -180.0001, noNaN: true }))
		.map((longitude): [INodeParameters, string] => [{ suggestionType: 'view_location', text: 'Map', postbackData: 'map', latitude: 10, longitude }, 'Longitude']),
	blank.map((query): [INodeParameters, string] => [{ suggestionType: 'query_location', text: 'Find', postbackData: 'find', query }, 'Query']),
	fc
		.oneof(fc.constantFrom('2030-13-01 10:00:00', '2030-02-30 10:00:00', '2030-01-01 24:00:00', 'tomorrow', '01/02/2030 10:00', '2030-01-01'), blank)
		.map((startTime): [INodeParameters, string] => [
			{ suggestionType: 'calendar_event', text: 'Save', postbackData: 'save', eventTitle: 'Sale', startTime, endTime: '2031-01-01 10:00:00' },
			'Start Time',
		]),
	eventTimes.map(({ startTime, endTime }): [INodeParameters, string] => [
		{ suggestionType: 'calendar_event', text: 'Save', postbackData: 'save', eventTitle: 'Sale', startTime: endTime, endTime: startTime },
		'End Time',
	]),
	blank.map((eventTitle): [INodeParameters, string] => [
		{ suggestionType: 'calendar_event', text: 'Save', postbackData: 'save', eventTitle, startTime: '2030-01-01 10:00:00', endTime: '2030-01-01 11:00:00' },
		'Event Title',
	]),
);

/** Puts `entry` into a suggestions list at a position the list can hold, returning the list and the 1-based position. */
function insert(list: INodeParameters[], entry: INodeParameters, at: number, max: number): [INodeParameters[], number] {
	const kept = list.slice(0, max - 1);
	const index = at % (kept.length + 1);
	return [[...kept.slice(0, index), entry, ...kept.slice(index)], index + 1];
}

const suggestionList = (content: INodeParameters) => ((content.suggestions as { suggestion: INodeParameters[] } | undefined)?.suggestion ?? []) as INodeParameters[];

function brokenText(base: ValidTemplate): Arbitrary<InvalidCase> {
	const p = base.parameters;
	return fc.oneof(
		fc.oneof(textOver(RCS_TEXT_MAX), blank).map((textMessage) => invalidCase('text message', 'Text Message', { ...p, textMessage })),
		fc
			.integer({ min: RCS_SUGGESTIONS_MAX.text + 1, max: RCS_SUGGESTIONS_MAX.text + 4 })
			.map((count) => invalidCase('too many suggestions', 'Suggestions', { ...p, suggestions: { suggestion: Array.from({ length: count }, (_, i) => ({ suggestionType: 'reply', text: `R${i}`, postbackData: `r${i}` })) } })),
		fc.tuple(brokenSuggestion, fc.nat()).map(([[entry, label], at]) => {
			const [list, position] = insert(suggestionList(p), entry, at, RCS_SUGGESTIONS_MAX.text);
			return invalidCase(`suggestion ${label}`, `Suggestions › Suggestion ${position} › ${label}`, { ...p, suggestions: { suggestion: list } });
		}),
	);
}

function brokenRichCard(base: ValidTemplate): Arbitrary<InvalidCase> {
	const p = base.parameters;
	return fc.oneof(
		fc.oneof(textOver(RCS_CARD_TITLE_MAX), blank).map((cardTitle) => invalidCase('card title', 'Card Title', { ...p, cardTitle })),
		textOver(RCS_CARD_DESCRIPTION_MAX).map((cardDescription) => invalidCase('card description', 'Card Description', { ...p, cardDescription })),
		invalidUrl.map((mediaUrl) => invalidCase('media URL', 'Media URL', { ...p, mediaType: 'image', mediaUrl })),
		blank.map((thumbnailUrl) => invalidCase('video without thumbnail', 'Thumbnail URL', { ...p, mediaType: 'video', mediaUrl: 'https://example.com/v.mp4', thumbnailUrl })),
		invalidUrl.filter((url) => url.trim() !== '' && !url.startsWith('=')).map((thumbnailUrl) => invalidCase('thumbnail URL', 'Thumbnail URL', { ...p, mediaType: 'video', mediaUrl: 'https://example.com/v.mp4', thumbnailUrl })),
		notOneOf(RCS_ORIENTATIONS).map((orientation) => invalidCase('orientation', 'Orientation', { ...p, orientation })),
		notOneOf(RCS_CARD_HEIGHTS).map((height) => invalidCase('height', 'Height', { ...p, orientation: 'VERTICAL', height })),
		notOneOf(RCS_ALIGNMENTS).map((alignment) => invalidCase('alignment', 'Alignment', { ...p, orientation: 'HORIZONTAL', alignment })),
		fc
			.integer({ min: RCS_SUGGESTIONS_MAX.card + 1, max: RCS_SUGGESTIONS_MAX.card + 4 })
			.map((count) => invalidCase('too many suggestions', 'Suggestions', { ...p, suggestions: { suggestion: Array.from({ length: count }, (_, i) => ({ suggestionType: 'reply', text: `R${i}`, postbackData: `r${i}` })) } })),
		fc.tuple(brokenSuggestion, fc.nat()).map(([[entry, label], at]) => {
			const [list, position] = insert(suggestionList(p), entry, at, RCS_SUGGESTIONS_MAX.card);
			return invalidCase(`suggestion ${label}`, `Suggestions › Suggestion ${position} › ${label}`, { ...p, suggestions: { suggestion: list } });
		}),
	);
}

function brokenCarousel(base: ValidTemplate): Arbitrary<InvalidCase> {
	const p = base.parameters;
	const cards = (p.cards as { card: INodeParameters[] }).card;
	const withCard = (index: number, change: INodeParameters) => ({ ...p, cards: { card: cards.map((card, at) => (at === index ? { ...card, ...change } : card)) } });
	return fc.nat().chain((pick) => {
		const index = pick % cards.length;
		const field = (label: string) => `Cards › Card ${index + 1} › ${label}`;
		return fc.oneof(
			notOneOf(RCS_CARD_WIDTHS).map((width) => invalidCase('card width', 'Card Width', { ...p, width })),
			notOneOf(RCS_CARD_HEIGHTS).map((height) => invalidCase('card height', 'Card Height', { ...p, height })),
			fc
				.oneof(fc.integer({ min: 0, max: RCS_CAROUSEL_CARDS_MIN - 1 }), fc.integer({ min: RCS_CAROUSEL_CARDS_MAX + 1, max: RCS_CAROUSEL_CARDS_MAX + 3 }))
				.map((count) => invalidCase('card count', 'Cards', { ...p, cards: { card: Array.from({ length: count }, (_, i) => cards[i % cards.length]) } })),
			fc.oneof(textOver(RCS_CARD_TITLE_MAX), blank).map((title) => invalidCase('card title', field('Title'), withCard(index, { title }))),
			textOver(RCS_CARD_DESCRIPTION_MAX).map((description) => invalidCase('card description', field('Description'), withCard(index, { description }))),
			invalidUrl.map((mediaUrl) => invalidCase('card media URL', field('Media URL'), withCard(index, { mediaType: 'image', mediaUrl }))),
			fc.tuple(brokenSuggestion, fc.nat()).map(([[entry, label], at]) => {
				const [list, position] = insert(suggestionList(cards[index]), entry, at, RCS_SUGGESTIONS_MAX.card);
				return invalidCase(`card suggestion ${label}`, `${field('Suggestions')} › Suggestion ${position} › ${label}`, withCard(index, { suggestions: { suggestion: list } }));
			}),
		);
	});
}

const brokenHead: Arbitrary<InvalidCase> = textTemplate.chain((base) => {
	const p = base.parameters;
	return fc.oneof(
		word(RCS_TEMPLATE_NAME_MAX + 1, RCS_TEMPLATE_NAME_MAX + 15, NAME_CHARS).map((name) => invalidCase('name too long', 'Name', { ...p, name })),
		fc.constantFrom('order-shipped', 'order shipped', 'ordér', 'order.1', '[name]').map((name) => invalidCase('name characters', 'Name', { ...p, name })),
		blank.map((name) => invalidCase('name blank', 'Name', { ...p, name })),
		notOneOf(RCS_TEMPLATE_CATEGORIES).map((category) => invalidCase('category', 'Category', { ...p, category })),
		notOneOf(RCS_TEMPLATE_TYPES).map((templateType) => invalidCase('template type', 'Template Type', { ...p, templateType })),
		fc
			.constantFrom<[string, string]>(
				['{"textMessage": "Hi"', 'Content (JSON)'],
				['["Hi"]', 'Content (JSON)'],
				['{"textMessage": "Hi", "suggestion": []}', 'Content (JSON) › suggestion'],
				['{"text": "Hi"}', 'Content (JSON) › text'],
				['{"textMessage": "Hi", "category": "PROMOTION_X"}', 'Content (JSON) › category'],
				['{"textMessage": "Hi", "suggestions": [{"suggestionType": "reply", "text": "Yes", "postBackData": "y"}]}', 'Content (JSON) › suggestions[0].postBackData'],
			)
			.map(([json, field]) => invalidCase('content JSON', field, { ...p, contentInput: 'json', contentJson: json })),
	);
});

export const invalidRcsTemplate: Arbitrary<InvalidCase> = fc.oneof(
	brokenHead,
	textTemplate.chain(brokenText),
	richCardTemplate.chain(brokenRichCard),
	carouselTemplate.chain(brokenCarousel),
);
