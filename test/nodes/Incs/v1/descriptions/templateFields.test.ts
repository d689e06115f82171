import type { INodeParameters, INodeProperties, INodeTypeDescription } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { describeMediaGuideline } from '../../../../../nodes/Incs/v1/descriptions/rcsMediaGuidelines';
import { GET_MANY_DEFAULT_LIMIT } from '../../../../../nodes/Incs/v1/helpers/constants/getMany';
import {
	RCS_CAROUSEL_MEDIA_GUIDELINES,
	RCS_RICH_CARD_MEDIA_GUIDELINES,
} from '../../../../../nodes/Incs/v1/helpers/constants/rcsTemplate';

const description = NodeHelpers.getVersionedNodeType(new Incs(), 1).description as INodeTypeDescription;

/** The parameters n8n keeps (visible ones, defaults filled in) for these values, as the editor would. */
function resolve(values: INodeParameters): INodeParameters {
	return NodeHelpers.getNodeParameters(description.properties, values, true, false, { typeVersion: 1 }, description) as INodeParameters;
}

const rcsCreate = (values: INodeParameters) => resolve({ resource: 'rcsTemplate', operation: 'create', ...values });
const wabaCreate = (values: INodeParameters) => resolve({ resource: 'whatsAppTemplate', operation: 'create', ...values });

const COMMON = ['suggestionType', 'text', 'postbackData'];

describe('RCS suggestion fields show only the chosen type\'s fields', () => {
	it.each([
		['reply', []],
		['url_action', ['openIn', 'url']],
		['dialer_action', ['phoneNumber']],
		['view_location', ['latitude', 'longitude', 'label']],
		['query_location', ['query']],
		['share_location', []],
		['calendar_event', ['eventTitle', 'eventDescription', 'startTime', 'endTime']],
	])('%s', (suggestionType, extra) => {
		const values = rcsCreate({ suggestions: { suggestion: [{ suggestionType }] } });
		const entry = (values.suggestions as { suggestion: INodeParameters[] }).suggestion[0];
		expect(Object.keys(entry).sort()).toEqual([...COMMON, ...extra].sort());
	});

	it('a WebView link adds view mode and accessibility description', () => {
		const values = rcsCreate({ suggestions: { suggestion: [{ suggestionType: 'url_action', openIn: 'webview' }] } });
		const entry = (values.suggestions as { suggestion: INodeParameters[] }).suggestion[0];
		expect(Object.keys(entry).sort()).toEqual([...COMMON, 'openIn', 'url', 'webviewViewMode', 'webviewDescription'].sort());
	});

	it('works the same inside a carousel card (nested collections)', () => {
		const values = rcsCreate({
			templateType: 'carousel',
			cards: { card: [{ mediaType: 'video', suggestions: { suggestion: [{ suggestionType: 'dialer_action' }] } }] },
		});
		const card = (values.cards as { card: INodeParameters[] }).card[0];
		// suggestionsRule: the notice printing the suggestion limit inside each card (its value is empty).
		expect(Object.keys(card).sort()).toEqual(['description', 'mediaType', 'mediaUrl', 'suggestions', 'suggestionsRule', 'thumbnailUrl', 'title']);
		const suggestion = (card.suggestions as { suggestion: INodeParameters[] }).suggestion[0];
		expect(Object.keys(suggestion).sort()).toEqual([...COMMON, 'phoneNumber'].sort());
	});
});

describe('RCS template layout fields', () => {
	it('shows alignment only for horizontal and height only for vertical rich cards', () => {
		const horizontal = rcsCreate({ templateType: 'richcard', orientation: 'HORIZONTAL' });
		expect(horizontal).toHaveProperty('alignment', 'LEFT');
		expect(horizontal).not.toHaveProperty('height');
		const vertical = rcsCreate({ templateType: 'richcard', orientation: 'VERTICAL' });
		expect(vertical).toHaveProperty('height', 'SHORT');
		expect(vertical).not.toHaveProperty('alignment');
		expect(vertical).not.toHaveProperty('thumbnailUrl');
		expect(rcsCreate({ templateType: 'richcard', mediaType: 'video' })).toHaveProperty('thumbnailUrl', '');
	});

	it('hides every form field in JSON mode', () => {
		const json = rcsCreate({ templateType: 'carousel', contentInput: 'json' });
		expect(Object.keys(json).sort()).toEqual(
			['category', 'contentInput', 'contentJson', 'name', 'operation', 'options', 'resource', 'simplify', 'templateType'].sort(),
		);
	});
});

