// Issue 12, points 1-7: what the editor shows, read from the node description n8n receives and
// resolved the way n8n resolves saved parameters (NodeHelpers.getNodeParameters).

import type { INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { WABA_TEMPLATE_LANGUAGES, wabaLanguageOptions } from '../../../../../nodes/Incs/v1/helpers/constants/whatsappLanguages';
import { ruleNotice } from '../../../../../nodes/Incs/v1/descriptions/ruleNotice';
import { WHATSAPP_TEMPLATE_NAME_MAX } from '../../../../../nodes/Incs/v1/helpers/constants/whatsapp';
import { RCS_SUGGESTION_POSTBACK_MAX } from '../../../../../nodes/Incs/v1/helpers/constants/rcsTemplate';
import { WABA_FOOTER_TEXT_MAX, WABA_LANGUAGE_PATTERN } from '../../../../../nodes/Incs/v1/helpers/constants/whatsappTemplate';

const node = new Incs();
const describeVersion = (version: number) => NodeHelpers.getVersionedNodeType(node, version).description as INodeTypeDescription;

/** The parameters n8n keeps for these values at a node version (visible ones, defaults filled in). */
function resolve(version: number, values: INodeParameters): INodeParameters {
	const description = describeVersion(version);
	return NodeHelpers.getNodeParameters(description.properties, values, true, false, { typeVersion: version }, description) as INodeParameters;
}

/** Every property of the description, nested ones included (fixedCollection values, collections). */
function allProperties(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => [
		property,
		...allProperties(
			(property.options ?? []).flatMap((option) => ('values' in option ? option.values : 'displayName' in option && 'type' in option ? [option as INodeProperties] : [])),
		),
	]);
}

describe('node versions', () => {
	it('a new node gets version 1.1; workflows saved at version 1 still load', () => {
		expect(node.description.defaultVersion).toBe(1.1);
		expect(describeVersion(1).version).toEqual([1, 1.1]);
		expect(Object.keys(node.nodeVersions).sort()).toEqual(['1', '1.1']);
	});
});

describe('12.4: template create prints its rules under the fields, not in "?" tooltips', () => {
	const waba = resolve(1.1, { resource: 'whatsAppTemplate', operation: 'create' });
	const properties = allProperties(describeVersion(1.1).properties);
	const hintOf = (name: string, resource: string) =>
		properties.find((property) => property.name === name && JSON.stringify(property.displayOptions ?? {}).includes(resource))?.hint;

	it.each([
		['name', 'whatsAppTemplate', `Lowercase letters, digits and underscores, up to ${WHATSAPP_TEMPLATE_NAME_MAX} characters`],
		['name', 'rcsTemplate', 'Letters, digits and underscores'],
		['bodyText', 'componentsInput', 'Up to 1,024 characters'],
		['footerText', 'componentsInput', `up to ${WABA_FOOTER_TEXT_MAX} characters`],
		['textMessage', 'templateType', 'Up to'],
	])('%s (%s): %s', (name, marker, text) => {
		expect(hintOf(name, marker) ?? properties.find((property) => property.name === name && property.hint?.includes(text))?.hint).toContain(text);
	});

	it('suggestion label and postback data print their limits', () => {
		const suggestion = properties.filter((property) => ['text', 'postbackData'].includes(property.name) && property.hint?.includes('characters'));
		expect(suggestion.map((property) => property.hint)).toEqual(
			expect.arrayContaining(['The label on the chip, up to 25 characters; may use [variables]', `What you receive when the user taps it, up to ${RCS_SUGGESTION_POSTBACK_MAX} characters`]),
		);
		expect(waba.language).toBe('en_US');
	});
});

