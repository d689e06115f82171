import { buildWabaCreateBody } from '../../../../../../nodes/Incs/v1/helpers/templates/whatsApp/createBody';
import { chars, validationErrorOf } from './expectError';
import { input, json, message } from './whatsAppInput';

describe('WhatsApp template create body (form) rules', () => {
	describe('rules', () => {
		it('refuses names Meta does not accept and suggests one', () => {
			const error = validationErrorOf(() => buildWabaCreateBody(input({}, { name: 'Order Ready!' })));
			expect(error.message).toBe('Name: "Order Ready!" has characters Meta does not allow in template names');
			expect(error.fix).toBe('Use lowercase letters, digits and underscores only, e.g. order_ready.');
		});

		it('refuses a language code in the wrong form', () => {
			expect(message(() => buildWabaCreateBody(input({}, { language: 'en-US' })))).toBe(
				'Language: "en-US" is not a language code as Meta writes them',
			);
			expect(() => buildWabaCreateBody(input({}, { language: 'fil' }))).not.toThrow();
		});

		it('refuses a category INCS does not list', () => {
			expect(message(() => buildWabaCreateBody(input({}, { category: 'AUTHENTICATION' })))).toBe(
				'Category: "AUTHENTICATION" is not one of MARKETING, UTILITY',
			);
		});

		it('names the variable that has no example', () => {
			const error = validationErrorOf(() =>
				buildWabaCreateBody(input({ bodyText: 'Hi {{1}}, code {{2}} today.', bodyVariableExamples: { example: [{ variable: '1', value: 'Alex' }] } })),
			);
			expect(error.message).toBe('Body Variable Examples: there is no example for {{2}}');
		});

		it('refuses an example for a variable the text does not use', () => {
			expect(
				message(() =>
					buildWabaCreateBody(input({ bodyText: 'Hi {{1}} there', bodyVariableExamples: { example: [{ variable: '1', value: 'A' }, { variable: '4', value: 'B' }] } })),
				),
			).toBe('Body Variable Examples: there is an example for {{4}}, which the text does not use (it uses {{1}})');
		});

		it('refuses an empty example and a duplicate one', () => {
			expect(message(() => buildWabaCreateBody(input({ bodyText: 'Hi {{1}} there', bodyVariableExamples: { example: [{ variable: '1', value: ' ' }] } })))).toBe(
				'Body Variable Examples › Example 1 › Example: it is empty',
			);
			expect(
				message(() =>
					buildWabaCreateBody(input({ bodyText: 'Hi {{1}} there', bodyVariableExamples: { example: [{ variable: '1', value: 'A' }, { variable: '{{1}}', value: 'B' }] } })),
				),
			).toBe('Body Variable Examples › Example 2: {{1}} has more than one example');
		});

		it('refuses numbered variables with a gap and mixed variables', () => {
			expect(message(() => buildWabaCreateBody(input({ bodyText: 'Hi {{1}} and {{3}} ok' })))).toBe(
				'Body Text: its numbered variables are {{1}}, {{3}}; Meta needs them to run {{1}}, {{2}}, … without gaps',
			);
			expect(message(() => buildWabaCreateBody(input({ bodyText: 'Hi {{1}} and {{name}} ok' })))).toBe(
				'Body Text: it mixes numbered and named variables ({{1}}, {{name}})',
			);
		});

		it('refuses a header with two variables or a variable without example', () => {
			expect(message(() => buildWabaCreateBody(input({ headerType: 'text', headerText: '{{1}} and {{2}}', headerExample: 'x' })))).toBe(
				'Header Text: it has 2 variables; Meta allows at most 1 in a text header',
			);
			expect(message(() => buildWabaCreateBody(input({ headerType: 'text', headerText: 'Order {{1}}' })))).toBe(
				'Header Variable Example: it is empty, but the header text uses {{1}}',
			);
		});

		it('refuses a media header without a valid sample URL', () => {
			expect(message(() => buildWabaCreateBody(input({ headerType: 'image', headerMediaUrl: '' })))).toBe('Header Sample URL: it is empty');
			expect(message(() => buildWabaCreateBody(input({ headerType: 'image', headerMediaUrl: 'ftp://x.test/a.png' })))).toBe(
				'Header Sample URL: "ftp://x.test/a.png" must start with https:// or http://',
			);
		});

		it('checks URL button variables and examples', () => {
			const url = (button: object) => () => buildWabaCreateBody(input({ buttons: { button: [{ type: 'URL', text: 'Go', ...button }] } }));
			expect(message(url({ url: 'https://example.com/{{1}}/x' }))).toBe(
				'Buttons › Button 1 › URL: it has {{1}}; Meta allows one variable, {{1}}, at the very end',
			);
			expect(message(url({ url: 'https://example.com/{{1}}' }))).toBe('Buttons › Button 1 › URL Example: it is empty');
			expect(message(url({ url: 'https://example.com/{{1}}', urlExample: 'https://other.test/summer' }))).toBe(
				'Buttons › Button 1 › URL Example: "https://other.test/summer" does not start with "https://example.com/" followed by a sample value',
			);
		});

		it('refuses quick replies mixed in between other buttons', () => {
			const buttons = [
				{ type: 'QUICK_REPLY' as const, text: 'A' },
				{ type: 'URL' as const, text: 'B', url: 'https://example.com' },
				{ type: 'QUICK_REPLY' as const, text: 'C' },
			];
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: buttons } })))).toBe(
				'Buttons: quick reply buttons are mixed in between the other buttons',
			);
			expect(() => buildWabaCreateBody(input({ buttons: { button: [buttons[1], buttons[0], buttons[2]] } }))).not.toThrow();
		});
	});
});

