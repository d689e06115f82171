import { buildRcsCreateBody } from '../../../../../../nodes/Incs/v1/helpers/templates/rcs/createBody';
import type { RcsTemplateInput } from '../../../../../../nodes/Incs/v1/helpers/templates/rcs/createBody';
import type { RcsSuggestionForm } from '../../../../../../nodes/Incs/v1/helpers/templates/rcs/formInput';
import { chars } from './expectError';
import { templateFixture } from './fixtures';
import { card, carousel, message, richCard, text } from './rcsInput';

describe('RCS template rules', () => {
	it('a rich card video needs a thumbnail (chosen as Video, or recognised by its extension)', () => {
		expect(message(() => buildRcsCreateBody(richCard({ mediaType: 'video', mediaUrl: 'https://example.com/a.bin' })))).toBe(
			'Thumbnail URL: it is empty, but the media is a video; a rich card with a video needs a thumbnail',
		);
		expect(message(() => buildRcsCreateBody(richCard({ mediaUrl: 'https://example.com/a.MP4?x=1' })))).toBe(
			'Thumbnail URL: it is empty, but the media is a video; a rich card with a video needs a thumbnail',
		);
		// H.263 video files usually carry .3gp.
		expect(message(() => buildRcsCreateBody(richCard({ mediaUrl: 'https://example.com/clip.3gp' })))).toBe(
			'Thumbnail URL: it is empty, but the media is a video; a rich card with a video needs a thumbnail',
		);
		expect(() => buildRcsCreateBody(carousel([card({ mediaType: 'video', mediaUrl: 'https://example.com/a.mp4' }), card()]))).not.toThrow();
	});

	it('media URLs must be web links; placeholders are allowed', () => {
		expect(message(() => buildRcsCreateBody(richCard({ mediaUrl: 'not a url' })))).toBe('Media URL: "not a url" is not a URL');
		expect(message(() => buildRcsCreateBody(carousel([card(), card({ mediaUrl: '' })])))).toBe('Cards › Card 2 › Media URL: it is empty');
		expect(() => buildRcsCreateBody(richCard({ mediaUrl: 'https://example.com/media/[image]' }))).not.toThrow();
	});

	it('suggestion type fields are checked', () => {
		const one = (suggestion: RcsSuggestionForm) => () => buildRcsCreateBody(text({ suggestions: { suggestion: [suggestion] } }));
		const base = { text: 'Go', postbackData: 'go' };
		expect(message(one({ ...base, suggestionType: 'url_action', url: '' }))).toBe('Suggestions › Suggestion 1 › URL: it is empty');
		expect(message(one({ ...base, suggestionType: 'dialer_action', phoneNumber: '0800 000 000' }))).toBe(
			'Suggestions › Suggestion 1 › Phone Number: "0800000000" is not an international number with +',
		);
		expect(message(one({ ...base, suggestionType: 'view_location', latitude: 91, longitude: 0 }))).toBe(
			'Suggestions › Suggestion 1 › Latitude: number 91 is not a number from -90 to 90',
		);
		expect(message(one({ ...base, suggestionType: 'view_location', latitude: 0, longitude: -180.5 }))).toBe(
			'Suggestions › Suggestion 1 › Longitude: number -180.5 is not a number from -180 to 180',
		);
		expect(message(one({ ...base, suggestionType: 'query_location', query: '' }))).toBe('Suggestions › Suggestion 1 › Query: it is empty');
		const event = { ...base, suggestionType: 'calendar_event' as const, eventTitle: 'Launch' };
		expect(message(one({ ...event, startTime: '2030-01-01 18:00:00', endTime: '2030-01-01 18:00:00' }))).toBe(
			'Suggestions › Suggestion 1 › End Time: 2030-01-01 18:00:00 is not after the start time 2030-01-01 18:00:00',
		);
		expect(message(one({ ...event, startTime: '2030-02-30 10:00:00', endTime: '2030-03-01 10:00:00' }))).toBe(
			'Suggestions › Suggestion 1 › Start Time: "2030-02-30 10:00:00" is not a real date and time',
		);
		expect(message(one({ ...event, startTime: '01/01/2030', endTime: '2030-03-01 10:00:00' }))).toBe(
			'Suggestions › Suggestion 1 › Start Time: "01/01/2030" is not in the format YYYY-MM-DD HH:mm:ss',
		);
		expect(message(one({ ...event, eventTitle: '', startTime: '2030-01-01 10:00:00', endTime: '2030-01-01 11:00:00' }))).toBe(
			'Suggestions › Suggestion 1 › Event Title: it is empty',
		);
	});

	it('refuses a category or template type that does not exist', () => {
		expect(message(() => buildRcsCreateBody({ ...text(), category: 'MARKETING' }))).toBe(
			'Category: "MARKETING" is not one of AUTHENTICATION, PROMOTION, TRANSACTION',
		);
		expect(message(() => buildRcsCreateBody({ ...text(), type: 'card' }))).toBe('Template Type: "card" is not one of carousel, richcard, text');
	});
});

describe('RCS template create body (JSON)', () => {
	const json = (type: string, content: unknown, category = 'PROMOTION'): RcsTemplateInput => ({
		name: 'fake_carousel',
		category,
		type,
		content: { mode: 'json', json: content },
	});

	it('moves the documented carousel example\'s category out of content (REFERENCE D13)', () => {
		const expected = templateFixture('rcs_templates.create.carousel');
		const asDocumented = JSON.stringify({ ...(expected.content as object), category: 'PROMOTION' });
		expect(buildRcsCreateBody(json('carousel', asDocumented))).toEqual(expected);
		expect(message(() => buildRcsCreateBody(json('carousel', asDocumented, 'TRANSACTION')))).toBe(
			'Content (JSON) › category: it is "PROMOTION" but the Category field is "TRANSACTION"',
		);
	});

	it('names JSON paths, and rejects unknown keys and misplaced layout fields', () => {
		const content = templateFixture('rcs_templates.create.carousel').content as { carouselCard: Array<{ suggestions: Array<{ text: string }> }> };
		content.carouselCard[1].suggestions[0].text = chars(26);
		expect(message(() => buildRcsCreateBody(json('carousel', content)))).toBe(
			'Content (JSON) › carouselCard[1].suggestions[0].text: it has 26 characters; at most 25 are allowed',
		);
		expect(message(() => buildRcsCreateBody(json('text', { textMessage: 'Hi', suggestion: [] })))).toBe(
			'Content (JSON) › suggestion: "suggestion" is not a field of a text template',
		);
		const vertical = { orientation: 'VERTICAL', alignment: 'LEFT', standaloneCard: { cardTitle: 'x', mediaUrl: 'https://example.com/a.png' } };
		expect(message(() => buildRcsCreateBody(json('richcard', vertical)))).toBe(
			'Content (JSON) › alignment: it applies only to horizontal cards, and this card is vertical',
		);
		const webview = { textMessage: 'Hi', suggestions: [{ suggestionType: 'url_action', text: 'a', postbackData: 'b', url: 'https://example.com', webviewViewMode: 'FULL' }] };
		expect(message(() => buildRcsCreateBody(json('text', webview)))).toBe(
			'Content (JSON) › suggestions[0].webviewViewMode: it applies only to links opened in a WebView',
		);
		expect(message(() => buildRcsCreateBody(json('text', '{"textMessage": }')))).toMatch(/^Content \(JSON\): it is not valid JSON/);
		expect(message(() => buildRcsCreateBody(json('text', []))).toString()).toBe('Content (JSON): expected an object, got an empty list');
	});
});
