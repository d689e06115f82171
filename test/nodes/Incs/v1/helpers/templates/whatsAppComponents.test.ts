import { buildWabaCreateBody } from '../../../../../../nodes/Incs/v1/helpers/templates/whatsApp/createBody';
import { chars } from './expectError';
import { input, message } from './whatsAppInput';

describe('WhatsApp template create body (form)', () => {
	it('builds a body-only template', () => {
		expect(buildWabaCreateBody(input())).toEqual({
			name: 'order_ready',
			language: 'en_US',
			category: 'UTILITY',
			components: [{ type: 'BODY', text: 'Your order is ready.' }],
		});
	});

	it('builds every component kind with Meta examples, in the order header, body, footer, buttons', () => {
		const body = buildWabaCreateBody(
			input({
				headerType: 'text',
				headerText: 'Order {{1}}',
				headerExample: '#123',
				bodyText: 'Hi {{1}}, use code {{2}} to get {{3}} off.',
				bodyVariableExamples: {
					example: [
						{ variable: '{{2}}', value: 'FAKE10' },
						{ variable: '1', value: 'Alex' },
						{ variable: ' 3 ', value: '10%' },
					],
				},
				footerText: 'Reply STOP to opt out',
				buttons: {
					button: [
						{ type: 'QUICK_REPLY', text: 'Unsubscribe' },
						{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}', urlExample: 'https://example.com/shop/summer' },
						{ type: 'URL', text: 'Help', url: 'https://example.com/help' },
						{ type: 'PHONE_NUMBER', text: 'Call us', phoneNumber: '+85200000002' },
						{ type: 'COPY_CODE', code: 'FAKE10' },
					],
				},
			}, { category: 'MARKETING' }),
		);
		expect(body.components).toEqual([
			{ type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['#123'] } },
			{ type: 'BODY', text: 'Hi {{1}}, use code {{2}} to get {{3}} off.', example: { body_text: [['Alex', 'FAKE10', '10%']] } },
			{ type: 'FOOTER', text: 'Reply STOP to opt out' },
			{
				type: 'BUTTONS',
				buttons: [
					{ type: 'QUICK_REPLY', text: 'Unsubscribe' },
					{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}', example: ['https://example.com/shop/summer'] },
					{ type: 'URL', text: 'Help', url: 'https://example.com/help' },
					{ type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+85200000002' },
					{ type: 'COPY_CODE', example: 'FAKE10' },
				],
			},
		]);
		expect(body.parameter_format).toBeUndefined();
	});

	it.each([
		['image', 'IMAGE'],
		['video', 'VIDEO'],
		['document', 'DOCUMENT'],
	] as const)('builds a %s header with its sample URL as header_handle', (headerType, format) => {
		const body = buildWabaCreateBody(input({ headerType, headerMediaUrl: 'https://example.com/media/sample' }));
		expect(body.components[0]).toEqual({ type: 'HEADER', format, example: { header_handle: ['https://example.com/media/sample'] } });
	});

	it('builds a location header with nothing else: the pin is given at send time', () => {
		const body = buildWabaCreateBody(input({ headerType: 'location', headerMediaUrl: 'https://example.com/ignored', headerText: 'ignored' }));
		expect(body.components[0]).toEqual({ type: 'HEADER', format: 'LOCATION' });
	});

	it('builds a text header without variables with no example', () => {
		const body = buildWabaCreateBody(input({ headerType: 'text', headerText: 'Big sale', headerExample: 'ignored' }));
		expect(body.components[0]).toEqual({ type: 'HEADER', format: 'TEXT', text: 'Big sale' });
	});

	it('uses named examples and parameter_format NAMED for named variables', () => {
		const body = buildWabaCreateBody(
			input({
				headerType: 'text',
				headerText: 'For {{first_name}}',
				headerExample: 'Alex',
				bodyText: 'Hi {{first_name}}, order {{order_id}} shipped.',
				bodyVariableExamples: { example: [{ variable: 'order_id', value: 'A1' }, { variable: '{{first_name}}', value: 'Alex' }] },
			}),
		);
		expect(body).toEqual({
			name: 'order_ready',
			language: 'en_US',
			category: 'UTILITY',
			parameter_format: 'NAMED',
			components: [
				{ type: 'HEADER', format: 'TEXT', text: 'For {{first_name}}', example: { header_text_named_params: [{ param_name: 'first_name', example: 'Alex' }] } },
				{
					type: 'BODY',
					text: 'Hi {{first_name}}, order {{order_id}} shipped.',
					example: {
						body_text_named_params: [
							{ param_name: 'first_name', example: 'Alex' },
							{ param_name: 'order_id', example: 'A1' },
						],
					},
				},
			],
		});
	});

	describe('limits', () => {
		it.each([
			['Name', { name: chars(100) }, { name: chars(101) }, 'Name: it has 101 characters; at most 100 are allowed'],
		])('%s: accepted at the limit, rejected one past it', (_label, ok, bad, error) => {
			expect(() => buildWabaCreateBody(input({}, ok))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({}, bad)))).toBe(error);
		});

		it('Header Text: 60 characters accepted, 61 rejected (emoji count as one)', () => {
			expect(() => buildWabaCreateBody(input({ headerType: 'text', headerText: chars(60, '😀') }))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ headerType: 'text', headerText: chars(61, '😀') })))).toBe(
				'Header Text: it has 61 characters; at most 60 are allowed',
			);
		});

		it('Body Text: 1,024 characters accepted, 1,025 rejected', () => {
			expect(() => buildWabaCreateBody(input({ bodyText: chars(1024) }))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ bodyText: chars(1025) })))).toBe(
				'Body Text: it has 1,025 characters; at most 1,024 are allowed',
			);
		});

		it('Footer Text: 60 accepted, 61 rejected, variables refused', () => {
			expect(() => buildWabaCreateBody(input({ footerText: chars(60) }))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ footerText: chars(61) })))).toBe(
				'Footer Text: it has 61 characters; at most 60 are allowed',
			);
			expect(message(() => buildWabaCreateBody(input({ footerText: 'Bye {{1}}' })))).toBe(
				'Footer Text: it holds a variable; Meta does not allow variables in the footer',
			);
		});

		const quickReplies = (n: number, text = 'Yes') => Array.from({ length: n }, () => ({ type: 'QUICK_REPLY' as const, text }));

		it('Buttons: 10 accepted, 11 rejected', () => {
			expect(() => buildWabaCreateBody(input({ buttons: { button: quickReplies(10) } }))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: quickReplies(11) } })))).toBe(
				'Buttons: it has 11 buttons; 1 to 10 are allowed',
			);
		});

		it('Button text: 25 accepted, 26 rejected, with the button named', () => {
			expect(() => buildWabaCreateBody(input({ buttons: { button: quickReplies(2, chars(25)) } }))).not.toThrow();
			const buttons = [...quickReplies(1), { type: 'QUICK_REPLY' as const, text: chars(26) }];
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: buttons } })))).toBe(
				'Buttons › Button 2 › Text: it has 26 characters; at most 25 are allowed',
			);
		});

		it('URL buttons: 2 accepted, 3 rejected', () => {
			const url = (n: number) => Array.from({ length: n }, () => ({ type: 'URL' as const, text: 'Go', url: 'https://example.com' }));
			expect(() => buildWabaCreateBody(input({ buttons: { button: url(2) } }))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: url(3) } })))).toBe(
				'Buttons: it has 3 URL buttons; Meta allows at most 2',
			);
		});

		it('URL: 2,000 characters accepted, 2,001 rejected', () => {
			const prefix = 'https://example.com/';
			const button = (length: number) => ({ type: 'URL' as const, text: 'Go', url: prefix + chars(length - prefix.length) });
			expect(() => buildWabaCreateBody(input({ buttons: { button: [button(2000)] } }))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: [button(2001)] } })))).toBe(
				'Buttons › Button 1 › URL: it has 2,001 characters; at most 2,000 are allowed',
			);
		});

		it('Phone number buttons: 1 accepted, 2 rejected; number at most 20 characters', () => {
			const phone = (phoneNumber = '+85200000002') => ({ type: 'PHONE_NUMBER' as const, text: 'Call', phoneNumber });
			expect(() => buildWabaCreateBody(input({ buttons: { button: [phone('+852 (6841) 123 4567')] } }))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: [phone(), phone()] } })))).toBe(
				'Buttons: it has 2 Phone Number buttons; Meta allows at most 1',
			);
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: [phone('+852 (6841) 123  4567')] } })))).toBe(
				'Buttons › Button 1 › Phone Number: it has 21 characters; at most 20 are allowed',
			);
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: [phone('call me')] } })))).toBe(
				'Buttons › Button 1 › Phone Number: "call me" is not a phone number with its country code',
			);
		});

		it('Copy code: one button, example at most 15 characters', () => {
			const code = (value: string) => ({ type: 'COPY_CODE' as const, code: value });
			const marketing = { category: 'MARKETING' };
			expect(() => buildWabaCreateBody(input({ buttons: { button: [code(chars(15))] } }, marketing))).not.toThrow();
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: [code(chars(16))] } }, marketing)))).toBe(
				'Buttons › Button 1 › Code Example: it has 16 characters; at most 15 are allowed',
			);
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: [code('A'), code('B')] } }, marketing)))).toBe(
				'Buttons: it has 2 Copy Code buttons; Meta allows at most 1',
			);
		});

		it('Copy code buttons only in Marketing templates', () => {
			expect(message(() => buildWabaCreateBody(input({ buttons: { button: [{ type: 'COPY_CODE', code: 'SAVE10' }] } })))).toBe(
				'Buttons › Button 1 › Button Type: a Copy Code button is only allowed in Marketing templates; this one is UTILITY',
			);
		});

		it('numbered and named variables are not mixed across header and body', () => {
			const mixed = input({
				headerType: 'text',
				headerText: 'Sale ends {{1}}',
				headerExample: 'Friday',
				bodyText: 'Hi {{first_name}}, the sale is on.',
				bodyVariableExamples: { example: [{ variable: 'first_name', value: 'Alex' }] },
			});
			expect(message(() => buildWabaCreateBody(mixed))).toBe(
				'Header Text: it uses numbered variables ({{1}}) while the body uses named variables ({{first_name}})',
			);
		});

		it('named variables start with a letter', () => {
			const body = input({ bodyText: 'Hi {{_name}}', bodyVariableExamples: { example: [{ variable: '_name', value: 'Alex' }] } });
			expect(message(() => buildWabaCreateBody(body))).toBe('Body Text: the variable {{_name}} does not start with a lowercase letter');
		});
	});
});