describe('12.5: WhatsApp template create (version 1.1)', () => {
	it('offers Meta\'s template languages as a list, every code in Meta\'s format', () => {
		const language = describeVersion(1.1).properties.find(
			(property) => property.name === 'language' && property.type === 'options' && JSON.stringify(property.displayOptions).includes('_cnd'),
		);
		expect(language?.options).toEqual(wabaLanguageOptions());
		expect(language?.default).toBe('en_US');
		for (const code of Object.keys(WABA_TEMPLATE_LANGUAGES)) expect(code).toMatch(WABA_LANGUAGE_PATTERN);
		expect(wabaLanguageOptions()).toContainEqual({ name: 'English (US) — en_US', value: 'en_US' });
		expect(wabaLanguageOptions()).toContainEqual({ name: 'Portuguese (Brazil) — pt_BR', value: 'pt_BR' });
		const names = wabaLanguageOptions().map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
	});

	it('body examples come from one field per variable at 1.1; version 1 keeps its language text and examples list', () => {
		const current = resolve(1.1, { resource: 'whatsAppTemplate', operation: 'create', bodyVariableExamples: { example: [{ variable: '1', value: 'x' }] } });
		expect(current.bodyExamples).toEqual({ mappingMode: 'defineBelow', value: null });
		expect(current.bodyVariableExamples).toBeUndefined();

		const saved = resolve(1, { resource: 'whatsAppTemplate', operation: 'create', language: 'en_us', bodyVariableExamples: { example: [{ variable: '1', value: 'x' }] } });
		expect(saved.bodyExamples).toBeUndefined();
		expect(saved.bodyVariableExamples).toEqual({ example: [{ variable: '1', value: 'x' }] });
		expect(saved.language).toBe('en_us');
	});
});

describe('12.6: carousels', () => {
	const carousel = { resource: 'whatsAppMessage', operation: 'send', messageType: 'interactive', interactiveType: 'carousel' };

	it('WhatsApp (1.1): one media type for the carousel, no type per card, a video example for video cards', () => {
		const values = resolve(1.1, { ...carousel, carouselMediaType: 'video', cards: { card: [{ headerType: 'image', mediaUrl: 'https://example.com/a.mp4' }] } });
		expect(values.carouselMediaType).toBe('video');
		const card = (values.cards as { card: INodeParameters[] }).card[0];
		expect(card.headerType).toBeUndefined();
		expect(card.mediaUrl).toBe('https://example.com/a.mp4');
		const mediaUrls = allProperties(describeVersion(1.1).properties).filter((property) => property.name === 'mediaUrl' && JSON.stringify(property.displayOptions ?? {}).includes('/carouselMediaType'));
		expect(mediaUrls.map((property) => [property.displayOptions?.show?.['/carouselMediaType'], property.placeholder])).toEqual([
			[['image'], 'e.g. https://example.com/product.jpg'],
			[['video'], 'e.g. https://example.com/product.mp4'],
		]);
	});

	it('WhatsApp (version 1 workflows): each card keeps the type it saved', () => {
		const values = resolve(1, { ...carousel, cards: { card: [{ headerType: 'video', mediaUrl: 'https://example.com/a.mp4' }] } });
		expect(values.carouselMediaType).toBeUndefined();
		expect((values.cards as { card: INodeParameters[] }).card[0].headerType).toBe('video');
	});

	it('RCS: a video card shows a video example; cards may mix types (INCS\'s documented carousel does)', () => {
		const values = resolve(1.1, {
			resource: 'rcsTemplate',
			operation: 'create',
			templateType: 'carousel',
			cards: { card: [{ mediaType: 'video', mediaUrl: 'v.mp4', thumbnailUrl: 't.jpg' }, { mediaType: 'image', mediaUrl: 'i.png' }] },
		});
		const [video, image] = (values.cards as { card: INodeParameters[] }).card;
		expect([video.mediaType, video.thumbnailUrl, image.mediaType, image.thumbnailUrl]).toEqual(['video', 't.jpg', 'image', undefined]);
		const placeholders = allProperties(describeVersion(1.1).properties)
			.filter((property) => property.name === 'mediaUrl' && JSON.stringify(property.displayOptions ?? {}).includes('"mediaType"'))
			.map((property) => property.placeholder);
		expect(placeholders).toContain('e.g. https://example.com/media/intro.mp4');
	});

	it.each([
		['reply buttons', 'buttonsRule', 'Up to 3 buttons'],
		['list sections', 'sectionsRule', 'Up to 10 sections with 10 rows in all'],
		['list rows', 'rowsRule', 'At least one row per section; 10 rows at most across all sections'],
		['WhatsApp carousel cards', 'cardsRule', '2 to 10 cards, shown left to right'],
		['RCS carousel cards', 'cardsRule', '2 to 10 cards, shown side by side'],
		['RCS suggestions', 'suggestionsRule', 'Up to 11 reply or action chips'],
		['RCS card suggestions', 'suggestionsRule', 'Up to 4 reply or action chips'],
		['WhatsApp template buttons', 'buttonsRule', 'Up to 10 buttons'],
		['Send and Wait form fields', 'formFieldsRule', '1 to 20 fields'],
		['Send and Wait approval', 'approvalOptionsRule', 'Without options, the message has one link, "Approve". Add an option to offer "Decline" too'],
	])('%s: the rule is a notice above the list', (_label, name, text) => {
		const notices = allProperties(describeVersion(1.1).properties).filter((property) => property.name === name && property.type === 'notice');
		expect(notices.some((notice) => notice.displayName.startsWith(text))).toBe(true);
	});

	it('ruleNotice shows the notice exactly where the list shows, and keeps the rule as the list\'s tooltip', () => {
		const list: INodeProperties = { displayName: 'Cards', name: 'cards', type: 'fixedCollection', default: {}, displayOptions: { show: { a: ['b'] } }, options: [] };
		expect(ruleNotice(list, 'Two to ten.')).toEqual([
			{ displayName: 'Two to ten.', name: 'cardsRule', type: 'notice', default: '', displayOptions: { show: { a: ['b'] } } },
			{ ...list, description: 'Two to ten.' },
		]);
		expect(ruleNotice({ ...list, displayOptions: undefined }, 'x')[0]).not.toHaveProperty('displayOptions');
	});
});

