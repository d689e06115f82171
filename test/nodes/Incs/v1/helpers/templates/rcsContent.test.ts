import { buildRcsCreateBody } from '../../../../../../nodes/Incs/v1/helpers/templates/rcs/createBody';
import { chars, validationErrorOf } from './expectError';
import { templateFixture } from './fixtures';
import { card, carousel, fromForm, message, reply, richCard, text } from './rcsInput';

describe('RCS template create body (form) builds the documented requests exactly', () => {
	it('text with reply and URL suggestions', () => {
		const body = buildRcsCreateBody(
			fromForm('fake_text_tpl', 'PROMOTION', {
				type: 'text',
				textMessage: 'Dear [name], your order [order_id] has been shipped.',
				suggestions: {
					suggestion: [
						reply('Track Order', 'track_order_[order_id]'),
						{ suggestionType: 'url_action', openIn: 'browser', text: 'View Details', postbackData: 'view_details', url: 'https://example.com/orders/[order_id]' },
					],
				},
			}),
		);
		expect(body).toEqual(templateFixture('rcs_templates.create.text'));
	});

	it('text with every suggestion type (dates from the date picker, phone with spaces)', () => {
		const body = buildRcsCreateBody(
			fromForm('fake_all_suggestions', 'TRANSACTION', {
				type: 'text',
				textMessage: 'Hello [name], choose an option below.',
				suggestions: {
					suggestion: [
						reply('Yes', 'user_confirmed_yes'),
						{ suggestionType: 'url_action', openIn: 'browser', text: 'Visit Website', postbackData: 'visit_website', url: 'https://example.com', webviewViewMode: 'HALF' },
						{ suggestionType: 'dialer_action', text: 'Call Us', postbackData: 'call_support', phoneNumber: '+852 0000 0002' },
						{ suggestionType: 'view_location', text: 'View Store', postbackData: 'view_store_location', latitude: -6.2, longitude: 106.8, label: 'Example Store' },
						{ suggestionType: 'query_location', text: 'Find Nearby', postbackData: 'find_nearby_stores', query: 'Example Store near me' },
						{ suggestionType: 'share_location', text: 'Share Location', postbackData: 'user_shared_location' },
						{
							suggestionType: 'calendar_event',
							text: 'Add to Calendar',
							postbackData: 'add_event',
							eventTitle: 'Launch Event',
							eventDescription: 'Example launch',
							startTime: '2030-01-01T10:00:00',
							endTime: '2030-01-01T18:00:00.000+07:00',
						},
						{
							suggestionType: 'url_action',
							openIn: 'webview',
							text: 'Open Form',
							postbackData: 'open_webview_form',
							url: 'https://example.com/form',
							webviewViewMode: 'FULL',
							webviewDescription: 'Registration form',
						},
					],
				},
			}),
		);
		expect(body).toEqual(templateFixture('rcs_templates.create.text.all_suggestion_types'));
	});

	it('vertical rich card with a video and its thumbnail', () => {
		const body = buildRcsCreateBody(
			fromForm('fake_richcard_v', 'PROMOTION', {
				type: 'richcard',
				orientation: 'VERTICAL',
				height: 'SHORT',
				alignment: 'RIGHT',
				card: {
					title: 'Keep calm and shop on',
					description: 'Dear [name], join the lucky draw',
					mediaType: 'video',
					mediaUrl: 'https://example.com/media/clip-0001.mp4',
					thumbnailUrl: 'https://example.com/media/clip-0001-thumb.png',
					suggestions: { suggestion: [reply('Avail offer [offer_name]', 'offer_reply')] },
				},
			}),
		);
		expect(body).toEqual(templateFixture('rcs_templates.create.richcard.vertical_video'));
	});

	it('horizontal rich card with an image (height and a hidden thumbnail are left out)', () => {
		const body = buildRcsCreateBody(
			fromForm('fake_richcard_h', 'PROMOTION', {
				type: 'richcard',
				orientation: 'HORIZONTAL',
				alignment: 'LEFT',
				height: 'MEDIUM',
				card: {
					title: 'New arrivals',
					description: '',
					mediaType: 'image',
					mediaUrl: 'https://example.com/media/header-0001.png',
					thumbnailUrl: 'https://example.com/left-over.png',
					suggestions: { suggestion: [{ suggestionType: 'url_action', text: 'Shop', postbackData: 'shop', url: 'https://example.com/shop' }] },
				},
			}),
		);
		expect(body).toEqual(templateFixture('rcs_templates.create.richcard.horizontal_image'));
	});

	it('carousel with category at the top level', () => {
		const body = buildRcsCreateBody(
			fromForm('fake_carousel', 'PROMOTION', {
				type: 'carousel',
				width: 'MEDIUM',
				height: 'SHORT',
				cards: {
					card: [
						{
							title: 'New watches',
							description: 'Dear [name], new watches for less',
							mediaType: 'video',
							mediaUrl: 'https://example.com/media/clip-0001.mp4',
							thumbnailUrl: 'https://example.com/media/watches-thumb.jpeg',
							suggestions: { suggestion: [{ suggestionType: 'url_action', url: 'https://example.com/', text: 'Buy at [offer_name]', postbackData: 'shop_url' }] },
						},
						{
							title: 'New perfumes',
							description: 'Dear [name], choose new perfumes.',
							mediaType: 'image',
							mediaUrl: 'https://example.com/media/[image]',
							suggestions: { suggestion: [{ suggestionType: 'dialer_action', phoneNumber: '+85200000002', text: 'Call now', postbackData: 'call_click' }] },
						},
					],
				},
			}),
		);
		expect(body).toEqual(templateFixture('rcs_templates.create.carousel'));
	});
});