describe('WhatsApp template create body (JSON)', () => {
	it('passes the documented example through with uppercase types', () => {
		const components = [
			{ type: 'body', text: 'Test template, first variable: {{1}}, second variable: {{2}}', example: { body_text: [[1, 2]] } },
			{ type: 'FOOTER', text: 'Good night' },
		];
		expect(buildWabaCreateBody(json(JSON.stringify(components))).components).toEqual([
			{ type: 'BODY', text: 'Test template, first variable: {{1}}, second variable: {{2}}', example: { body_text: [['1', '2']] } },
			{ type: 'FOOTER', text: 'Good night' },
		]);
	});

	it('accepts an array from an expression and passes unknown component kinds through', () => {
		const carousel = { type: 'carousel', cards: [] };
		expect(buildWabaCreateBody(json([{ type: 'BODY', text: 'Hi' }, carousel])).components).toEqual([
			{ type: 'BODY', text: 'Hi' },
			{ type: 'CAROUSEL', cards: [] },
		]);
	});

	it('names JSON paths in errors', () => {
		expect(message(() => buildWabaCreateBody(json([{ type: 'BODY', text: chars(1025) }])))).toBe(
			'Components (JSON) › [0].text: it has 1,025 characters; at most 1,024 are allowed',
		);
		expect(
			message(() =>
				buildWabaCreateBody(json([{ type: 'BODY', text: 'x' }, { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: chars(26) }] }])),
			),
		).toBe('Components (JSON) › [1].buttons[0].text: it has 26 characters; at most 25 are allowed');
		expect(message(() => buildWabaCreateBody(json([{ type: 'BODY', text: 'Hi {{1}} and {{2}} ok', example: { body_text: [['a']] } }])))).toBe(
			'Components (JSON) › [0].example: there is no example for {{2}}',
		);
	});

	it('refuses invalid JSON, a missing BODY, duplicates and typeless components', () => {
		expect(message(() => buildWabaCreateBody(json('[{')))).toMatch(/^Components \(JSON\): it is not valid JSON \(/);
		expect(message(() => buildWabaCreateBody(json([{ type: 'FOOTER', text: 'x' }])))).toBe(
			'Components (JSON): it has no BODY component; Meta requires one',
		);
		expect(message(() => buildWabaCreateBody(json([{ type: 'BODY', text: 'x' }, { type: 'body', text: 'y' }])))).toBe(
			'Components (JSON): it has more than one BODY component',
		);
		expect(message(() => buildWabaCreateBody(json([{ text: 'x' }])))).toBe('Components (JSON) › [0].type: it is missing');
		expect(message(() => buildWabaCreateBody(json({ type: 'BODY' })))).toBe('Components (JSON): expected a list, got an object with key type');
	});
});
