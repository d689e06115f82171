import { findWhatsAppVariables, orderedWhatsAppVariables, whatsAppUrlBeforeVariable } from '../../../../../nodes/Incs/v1/helpers/placeholders';
import { urlSuffixFieldId, urlSuffixIndexOf } from '../../../../../nodes/Incs/v1/helpers/payloads/whatsAppTemplate';

describe('WhatsApp placeholders', () => {
	it('finds each variable once, in order of appearance; positional ones are filled by number', () => {
		expect(findWhatsAppVariables('{{2}} and {{1}}, again {{2}}')).toEqual(['2', '1']);
		expect(orderedWhatsAppVariables(['2', '1'])).toEqual(['1', '2']);
		expect(orderedWhatsAppVariables(['name', 'code'])).toEqual(['name', 'code']);
	});

	it.each([
		['https://shop.example/track/{{1}}', 'https://shop.example/track/'],
		['https://n8n.example.com/webhook-waiting/{{ 1 }} ', 'https://n8n.example.com/webhook-waiting/'],
		['https://shop.example/{{order_id}}', 'https://shop.example/'],
	])('a URL button ending in a variable: %s is filled after %s', (url, base) => {
		expect(whatsAppUrlBeforeVariable(url)).toBe(base);
	});

	it.each(['https://shop.example/track', 'https://shop.example/{{1}}/status', 'https://shop.example/{{First}}'])('%s does not end in a variable', (url) => {
		expect(whatsAppUrlBeforeVariable(url)).toBeUndefined();
	});

	it('a URL button variable field id names its button, and is read back', () => {
		expect(urlSuffixFieldId(2)).toBe('button_2_url_suffix');
		expect(urlSuffixIndexOf(urlSuffixFieldId(2))).toBe(2);
		expect(urlSuffixIndexOf('button_2_coupon_code')).toBeUndefined();
		expect(urlSuffixIndexOf('body_1')).toBeUndefined();
	});
});