describe('media guideline notices come from the §8.4 table', () => {
	const notices = (properties: INodeProperties[]) => properties.filter((property) => property.type === 'notice' && property.name.startsWith('mediaGuideline'));
	const visibleNotices = (values: INodeParameters) =>
		notices(description.properties).filter((notice) =>
			NodeHelpers.displayParameter({ resource: 'rcsTemplate', operation: 'create', contentInput: 'fields', ...values }, notice, { typeVersion: 1 }, description),
		);

	it.each([
		[{ orientation: 'HORIZONTAL' }, RCS_RICH_CARD_MEDIA_GUIDELINES.HORIZONTAL],
		[{ orientation: 'VERTICAL', height: 'SHORT' }, RCS_RICH_CARD_MEDIA_GUIDELINES.VERTICAL_SHORT],
		[{ orientation: 'VERTICAL', height: 'MEDIUM' }, RCS_RICH_CARD_MEDIA_GUIDELINES.VERTICAL_MEDIUM],
	])('rich card %o shows exactly its row', (layout, row) => {
		expect(visibleNotices({ templateType: 'richcard', ...layout }).map((notice) => notice.displayName)).toEqual([describeMediaGuideline(row)]);
	});

	it.each(Object.entries(RCS_CAROUSEL_MEDIA_GUIDELINES))('carousel %s shows exactly its row', (key, row) => {
		const [height, width] = key.split('_');
		expect(visibleNotices({ templateType: 'carousel', height, width }).map((notice) => notice.displayName)).toEqual([describeMediaGuideline(row)]);
	});

	it('states the numbers of the row', () => {
		expect(describeMediaGuideline(RCS_CAROUSEL_MEDIA_GUIDELINES.MEDIUM_MEDIUM)).toBe(
			'Media for carousel cards of medium height and medium width: image 16:9, 1280×720 px, at most 1 MB, JPEG, JPG, PNG, GIF. ' +
				'Video at most 5 MB, MP4, M4V, MPEG, WEBM, H263, M4P, with a thumbnail 16:9, 796×448 px, 40–100 KB, JPEG, JPG, PNG.',
		);
	});

	it('is not shown for text templates', () => {
		expect(visibleNotices({ templateType: 'text' })).toEqual([]);
	});
});

describe('WhatsApp template fields', () => {
	it.each([
		['none', []],
		['text', ['headerText', 'headerExample']],
		['image', ['headerMediaUrl']],
	])('header %s shows its fields only', (headerType, fields) => {
		const values = wabaCreate({ headerType });
		for (const field of ['headerText', 'headerExample', 'headerMediaUrl']) {
			expect(Object.prototype.hasOwnProperty.call(values, field)).toBe(fields.includes(field));
		}
	});

	it.each([
		['QUICK_REPLY', ['type', 'text']],
		['URL', ['type', 'text', 'url', 'urlExample']],
		['PHONE_NUMBER', ['type', 'text', 'phoneNumber']],
		['COPY_CODE', ['type', 'code']],
	])('button %s shows its fields only', (type, fields) => {
		const values = wabaCreate({ buttons: { button: [{ type }] } });
		const entry = (values.buttons as { button: INodeParameters[] }).button[0];
		expect(Object.keys(entry).sort()).toEqual([...fields].sort());
	});
});

it('Get Many Limit defaults to the shared default', () => {
	expect(resolve({ resource: 'rcsTemplate', operation: 'getAll' }).limit).toBe(GET_MANY_DEFAULT_LIMIT);
	expect(resolve({ resource: 'whatsAppTemplate', operation: 'getAll' }).limit).toBe(GET_MANY_DEFAULT_LIMIT);
});
