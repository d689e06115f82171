import { describeRcsTemplateText, describeWhatsAppTemplateText } from '../../../../../../nodes/Incs/v1/helpers/payloads/templateOverview';
import { rcsTextsWithVariables } from '../../../../../../nodes/Incs/v1/helpers/payloads/rcsTemplate';
import { bodyExamplesOf } from '../../../../../../nodes/Incs/v1/helpers/templates/whatsApp/bodyExamples';

describe('describeWhatsAppTemplateText: the template text shown once above its variable fields', () => {
	it('names each part as the field labels do, with its whole text', () => {
		expect(
			describeWhatsAppTemplateText([
				{ type: 'HEADER', format: 'TEXT', text: 'Sale ends {{1}}' },
				{ type: 'BODY', text: 'Shop before {{1}} with code {{2}} for a long time, with a long text that a label would cut.' },
				{ type: 'FOOTER', text: 'Reply STOP to opt out' },
				{
					type: 'BUTTONS',
					buttons: [
						{ type: 'QUICK_REPLY', text: 'Stop' },
						{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}' },
						{ type: 'URL', text: 'Fixed', url: 'https://example.com/' },
						{ type: 'COPY_CODE' },
					],
				},
			]),
		).toEqual([
			'Header: Sale ends {{1}}',
			'Body: Shop before {{1}} with code {{2}} for a long time, with a long text that a label would cut.',
			'Footer: Reply STOP to opt out',
			'Button 2 "Shop now": https://example.com/shop/{{1}}',
			'Button 4: copies the coupon code',
		]);
	});

	it('a media or location header is named by its kind; nothing for no components', () => {
		expect(describeWhatsAppTemplateText([{ type: 'header', format: 'location' }, { type: 'body', text: 'At {{1}}' }])).toEqual(['Header: location', 'Body: At {{1}}']);
		expect(describeWhatsAppTemplateText()).toEqual([]);
	});
});

describe('describeRcsTemplateText', () => {
	it('every text holding a [variable], named by its place in the form, in template order', () => {
		const content = {
			orientation: 'VERTICAL',
			standaloneCard: {
				cardTitle: 'No variable here',
				cardDescription: 'Dear [name], join the lucky draw',
				mediaUrl: 'https://example.com/media/[image]',
				suggestions: [{ suggestionType: 'reply', text: 'Avail offer [offer_name]', postbackData: 'offer_[offer_name]' }],
			},
		};
		expect(describeRcsTemplateText(content)).toEqual([
			'Card Description: Dear [name], join the lucky draw',
			'Media URL: https://example.com/media/[image]',
			'Suggestion Label: Avail offer [offer_name]',
			'Postback Data: offer_[offer_name]',
		]);
		expect(rcsTextsWithVariables({ textMessage: 'Plain' })).toEqual([]);
		expect(describeRcsTemplateText(undefined)).toEqual([]);
	});
});

describe('bodyExamplesOf: body examples from the per-variable fields or the older list', () => {
	const olderList = { example: [{ variable: '1', value: 'From the list' }] };

	it('takes the filled fields of variables still in the text, as the list the checks read', () => {
		expect(bodyExamplesOf('Hi {{1}}, order {{2}}', { value: { '1': 'Alex', '2': 42, '3': 'stale' } }, undefined)).toEqual({
			example: [
				{ variable: '1', value: 'Alex' },
				{ variable: '2', value: '42' },
			],
		});
	});

	it('leaves out empty fields, so the check names the variable without an example', () => {
		expect(bodyExamplesOf('Hi {{1}}, order {{2}}', { value: { '1': 'Alex', '2': '  ' } }, undefined)).toEqual({ example: [{ variable: '1', value: 'Alex' }] });
		expect(bodyExamplesOf('Hi {{1}}', { value: null }, undefined)).toEqual({ example: [] });
		expect(bodyExamplesOf('Hi {{1}}', null, undefined)).toEqual({ example: [] });
	});

	it('falls back to the older list (version 1 workflows) only while no field is filled', () => {
		expect(bodyExamplesOf('Hi {{1}}', null, olderList)).toEqual(olderList);
		expect(bodyExamplesOf('Hi {{1}}', { value: { '1': 'Alex' } }, olderList)).toEqual({ example: [{ variable: '1', value: 'Alex' }] });
		expect(bodyExamplesOf('Hi {{1}}', { value: {} }, { example: [] })).toEqual({ example: [] });
	});
});
