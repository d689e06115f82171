import { buildWhatsAppMedia, buildWhatsAppText } from '../../../../../../nodes/Incs/v1/helpers/payloads/whatsApp';
import { WHATSAPP_CAPTION_MAX, WHATSAPP_TEXT_MAX } from '../../../../../../nodes/Incs/v1/helpers/constants/whatsapp';

const URL = 'https://example.com/media/file-0001.pdf';

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
	it('builds image and video with an optional caption', () => {
		expect(buildWhatsAppMedia('image', { mediaUrl: URL, caption: 'Look' })).toEqual({ type: 'image', image: { link: URL, caption: 'Look' } });
		expect(buildWhatsAppMedia('video', { mediaUrl: URL, caption: '' })).toEqual({ type: 'video', video: { link: URL } });
	});

	it('never sends a caption or file name with audio', () => {
		expect(buildWhatsAppMedia('audio', { mediaUrl: URL, caption: 'ignored', filename: 'x.mp3' })).toEqual({ type: 'audio', audio: { link: URL } });
	});

	it('sends documents with caption and trimmed file name', () => {
		expect(buildWhatsAppMedia('document', { mediaUrl: URL, caption: 'Invoice', filename: ' invoice.pdf ' })).toEqual({
			type: 'document',
			document: { link: URL, caption: 'Invoice', filename: 'invoice.pdf' },
		});
		expect(buildWhatsAppMedia('document', { mediaUrl: URL })).toEqual({ type: 'document', document: { link: URL } });
	});

	it('accepts a caption of 1,024 characters and rejects 1,025', () => {
		expect(buildWhatsAppMedia('image', { mediaUrl: URL, caption: 'c'.repeat(WHATSAPP_CAPTION_MAX) })).toMatchObject({ image: { caption: 'c'.repeat(1024) } });
		expect(() => buildWhatsAppMedia('image', { mediaUrl: URL, caption: 'c'.repeat(WHATSAPP_CAPTION_MAX + 1) })).toThrow(
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
