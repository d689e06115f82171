import {
	buildWhatsAppTemplateComponents,
	describeWhatsAppTemplateVariables,
	parseComponentsJson,
} from '../../../../../../nodes/Incs/v1/helpers/payloads/whatsAppTemplate';
import allComponents from '../../fixtures/messaging/waba_templates.resource.all_components.inferred.json';
import named from '../../fixtures/messaging/waba_templates.resource.named_header_text_video.extended.json';
import positional from '../../fixtures/messaging/waba_templates.resource.positional_text_header.extended.json';
import mediaHeaders from '../../fixtures/messaging/waba_templates.resource.video_document_headers.extended.json';
import combinedRequest from '../../fixtures/messaging/whatsapp.template.header_body_copy_code.combined.json';
import headerTextRequest from '../../fixtures/messaging/whatsapp.template.header_text_body_text.json';

describe('describeWhatsAppTemplateVariables', () => {
	it('image header, positional body, URL and COPY_CODE buttons (every component kind)', () => {
		expect(describeWhatsAppTemplateVariables(allComponents.components)).toEqual([
			{ kind: 'headerMedia', id: 'header_image_url', displayName: 'Header Image URL', media: 'image' },
			{ kind: 'body', id: 'body_1', displayName: 'Body {{1}}', variable: '1' },
			{ kind: 'body', id: 'body_2', displayName: 'Body {{2}}', variable: '2' },
			{ kind: 'body', id: 'body_3', displayName: 'Body {{3}}', variable: '3' },
			{ kind: 'urlSuffix', id: 'button_1_url_suffix', displayName: 'Button 2 URL Suffix', index: 1, base: 'https://example.com/shop/' },
			{ kind: 'couponCode', id: 'button_3_coupon_code', displayName: 'Button 4 Coupon Code', index: 3 },
		]);
	});

	it('named header and body variables', () => {
		expect(describeWhatsAppTemplateVariables(named.components).map((field) => field.id)).toEqual([
			'header_text_order_id',
			'body_first_name',
			'body_ship_date',
			'button_0_url_suffix',
		]);
	});

	it('positional text header; footer and quick replies need nothing', () => {
		expect(describeWhatsAppTemplateVariables(positional.components).map((field) => [field.id, field.displayName])).toEqual([
			['header_text', 'Header {{1}}'],
			['body_1', 'Body {{1}}'],
			['body_2', 'Body {{2}}'],
			['body_3', 'Body {{3}}'],
		]);
	});

	it('video and document headers; body variables in numeric order however they appear', () => {
		expect(describeWhatsAppTemplateVariables(mediaHeaders[0].components).map((f) => f.id)).toEqual(['header_video_url']);
		expect(describeWhatsAppTemplateVariables(mediaHeaders[1].components).map((f) => f.id)).toEqual(['header_document_url']);
		expect(describeWhatsAppTemplateVariables([{ type: 'BODY', text: '{{2}} before {{1}}' }]).map((f) => f.id)).toEqual(['body_1', 'body_2']);
	});

	it('a template without variables needs no fields', () => {
		expect(describeWhatsAppTemplateVariables([{ type: 'BODY', text: 'No variables here' }, { type: 'FOOTER', text: 'x' }])).toEqual([]);
		expect(describeWhatsAppTemplateVariables(undefined)).toEqual([]);
	});
});