describe('RCS template limits (at the limit accepted, one past rejected)', () => {
	it('Name: 25 / 26 characters, letters digits underscores', () => {
		expect(() => buildRcsCreateBody({ ...text(), name: chars(25) })).not.toThrow();
		expect(message(() => buildRcsCreateBody({ ...text(), name: chars(26) }))).toBe('Name: it has 26 characters; at most 25 are allowed');
		const error = validationErrorOf(() => buildRcsCreateBody({ ...text(), name: 'order-shipped!' }));
		expect(error.message).toBe('Name: "order-shipped!" has characters INCS does not allow in RCS template names');
		expect(error.fix).toBe('Use letters, digits and underscores only, e.g. order_shipped.');
	});

	it('Text Message: 2,500 / 2,501', () => {
		expect(() => buildRcsCreateBody(text({ textMessage: chars(2500) }))).not.toThrow();
		expect(message(() => buildRcsCreateBody(text({ textMessage: chars(2501) })))).toBe(
			'Text Message: it has 2,501 characters; at most 2,500 are allowed',
		);
		expect(message(() => buildRcsCreateBody(text({ textMessage: '  ' })))).toBe('Text Message: it is empty');
	});

	it('text suggestions: 11 / 12', () => {
		const list = (n: number) => ({ suggestion: Array.from({ length: n }, () => reply()) });
		expect(() => buildRcsCreateBody(text({ suggestions: list(11) }))).not.toThrow();
		expect(message(() => buildRcsCreateBody(text({ suggestions: list(12) })))).toBe('Suggestions: it has 12 suggestions; at most 11 are allowed');
	});

	it('suggestion text 25 / 26 and postback data 120 / 121', () => {
		expect(() => buildRcsCreateBody(text({ suggestions: { suggestion: [reply(chars(25), chars(120))] } }))).not.toThrow();
		expect(message(() => buildRcsCreateBody(text({ suggestions: { suggestion: [reply(), reply(chars(26))] } })))).toBe(
			'Suggestions › Suggestion 2 › Text: it has 26 characters; at most 25 are allowed',
		);
		expect(message(() => buildRcsCreateBody(text({ suggestions: { suggestion: [reply('Yes', chars(121))] } })))).toBe(
			'Suggestions › Suggestion 1 › Postback Data: it has 121 characters; at most 120 are allowed',
		);
		expect(message(() => buildRcsCreateBody(text({ suggestions: { suggestion: [reply('Yes', '')] } })))).toBe(
			'Suggestions › Suggestion 1 › Postback Data: it is empty',
		);
	});

	it('rich card: title 200 / 201, description 2,000 / 2,001, suggestions 4 / 5', () => {
		expect(() => buildRcsCreateBody(richCard({ title: chars(200), description: chars(2000) }))).not.toThrow();
		expect(message(() => buildRcsCreateBody(richCard({ title: chars(201) })))).toBe('Card Title: it has 201 characters; at most 200 are allowed');
		expect(message(() => buildRcsCreateBody(richCard({ description: chars(2001) })))).toBe(
			'Card Description: it has 2,001 characters; at most 2,000 are allowed',
		);
		const four = { suggestion: Array.from({ length: 4 }, () => reply()) };
		const five = { suggestion: Array.from({ length: 5 }, () => reply()) };
		expect(() => buildRcsCreateBody(richCard({ suggestions: four }))).not.toThrow();
		expect(message(() => buildRcsCreateBody(richCard({ suggestions: five })))).toBe('Suggestions: it has 5 suggestions; at most 4 are allowed');
	});

	it('carousel: 2 to 10 cards', () => {
		const cards = (n: number) => Array.from({ length: n }, () => card());
		expect(() => buildRcsCreateBody(carousel(cards(2)))).not.toThrow();
		expect(() => buildRcsCreateBody(carousel(cards(10)))).not.toThrow();
		expect(message(() => buildRcsCreateBody(carousel(cards(1))))).toBe('Cards: it has 1 cards; 2 to 10 are allowed');
		expect(message(() => buildRcsCreateBody(carousel(cards(11))))).toBe('Cards: it has 11 cards; 2 to 10 are allowed');
	});

	it('carousel card limits name the card and the suggestion', () => {
		const bad = card({ suggestions: { suggestion: [reply(), reply(chars(26))] } });
		expect(message(() => buildRcsCreateBody(carousel([card(), card(), bad])))).toBe(
			'Cards › Card 3 › Suggestions › Suggestion 2 › Text: it has 26 characters; at most 25 are allowed',
		);
		expect(message(() => buildRcsCreateBody(carousel([card(), card({ title: chars(201) })])))).toBe(
			'Cards › Card 2 › Title: it has 201 characters; at most 200 are allowed',
		);
		const five = card({ suggestions: { suggestion: Array.from({ length: 5 }, () => reply()) } });
		expect(message(() => buildRcsCreateBody(carousel([five, card()])))).toBe('Cards › Card 1 › Suggestions: it has 5 suggestions; at most 4 are allowed');
	});
});

