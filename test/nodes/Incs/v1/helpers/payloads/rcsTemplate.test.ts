import {
	buildRcsParameters,
	checkRcsParametersComplete,
	describeRcsTemplateVariables,
	parseParametersJson,
} from '../../../../../../nodes/Incs/v1/helpers/payloads/rcsTemplate';
import list from '../../fixtures/messaging/rcs_templates.list.json';
import withParameters from '../../fixtures/messaging/rcs.template.with_parameters.json';

const [carousel, richcard, text] = list.data;

describe('describeRcsTemplateVariables', () => {
	it('finds variables in text and postback data', () => {
		expect(describeRcsTemplateVariables(text.content)).toEqual([
			{ id: 'name', displayName: 'name' },
			{ id: 'order_id', displayName: 'order_id' },
		]);
	});

	it('finds variables in card descriptions and suggestion labels of rich cards and carousels', () => {
		expect(describeRcsTemplateVariables(richcard.content)).toEqual([
			{ id: 'name', displayName: 'name' },
			{ id: 'offer_name', displayName: 'offer_name' },
		]);
		expect(describeRcsTemplateVariables(carousel.content)).toEqual([
			{ id: 'name', displayName: 'name' },
			{ id: 'offer_1', displayName: 'offer_1' },
		]);
	});

	it('finds variables in titles, media and suggestion URLs', () => {
		const content = {
			standaloneCard: {
				cardTitle: 'Hi [first]',
				mediaUrl: 'https://brand.com/media/[image]',
				suggestions: [{ suggestionType: 'url_action', text: 'Go', postbackData: 'go', url: 'https://brand.com/[path]' }],
			},
		};
		expect(describeRcsTemplateVariables(content)).toEqual([
			{ id: 'first', displayName: 'first' },
			{ id: 'image', displayName: 'image' },
			{ id: 'path', displayName: 'path' },
		]);
	});

	it('no placeholders → no fields', () => {
		expect(describeRcsTemplateVariables({ textMessage: 'Hello' })).toEqual([]);
	});
});

describe('buildRcsParameters', () => {
	const fields = describeRcsTemplateVariables(text.content);

	it('builds the documented parameters object', () => {
		expect(buildRcsParameters(fields, { name: 'Alex', order_id: ' ORD0001 ' })).toEqual(withParameters.template.parameters);
		expect(buildRcsParameters([], {})).toBeUndefined();
	});

	it('every variable is required', () => {
		expect(() => buildRcsParameters(fields, { name: 'Alex' })).toThrow('Variables › order_id: it is empty');
	});

	it('numbers from expressions are sent as text', () => {
		expect(buildRcsParameters(fields, { name: 'Alex', order_id: 42 })).toEqual({ name: 'Alex', order_id: '42' });
	});
});

describe('parseParametersJson and checkRcsParametersComplete', () => {
	it('parses an object of names to values', () => {
		expect(parseParametersJson('{"name":"Alex","order_id":7}')).toEqual({ name: 'Alex', order_id: '7' });
		expect(parseParametersJson({ name: 'Alex' })).toEqual({ name: 'Alex' });
		expect(parseParametersJson('')).toBeUndefined();
		expect(parseParametersJson('{}')).toBeUndefined();
	});

	it('rejects invalid JSON, arrays and nested values', () => {
		expect(() => parseParametersJson('{')).toThrow('Parameters (JSON): it is not valid JSON');
		expect(() => parseParametersJson('[1]')).toThrow('Parameters (JSON): it is not a JSON object');
		expect(() => parseParametersJson('{"name":{"a":1}}')).toThrow('Parameters (JSON) › name: it is an object with key a; variables take text');
	});

	it('names missing variables', () => {
		const fields = describeRcsTemplateVariables(text.content);
		expect(() => checkRcsParametersComplete(fields, { name: 'A', order_id: 'B' })).not.toThrow();
		expect(() => checkRcsParametersComplete(fields, { name: 'A' })).toThrow('Parameters (JSON): the template needs "order_id", which is missing or empty');
		expect(() => checkRcsParametersComplete(fields, undefined)).toThrow('the template needs "name", "order_id", which are missing or empty');
	});
});