describe('buildWhatsAppTemplateComponents', () => {
	it('matches the documented combined request (image header, body, COPY_CODE)', () => {
		const fields = describeWhatsAppTemplateVariables([
			{ type: 'HEADER', format: 'IMAGE' },
			{ type: 'BODY', text: 'Hi {{1}}' },
			{ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE' }] },
		]);
		const components = buildWhatsAppTemplateComponents(fields, {
			header_image_url: 'https://example.com/media/header-0001.png',
			body_1: 'Alex',
			button_0_coupon_code: '000000',
		});
		expect(components).toEqual(combinedRequest.template.components);
	});

	it('matches the documented header text + body request', () => {
		const fields = describeWhatsAppTemplateVariables(positional.components);
		const components = buildWhatsAppTemplateComponents(fields, {
			header_text: '2030-01-01',
			body_1: 'the end of the month',
			body_2: 'FAKE10',
			body_3: '10%',
		});
		expect(components).toEqual(headerTextRequest.template.components);
	});

	it.each([
		['https://example.com/shop/summer-42', 'Give only the part after https://example.com/shop/: summer-42'],
		['  www.example.com/shop/summer-42', 'Give only the part that goes after https://example.com/shop/, such as an order number.'],
		['HTTP://other.example/x', 'Give only the part that goes after https://example.com/shop/, such as an order number.'],
	])('a whole link pasted as the URL suffix (%s) is refused; the button would open the template URL followed by it', (suffix, fix) => {
		const fields = describeWhatsAppTemplateVariables(allComponents.components);
		const values = { header_image_url: 'https://example.com/h.png', body_1: 'A', body_2: 'B', body_3: 'C', button_1_url_suffix: suffix, button_3_coupon_code: 'X' };
		expect(() => buildWhatsAppTemplateComponents(fields, values)).toThrow(
			`Variables › Button 2 URL Suffix: "${suffix.trim()}" is a whole link, but the button already opens https://example.com/shop/ and adds this value at its end`,
		);
		try {
			buildWhatsAppTemplateComponents(fields, values);
		} catch (error) {
			expect(error).toMatchObject({ fix });
		}
	});

	it('named variables carry parameter_name; URL suffix uses sub_type url and a string index', () => {
		const fields = describeWhatsAppTemplateVariables(named.components);
		expect(
			buildWhatsAppTemplateComponents(fields, {
				header_text_order_id: 'ORD-7',
				body_first_name: '  Alex ',
				body_ship_date: 'Monday',
				button_0_url_suffix: 'ORD-7',
			}),
		).toEqual([
			{ type: 'header', parameters: [{ type: 'text', parameter_name: 'order_id', text: 'ORD-7' }] },
			{
				type: 'body',
				parameters: [
					{ type: 'text', parameter_name: 'first_name', text: 'Alex' },
					{ type: 'text', parameter_name: 'ship_date', text: 'Monday' },
				],
			},
			{ type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'ORD-7' }] },
		]);
	});

	it('keeps surrounding spaces when trimming is off', () => {
		const fields = describeWhatsAppTemplateVariables([{ type: 'BODY', text: 'Hi {{1}}' }]);
		expect(buildWhatsAppTemplateComponents(fields, { body_1: ' Alex ' }, false)).toEqual([
			{ type: 'body', parameters: [{ type: 'text', text: ' Alex ' }] },
		]);
	});

	it('video and document headers', () => {
		expect(buildWhatsAppTemplateComponents(describeWhatsAppTemplateVariables(mediaHeaders[0].components), { header_video_url: 'https://example.com/v.mp4' })).toEqual([
			{ type: 'header', parameters: [{ type: 'video', video: { link: 'https://example.com/v.mp4' } }] },
		]);
		expect(buildWhatsAppTemplateComponents(describeWhatsAppTemplateVariables(mediaHeaders[1].components), { header_document_url: 'https://example.com/d.pdf' })).toEqual([
			{ type: 'header', parameters: [{ type: 'document', document: { link: 'https://example.com/d.pdf' } }] },
		]);
	});

	it('no variables → no components', () => {
		expect(buildWhatsAppTemplateComponents([], {})).toBeUndefined();
	});

	it('a missing or empty variable is an error naming it', () => {
		const fields = describeWhatsAppTemplateVariables(allComponents.components);
		const values = { header_image_url: 'https://example.com/h.png', body_1: 'A', body_2: 'B', body_3: 'C', button_1_url_suffix: 'x', button_3_coupon_code: 'X' };
		expect(() => buildWhatsAppTemplateComponents(fields, values)).not.toThrow();
		expect(() => buildWhatsAppTemplateComponents(fields, { ...values, body_2: '' })).toThrow(
			'Variables › Body {{2}}: it is empty',
		);
		expect(() => buildWhatsAppTemplateComponents(fields, { ...values, button_3_coupon_code: undefined })).toThrow(
			'Variables › Button 4 Coupon Code: it is empty',
		);
	});

	it('limits: coupon 15, header text 60; no line breaks, tabs or 5 spaces in a row', () => {
		const coupon = describeWhatsAppTemplateVariables([{ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE' }] }]);
		expect(() => buildWhatsAppTemplateComponents(coupon, { button_0_coupon_code: 'C'.repeat(15) })).not.toThrow();
		expect(() => buildWhatsAppTemplateComponents(coupon, { button_0_coupon_code: 'C'.repeat(16) })).toThrow(
			'Variables › Button 1 Coupon Code: it has 16 characters; at most 15 are allowed',
		);
		const header = describeWhatsAppTemplateVariables([{ type: 'HEADER', format: 'TEXT', text: '{{1}}' }]);
		expect(() => buildWhatsAppTemplateComponents(header, { header_text: 'h'.repeat(60) })).not.toThrow();
		expect(() => buildWhatsAppTemplateComponents(header, { header_text: 'h'.repeat(61) })).toThrow('it has 61 characters; at most 60 are allowed');
		const body = describeWhatsAppTemplateVariables([{ type: 'BODY', text: 'Hi {{1}}' }]);
		expect(() => buildWhatsAppTemplateComponents(body, { body_1: 'a    b' })).not.toThrow();
		expect(() => buildWhatsAppTemplateComponents(body, { body_1: 'a     b' })).toThrow('it has more than 4 spaces in a row');
		expect(() => buildWhatsAppTemplateComponents(body, { body_1: 'a\nb' })).toThrow('it contains a line break or tab');
		expect(() => buildWhatsAppTemplateComponents(body, { body_1: 'a\tb' })).toThrow('it contains a line break or tab');
	});

	it('a header media value must be a web link', () => {
		const fields = describeWhatsAppTemplateVariables([{ type: 'HEADER', format: 'IMAGE' }]);
		expect(() => buildWhatsAppTemplateComponents(fields, { header_image_url: 'not a url' })).toThrow('Variables › Header Image URL: "not a url" is not a URL');
	});

	it('a location header asks for latitude, longitude, name and address and sends Meta\'s location parameter', () => {
		const fields = describeWhatsAppTemplateVariables([{ type: 'HEADER', format: 'LOCATION' }, { type: 'BODY', text: 'See you at {{1}}' }]);
		expect(fields.map((field) => [field.id, field.displayName])).toEqual([
			['header_location_latitude', 'Header Location Latitude'],
			['header_location_longitude', 'Header Location Longitude'],
			['header_location_name', 'Header Location Name'],
			['header_location_address', 'Header Location Address'],
			['body_1', 'Body {{1}}'],
		]);
		const values = {
			header_location_latitude: ' 22.2819 ',
			header_location_longitude: 114.1582,
			header_location_name: 'Central Store',
			header_location_address: '1 Queen\'s Road Central, Hong Kong',
			body_1: 'noon',
		};
		expect(buildWhatsAppTemplateComponents(fields, values)).toEqual([
			{
				type: 'header',
				parameters: [{ type: 'location', location: { latitude: '22.2819', longitude: '114.1582', name: 'Central Store', address: '1 Queen\'s Road Central, Hong Kong' } }],
			},
			{ type: 'body', parameters: [{ type: 'text', text: 'noon' }] },
		]);
	});

	it.each([
		['header_location_latitude', '91', 'Variables › Header Location Latitude: "91" is not a latitude in decimal degrees from -90 to 90'],
		['header_location_longitude', '-180.5', 'Variables › Header Location Longitude: "-180.5" is not a longitude in decimal degrees from -180 to 180'],
		['header_location_latitude', '22,28', 'Variables › Header Location Latitude: "22,28" is not a latitude in decimal degrees from -90 to 90'],
		['header_location_name', '', 'Variables › Header Location Name: it is empty'],
	])('a location header refuses %s = %j', (key, value, message) => {
		const fields = describeWhatsAppTemplateVariables([{ type: 'HEADER', format: 'LOCATION' }]);
		const values = { header_location_latitude: '-33.8688', header_location_longitude: '151.2093', header_location_name: 'Sydney', header_location_address: 'NSW', [key]: value };
		expect(() => buildWhatsAppTemplateComponents(fields, values)).toThrow(message);
	});

	it('a header media link must name a file of the header\'s type, when it names one', () => {
		const fields = describeWhatsAppTemplateVariables([{ type: 'HEADER', format: 'VIDEO' }]);
		const key = fields[0].id;
		expect(() => buildWhatsAppTemplateComponents(fields, { [key]: 'https://example.com/promo.png' })).toThrow(
			'names a PNG file, but this takes 3GP or MP4',
		);
		expect(buildWhatsAppTemplateComponents(fields, { [key]: 'https://example.com/promo.mp4' })).toEqual([
			{ type: 'header', parameters: [{ type: 'video', video: { link: 'https://example.com/promo.mp4' } }] },
		]);
	});
});

describe('parseComponentsJson', () => {
	it('accepts a JSON string or an array; empty means none', () => {
		const components = [{ type: 'body', parameters: [{ type: 'text', text: 'Alex' }] }];
		expect(parseComponentsJson(JSON.stringify(components))).toEqual(components);
		expect(parseComponentsJson(components)).toEqual(components);
		expect(parseComponentsJson('')).toBeUndefined();
		expect(parseComponentsJson('[]')).toBeUndefined();
	});

	it('rejects invalid JSON, non-arrays and unknown or uppercase component types', () => {
		expect(() => parseComponentsJson('[{')).toThrow('Components (JSON): it is not valid JSON');
		expect(() => parseComponentsJson('{"type":"body"}')).toThrow('Components (JSON): it is not a JSON array');
		expect(() => parseComponentsJson('[{"type":"BODY"}]')).toThrow('Components (JSON) › Component 1: "type" is "BODY"; it must be one of body, button, header (lowercase)');
	});

	it('sends a button index typed as a number as the string INCS takes', () => {
		const button = (index: unknown) => ({ type: 'button', sub_type: 'COPY_CODE', index, parameters: [{ type: 'coupon_code', coupon_code: 'FAKE10' }] });
		expect(parseComponentsJson(JSON.stringify([button(0), button(1)]))).toEqual([button('0'), button('1')]);
		expect(parseComponentsJson([button('2')])).toEqual([button('2')]);
		// Anything else is left for INCS to judge, as typed.
		expect(parseComponentsJson([button(1.5)])).toEqual([button(1.5)]);
	});
});
