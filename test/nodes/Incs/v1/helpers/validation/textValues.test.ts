import { normalizePhoneNumber } from '../../../../../../nodes/Incs/v1/helpers/phone';
import { buildRcsParameters } from '../../../../../../nodes/Incs/v1/helpers/payloads/rcsTemplate';
import { buildRcsMedia, buildRcsText } from '../../../../../../nodes/Incs/v1/helpers/payloads/rcs';
import { buildViberMedia, buildViberText } from '../../../../../../nodes/Incs/v1/helpers/payloads/viber';
import { buildWhatsAppMedia, buildWhatsAppText } from '../../../../../../nodes/Incs/v1/helpers/payloads/whatsApp';
import { buildWhatsAppInteractive } from '../../../../../../nodes/Incs/v1/helpers/payloads/whatsAppInteractive';
import { buildWhatsAppTemplateComponents } from '../../../../../../nodes/Incs/v1/helpers/payloads/whatsAppTemplate';
import { ValidationError } from '../../../../../../nodes/Incs/v1/helpers/validation/error';
import { asText, describeNonText } from '../../../../../../nodes/Incs/v1/helpers/validation/text';
import { validationErrorOf } from '../templates/expectError';

const customer = { name: 'Alex', phone: '85261234567' };
const FIX_START = 'Map one text value into';

const thrown = validationErrorOf;

describe('text fields: what was mapped is what the customer gets', () => {
	it('writes numbers and booleans as text, and dates as their own text', () => {
		expect(asText('Text', 42)).toBe('42');
		expect(asText('Text', 0)).toBe('0');
		expect(asText('Text', true)).toBe('true');
		expect(asText('Text', false)).toBe('false');
		expect(asText('Text', undefined)).toBe('');
		expect(asText('Text', null)).toBe('');
		// Like Luxon's DateTime (n8n's `$now`), which writes itself as ISO text.
		class Moment {
			toString() {
				return '2026-12-03T10:00:00.000Z';
			}
		}
		expect(asText('Text', new Moment())).toBe('2026-12-03T10:00:00.000Z');
	});

	it.each<[unknown, string]>([
		[customer, 'an object with keys name, phone'],
		[{ id: 1 }, 'an object with key id'],
		[{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, 'an object with keys a, b, c, d, e and 2 more'],
		[{}, 'an empty object'],
		[['Alex', 'Sam'], 'a list of 2 entries'],
		[[customer], 'a list of 1 entry'],
		[[], 'an empty list'],
	])('refuses %p as "%s"', (value, described) => {
		expect(describeNonText(value as object)).toBe(described);
		const error = thrown(() => asText('Text', value));
		expect(error.message).toBe(`Text: it received ${described}, not text`);
		expect(error.fix).toBe(
			'Map one text value into "Text", for example {{ $json.customer.name }} instead of {{ $json.customer }}. To send the whole value as text, write {{ JSON.stringify($json.customer) }}.',
		);
	});

	it.each<[string, () => unknown, string]>([
		['WhatsApp text', () => buildWhatsAppText(customer), 'Text'],
		['WhatsApp caption', () => buildWhatsAppMedia('image', { mediaUrl: 'https://example.com/a.png', caption: customer }), 'Caption'],
		['WhatsApp document file name', () => buildWhatsAppMedia('document', { mediaUrl: 'https://example.com/a.pdf', filename: ['a', 'b'] }), 'File Name'],
		['WhatsApp media link', () => buildWhatsAppMedia('image', { mediaUrl: customer }), 'Media URL'],
		['WhatsApp interactive body', () => buildWhatsAppInteractive({ interactiveType: 'button', bodyText: customer, buttons: [{ title: 'Yes' }] }), 'Body Text'],
		['WhatsApp reply button title', () => buildWhatsAppInteractive({ interactiveType: 'button', bodyText: 'Pick', buttons: [{ title: customer }] }), 'Buttons › Button 1 › Title'],
		[
			'WhatsApp template variable',
			() => buildWhatsAppTemplateComponents([{ kind: 'body', id: 'body_1', displayName: 'Body {{1}}', variable: '1' }], { body_1: customer }),
			'Variables › Body {{1}}',
		],
		['RCS template variable', () => buildRcsParameters([{ id: 'name', displayName: 'name (in Text)' }], { name: customer }), 'Variables › name (in Text)'],
		['Viber text', () => buildViberText(customer), 'Text'],
		['RCS text', () => buildRcsText(customer), 'Text'],
		['Recipient phone number', () => normalizePhoneNumber(customer), 'Recipient Phone Number'],
	])('%s: an object is an error naming the field and what was received', (_label, build, field) => {
		const error = thrown(build);
		expect(error.field).toBe(field);
		expect(error.problem).toMatch(/^it received (an object with keys name, phone|a list of 2 entries), not text$/);
		expect(error.fix.startsWith(`${FIX_START} "${field}"`)).toBe(true);
	});

	it('numbers and booleans reach the customer as text in every kind of text field', () => {
		expect(buildWhatsAppText(42)).toEqual({ type: 'text', text: '42' });
		expect(buildWhatsAppMedia('image', { mediaUrl: 'https://example.com/a.png', caption: true })).toEqual({
			type: 'image',
			image: { link: 'https://example.com/a.png', caption: 'true' },
		});
		expect(
			buildWhatsAppTemplateComponents([{ kind: 'body', id: 'body_1', displayName: 'Body {{1}}', variable: '1' }], { body_1: 1250 }),
		).toEqual([{ type: 'body', parameters: [{ type: 'text', text: '1250' }] }]);
		expect(buildRcsParameters([{ id: 'count', displayName: 'count' }], { count: 3 })).toEqual({ count: '3' });
	});
});

describe('document links: file types no channel delivers are refused, links without an extension pass', () => {
	it.each<[string, () => unknown, string]>([
		['WhatsApp', () => buildWhatsAppMedia('document', { mediaUrl: 'https://example.com/files/setup.exe' }), 'PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX or TXT'],
		['WhatsApp (upper case, with a query)', () => buildWhatsAppMedia('document', { mediaUrl: 'https://example.com/files/SETUP.EXE?v=2' }), 'PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX or TXT'],
		['Viber', () => buildViberMedia('document', 'https://example.com/files/setup.exe'), 'DOC, DOCX, XLS, XLSX, CSV or PDF'],
		['RCS', () => buildRcsMedia('document', 'https://example.com/files/setup.exe'), 'PDF'],
	])('%s refuses setup.exe', (_label, build, wanted) => {
		const error = thrown(build);
		expect(error.field).toBe('Media URL');
		expect(error.problem).toMatch(new RegExp(`names an EXE file, but this takes ${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
	});

	it.each(['.msi', '.bat', '.apk', '.js', '.sh', '.jar', '.dmg'])('WhatsApp refuses a %s document', (extension) => {
		expect(() => buildWhatsAppMedia('document', { mediaUrl: `https://example.com/files/tool${extension}` })).toThrow(ValidationError);
	});

	it.each(['https://example.com/download?id=42', 'https://example.com/files/report', 'https://example.com/get.php?file=7', 'https://example.com/files/report.v2'])(
		'passes %s, which may serve a document',
		(link) => {
			expect(buildWhatsAppMedia('document', { mediaUrl: link })).toEqual({ type: 'document', document: { link } });
			expect(buildViberMedia('document', link)).toEqual({ type: 'document', document: { link } });
			expect(buildRcsMedia('document', link)).toEqual({ type: 'document', document: { link } });
		},
	);
});
