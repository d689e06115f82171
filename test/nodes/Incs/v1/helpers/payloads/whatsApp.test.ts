import { buildWhatsAppMedia, buildWhatsAppText } from '../../../../../../nodes/Incs/v1/helpers/payloads/whatsApp';
import { WHATSAPP_CAPTION_MAX, WHATSAPP_TEXT_MAX } from '../../../../../../nodes/Incs/v1/helpers/constants/whatsapp';

const URL = 'https://example.com/media/file-0001.pdf';
/** A link without a file extension suits every type. */
const ANY = 'https://example.com/media/download?id=1';

describe('WhatsApp text', () => {
	it('sends the text as a plain string', () => {
		expect(buildWhatsAppText('Hello')).toEqual({ type: 'text', text: 'Hello' });
	});

	it('accepts 4,096 characters and rejects 4,097, counting an emoji as one', () => {
		expect(buildWhatsAppText('😀'.repeat(WHATSAPP_TEXT_MAX))).toEqual({ type: 'text', text: '😀'.repeat(4096) });
		expect(() => buildWhatsAppText('a'.repeat(WHATSAPP_TEXT_MAX + 1))).toThrow(
			'Text: it has 4,097 characters; at most 4,096 are allowed',
		);
	});

	it('rejects an empty text', () => {
		expect(() => buildWhatsAppText('  ')).toThrow('Text: it is empty');
	});
});

describe('WhatsApp media', () => {
	it.each([
		['image', 'https://example.com/a.JPG?v=2'],
		['image', 'https://example.com/a.jpeg'],
		['video', 'https://example.com/clip.3gp'],
		['audio', 'https://example.com/voice.ogg'],
		['document', 'https://example.com/sheet.xlsx'],
		['video', 'https://example.com/report.v2'],
	] as const)('takes a %s link to %s', (type, link) => {
		expect(buildWhatsAppMedia(type, { mediaUrl: link })).toMatchObject({ type, [type]: { link } });
	});

	it.each([
		['image', 'https://example.com/a.webp', 'names a WEBP file, but this takes JPEG, JPG or PNG'],
		['video', 'https://example.com/clip.mov#t=1', 'names a MOV file, but this takes 3GP or MP4'],
		['audio', 'https://example.com/voice.wav', 'names a WAV file, but this takes AAC, AMR, MP3, M4A or OGG'],
		['document', 'https://example.com/a.zip', 'names a ZIP file, but this takes PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX or TXT'],
	] as const)('refuses a %s link to a file WhatsApp does not take', (type, link, reason) => {
		expect(() => buildWhatsAppMedia(type, { mediaUrl: link })).toThrow(`Media URL: "${link}" ${reason}`);
	});

	it('builds image and video with an optional caption', () => {
		expect(buildWhatsAppMedia('image', { mediaUrl: ANY, caption: 'Look' })).toEqual({ type: 'image', image: { link: ANY, caption: 'Look' } });
		expect(buildWhatsAppMedia('video', { mediaUrl: ANY, caption: '' })).toEqual({ type: 'video', video: { link: ANY } });
	});

	it('never sends a caption or file name with audio', () => {
		expect(buildWhatsAppMedia('audio', { mediaUrl: ANY, caption: 'ignored', filename: 'x.mp3' })).toEqual({ type: 'audio', audio: { link: ANY } });
	});

	it('sends documents with caption and trimmed file name', () => {
		expect(buildWhatsAppMedia('document', { mediaUrl: URL, caption: 'Invoice', filename: ' invoice.pdf ' })).toEqual({
			type: 'document',
			document: { link: URL, caption: 'Invoice', filename: 'invoice.pdf' },
		});
		expect(buildWhatsAppMedia('document', { mediaUrl: URL })).toEqual({ type: 'document', document: { link: URL } });
	});

	it('accepts a caption of 1,024 characters and rejects 1,025', () => {
		expect(buildWhatsAppMedia('image', { mediaUrl: ANY, caption: 'c'.repeat(WHATSAPP_CAPTION_MAX) })).toMatchObject({ image: { caption: 'c'.repeat(1024) } });
		expect(() => buildWhatsAppMedia('image', { mediaUrl: ANY, caption: 'c'.repeat(WHATSAPP_CAPTION_MAX + 1) })).toThrow(
			'Caption: it has 1,025 characters; at most 1,024 are allowed',
		);
	});

	it.each([
		['', 'Media URL: it is empty'],
		['example.com/a.png', 'Media URL: "example.com/a.png" is not a URL'],
		['ftp://example.com/a.png', 'Media URL: "ftp://example.com/a.png" must start with https:// or http://'],
	])('rejects the link %p', (link, message) => {
		expect(() => buildWhatsAppMedia('image', { mediaUrl: link })).toThrow(message);
	});
});
