import document from '../../fixtures/messaging/viber.document.json';
import image from '../../fixtures/messaging/viber.image.json';
import otp from '../../fixtures/messaging/viber.otp.json';
import text from '../../fixtures/messaging/viber.text.json';
import video from '../../fixtures/messaging/viber.video.json';
import { expectSend, linkOf, MSG_ID, output, run } from './support';

const PATH = '/external/messages/viber';
const base = { resource: 'viberMessage', operation: 'send', to: '00852 0000 0001' };
const simplified = (type: string) => ({ channel: 'viber', to: '85200000001', type, messageId: MSG_ID });

describe('Viber Message → Send (real n8n-core execution)', () => {
	it('otp: the documented request', async () => {
		const scope = expectSend(PATH, otp);
		const result = await run({ ...base, messageType: 'otp', otpCode: '000000', otpLanguage: 'en', otpExpirationMinutes: 3 });
		expect(result.items).toEqual([output(simplified('otp'))]);
		expect(scope.isDone()).toBe(true);
	});

	it('otp defaults: English, 3 minutes', async () => {
		const scope = expectSend(PATH, otp);
		await run({ ...base, messageType: 'otp', otpCode: '000000' });
		expect(scope.isDone()).toBe(true);
	});

	it('text: the documented request', async () => {
		const scope = expectSend(PATH, text);
		const result = await run({ ...base, text: 'Hello' });
		expect(result.items).toEqual([output(simplified('text'))]);
		expect(scope.isDone()).toBe(true);
	});

	it.each([
		['image', image],
		['video', video],
		['document', document],
	])('%s: link only, no caption', async (type, body) => {
		const scope = expectSend(PATH, body);
		const link = linkOf(body, type);
		const result = await run({ ...base, messageType: type, mediaUrl: link, caption: 'not sent' });
		expect(result.items).toEqual([output(simplified(type))]);
		expect(scope.isDone()).toBe(true);
	});

	it('text of 1,001 characters: error and no request', async () => {
		const scope = expectSend(PATH, { to: '85200000001', type: 'text', text: 'v'.repeat(1001) });
		const result = await run({ ...base, text: 'v'.repeat(1001) });
		expect(result.error?.message).toBe('Invalid "Text" in item 1: it has 1,001 characters; at most 1,000 are allowed');
		expect(scope.isDone()).toBe(false);
	});
});