describe('12.7: panels open clean', () => {
	const properties = allProperties(describeVersion(1.1).properties);

	it('every JSON box opens with valid JSON and shows a working example under it', () => {
		const json = properties.filter((property) => property.type === 'json');
		expect(json.length).toBeGreaterThan(0);
		for (const property of json) {
			expect(() => JSON.parse(String(property.default))).not.toThrow();
		}
		const variables = json.filter((property) => ['componentsJson', 'parametersJson'].includes(property.name) && property.hint?.includes('Example:'));
		// WhatsApp Send Template and Send and Wait's template format take components ([]); RCS takes parameters ({}).
		expect(variables.map((property) => property.default).sort()).toEqual(['[]', '[]', '{}']);
		for (const property of variables) {
			const example = String(property.hint).split('Example: ')[1];
			expect(() => JSON.parse(example)).not.toThrow();
		}
	});

	it('calendar dates are not required (n8n paints an empty required date red); their hint says they are needed', () => {
		const dates = properties.filter((property) => property.type === 'dateTime');
		expect(dates.length).toBeGreaterThan(2);
		expect(dates.filter((property) => property.required === true)).toEqual([]);
		const byName = new Map(dates.map((property) => [property.name, property]));
		// The calendar event's dates are needed, and say so; Send and Wait's "Max Date and Time" sits in
		// the optional Limit Wait Time and is needed only when that limit is chosen.
		expect([...byName.values()].map((property) => [property.name, property.required ?? false, property.hint?.startsWith('Required.')])).toEqual([
			['maxDateAndTime', false, undefined],
			['startTime', false, true],
			['endTime', false, true],
		]);
	});

	it('RCS template variables have one mode picker: n8n\'s auto-map is offered as "From Input Fields"', () => {
		const mappers = properties.filter((property) => property.type === 'resourceMapper');
		for (const mapper of mappers) expect(mapper.typeOptions?.resourceMapper?.supportAutoMap).toBe(false);
		const rcsMode = properties.find((property) => property.name === 'variablesMode' && property.options?.some((option) => 'value' in option && option.value === 'inputFields'));
		expect(rcsMode?.options?.map((option) => ('value' in option ? option.value : undefined))).toEqual(['mapper', 'inputFields', 'json', 'simple']);
	});
});
