import nock from 'nock';

import { MESSAGING_URL } from '../../../../../support/incs';

import audio from '../../fixtures/messaging/whatsapp.audio.inferred.json';
import document from '../../fixtures/messaging/whatsapp.document.inferred.json';
import image from '../../fixtures/messaging/whatsapp.image.json';
import text from '../../fixtures/messaging/whatsapp.text.json';
import video from '../../fixtures/messaging/whatsapp.video.inferred.json';
import { HarnessCredentialsHelper } from '../../../../../harness';
import { expectSend, linkOf, jsonItems, MSG_ID, output, run } from './support';

const PATH = '/external/messages/whatsapp';
const base = { resource: 'whatsAppMessage', operation: 'send', to: '+852 0000 0001' };
const simplified = (type: string) => ({ channel: 'whatsapp', to: '85200000001', type, messageId: MSG_ID });

describe('WhatsApp Message → Send (real n8n-core execution)', () => {
	it('text: the documented request and the simplified output', async () => {
		const scope = expectSend(PATH, text);
		const result = await run({ ...base, messageType: 'text', text: 'Hello' });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([output(simplified('text'))]);
		expect(scope.isDone()).toBe(true);
	});

	it('when INCS refuses one message mid-campaign, the error says which items were already sent', async () => {
		const phones = ['85200000001', '85200000002', '85200000003', '85200000004'];
		const accepted = [0, 1].map((index) => expectSend(PATH, { to: phones[index], type: 'text', text: 'Hi' }));
		const refused = nock(MESSAGING_URL)
			.post(PATH, { to: phones[2], type: 'text', text: 'Hi' })
			.reply(200, { status: 'error', code: 10002, message: 'WhatsApp API error', data: {}, error: {} });
		const result = await run(
			{ ...base, to: '={{ $json.phone }}', messageType: 'text', text: 'Hi', options: { maxConcurrentRequests: 1 } },
			jsonItems(...phones.map((phone) => ({ phone }))),
		);
		// The failing item is named as the accepted list counts (from 1), not only as n8n's 0-based Item Index.
		expect(result.error?.message).toBe('Item 3: WhatsApp rejected the message: WhatsApp API error [INCS code 10002]');
		expect(result.error?.context?.itemIndex).toBe(2);
		expect(result.error?.description).toMatch(
			/ Before the node stopped, INCS had already accepted 2 of 4 items: 1–2\. Running the workflow again would repeat them; remove those items first, or turn on Continue On Fail, which outputs every accepted item and an error item for each failure\. Item 4 \(1\) was not started: nothing was sent for it\. Items are counted from 1, as in the input list; n8n's "Item Index" below counts from 0\.$/,
		);
		expect(accepted.every((scope) => scope.isDone()) && refused.isDone()).toBe(true);
	});

	it('an object mapped into Text is refused naming the item and what was received; nothing is sent', async () => {
		const result = await run(
			{ ...base, messageType: 'text', text: '={{ $json.customer }}' },
			jsonItems({ customer: 'Hi Alex' }, { customer: { name: 'Sam', phone: '85200000002' } }),
		);
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Invalid "Text" in item 2: it received an object with keys name, phone, not text',
			context: { itemIndex: 1 },
		});
		expect(result.error?.description).toMatch(/^Map one text value into "Text", for example \{\{ \$json\.customer\.name \}\}/);
		expect(result.error?.description).toContain('Nothing was sent');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('a number or a boolean mapped into Text or Caption is sent as text', async () => {
		const texts = [expectSend(PATH, { to: '85200000001', type: 'text', text: '42' }), expectSend(PATH, { to: '85200000001', type: 'text', text: 'true' })];
		const result = await run({ ...base, messageType: 'text', text: '={{ $json.value }}' }, jsonItems({ value: 42 }, { value: true }));
		expect(result.error).toBeUndefined();
		expect(texts.every((scope) => scope.isDone())).toBe(true);

		const captioned = expectSend(PATH, { to: '85200000001', type: 'image', image: { link: 'https://example.com/a.png', caption: '1250' } });
		const withCaption = await run({ ...base, messageType: 'image', mediaUrl: 'https://example.com/a.png', caption: '={{ $json.total }}' }, jsonItems({ total: 1250 }));
		expect(withCaption.error).toBeUndefined();
		expect(captioned.isDone()).toBe(true);
	});

	it('a document link to a program is refused before anything is sent', async () => {
		const result = await run({ ...base, messageType: 'document', mediaUrl: 'https://example.com/files/setup.exe' });
		expect(result.error?.message).toBe(
			'Invalid "Media URL" in item 1: "https://example.com/files/setup.exe" names an EXE file, but this takes PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX or TXT',
		);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('a refusal of the first message says nothing was accepted before it', async () => {
		nock(MESSAGING_URL).post(PATH).reply(200, { status: 'error', code: 10002, message: 'WhatsApp API error', data: {}, error: {} });
		const result = await run({ ...base, messageType: 'text', text: 'Hi' });
		expect(result.error?.description).not.toContain('already accepted');
	});

	it('reads and decrypts the credential once for a whole run, not once per message', async () => {
		const decrypt = jest.spyOn(HarnessCredentialsHelper.prototype, 'getDecrypted');
		try {
			const phones = ['85200000001', '85200000002', '85200000003', '85200000004'];
			const scopes = phones.map((to) => expectSend(PATH, { to, type: 'text', text: 'Hi' }));
			const result = await run({ ...base, to: '={{ $json.phone }}', messageType: 'text', text: 'Hi' }, jsonItems(...phones.map((phone) => ({ phone }))));
			expect(result.items).toHaveLength(4);
			expect(scopes.every((scope) => scope.isDone())).toBe(true);
			expect(decrypt).toHaveBeenCalledTimes(1);
		} finally {
			decrypt.mockRestore();
		}
	});

	it.each([
		['image', image, {}],
		['video', video, {}],
		['audio', audio, {}],
		['document', document, {}],
	])('%s by link, as in the fixture', async (type, body, extra) => {
		const link = linkOf(body, type);
		const scope = expectSend(PATH, body);
		const result = await run({ ...base, messageType: type, mediaUrl: link, ...extra });
		expect(result.items).toEqual([output(simplified(type))]);
		expect(scope.isDone()).toBe(true);
	});

	it('image and document with caption and file name', async () => {
		const link = 'https://example.com/media/file-0001.pdf';
		const image = 'https://example.com/media/photo-0001.png';
		const first = expectSend(PATH, { to: '85200000001', type: 'image', image: { link: image, caption: 'Look' } });
		await run({ ...base, messageType: 'image', mediaUrl: image, caption: 'Look' });
		const second = expectSend(PATH, { to: '85200000001', type: 'document', document: { link, caption: 'Invoice', filename: 'invoice.pdf' } });
		const result = await run({ ...base, messageType: 'document', mediaUrl: link, caption: 'Invoice', filename: 'invoice.pdf' });
		expect(result.items).toEqual([output(simplified('document'))]);
		expect(first.isDone() && second.isDone()).toBe(true);
	});

	it('interactive reply buttons', async () => {
		const scope = expectSend(PATH, {
			to: '85200000001',
			type: 'interactive',
			interactive: {
				type: 'button',
				header: { type: 'text', text: 'Delivery' },
				body: { text: 'Is tomorrow fine?' },
				footer: { text: 'Reply below' },
				action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }, { type: 'reply', reply: { id: 'Later', title: 'Later' } }] },
			},
		});
		const result = await run({
			...base,
			messageType: 'interactive',
			interactiveType: 'button',
			headerType: 'text',
			headerText: 'Delivery',
			bodyText: 'Is tomorrow fine?',
			footerText: 'Reply below',
			buttons: { button: [{ title: 'Yes', id: 'yes' }, { title: 'Later' }] },
		});
		expect(result.items).toEqual([output(simplified('interactive'))]);
		expect(scope.isDone()).toBe(true);
	});

	it('interactive list with nested rows', async () => {
		const scope = expectSend(PATH, {
			to: '85200000001',
			type: 'interactive',
			interactive: {
				type: 'list',
				body: { text: 'Pick a slot' },
				action: {
					button: 'Slots',
					sections: [
						{ title: 'Morning', rows: [{ id: '9', title: '9:00', description: 'Early' }] },
						{ title: 'Evening', rows: [{ id: '18:00', title: '18:00' }] },
					],
				},
			},
		});
		const result = await run({
			...base,
			messageType: 'interactive',
			interactiveType: 'list',
			bodyText: 'Pick a slot',
			listButtonText: 'Slots',
			sections: {
				section: [
					{ title: 'Morning', rows: { row: [{ title: '9:00', description: 'Early', id: '9' }] } },
					{ title: 'Evening', rows: { row: [{ title: '18:00' }] } },
				],
			},
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('interactive call-to-action URL with a video header', async () => {
		const scope = expectSend(PATH, {
			to: '85200000001',
			type: 'interactive',
			interactive: {
				type: 'cta_url',
				header: { type: 'video', video: { link: 'https://example.com/v.mp4' } },
				body: { text: 'See the tour' },
				action: { name: 'cta_url', parameters: { display_text: 'Open', url: 'https://example.com/tour' } },
			},
		});
		await run({
			...base,
			messageType: 'interactive',
			interactiveType: 'cta_url',
			headerType: 'video',
			headerMediaUrl: 'https://example.com/v.mp4',
			bodyText: 'See the tour',
			ctaDisplayText: 'Open',
			ctaUrl: 'https://example.com/tour',
		});
		expect(scope.isDone()).toBe(true);
	});

	it('interactive media carousel', async () => {
		const card = (i: number) => ({
			card_index: i,
			type: 'cta_url',
			header: { type: 'image', image: { link: `https://example.com/${i}.jpg` } },
			action: { name: 'cta_url', parameters: { display_text: 'Buy', url: `https://example.com/p/${i}` } },
		});
		const scope = expectSend(PATH, { to: '85200000001', type: 'interactive', interactive: { type: 'carousel', body: { text: 'New in' }, action: { cards: [card(0), card(1)] } } });
		await run({
			...base,
			messageType: 'interactive',
			interactiveType: 'carousel',
			bodyText: 'New in',
			cards: { card: [0, 1].map((i) => ({ headerType: 'image', mediaUrl: `https://example.com/${i}.jpg`, displayText: 'Buy', url: `https://example.com/p/${i}` })) },
		});
		expect(scope.isDone()).toBe(true);
	});

	describe('one media type for all cards', () => {
		const videoCard = (i: number) => ({
			card_index: i,
			type: 'cta_url',
			header: { type: 'video', video: { link: `https://example.com/${i}.mp4` } },
			action: { name: 'cta_url', parameters: { display_text: 'Watch', url: `https://example.com/v/${i}` } },
		});
		const carousel = { ...base, messageType: 'interactive', interactiveType: 'carousel', bodyText: 'New in' };
		const cards = (extra: object = {}) => ({
			card: [0, 1].map((i) => ({ mediaUrl: `https://example.com/${i}.mp4`, displayText: 'Watch', url: `https://example.com/v/${i}`, ...extra })),
		});

		it('version 1.1: the carousel\'s media type applies to every card', async () => {
			const scope = expectSend(PATH, { to: '85200000001', type: 'interactive', interactive: { type: 'carousel', body: { text: 'New in' }, action: { cards: [videoCard(0), videoCard(1)] } } });
			const result = await run({ ...carousel, carouselMediaType: 'video', cards: cards() });
			expect(result.error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
		});

		it('version 1 workflows: each card\'s saved type is still used', async () => {
			const scope = expectSend(PATH, { to: '85200000001', type: 'interactive', interactive: { type: 'carousel', body: { text: 'New in' }, action: { cards: [videoCard(0), videoCard(1)] } } });
			const result = await run({ ...carousel, cards: cards({ headerType: 'video' }) }, undefined, false, 1);
			expect(result.error).toBeUndefined();
			expect(scope.isDone()).toBe(true);
		});
	});

	it('full output adds the request and INCS data', async () => {
		expectSend(PATH, text);
		const result = await run({ ...base, messageType: 'text', text: 'Hello', options: { output: 'full' } });
		expect(result.items).toEqual([output({ ...simplified('text'), request: text, response: { msg_id: MSG_ID } })]);
	});

	it('one past a limit: a NodeOperationError naming item, field, limit and value, and no request', async () => {
		const scope = expectSend(PATH, { to: '85200000001', type: 'text', text: 'x'.repeat(4097) });
		const result = await run({ ...base, messageType: 'text', text: 'x'.repeat(4097) });
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Invalid "Text" in item 1: it has 4,097 characters; at most 4,096 are allowed',
			description:
				'Shorten "Text" to 4,096 characters or fewer. Nothing was sent: the node checks every item before it sends anything. Fix item 1 (or turn on Continue On Fail to send the valid items and get an error item for item 1) and run again.',
		});
		expect(scope.isDone()).toBe(false);
		expect(nock.pendingMocks()).toHaveLength(1);
	});

	it('a bad recipient is rejected per item; Continue On Fail sends the others', async () => {
		const scope = expectSend(PATH, { to: '85268411234', type: 'text', text: 'Hi' });
		const result = await run(
			{ ...base, to: '={{ $json.phone }}', messageType: 'text', text: 'Hi' },
			jsonItems({ phone: '12345' }, { phone: '(852) 6841-1234' }),
			true,
		);
		expect(result.items).toEqual([
			output(
				{
					error: 'Invalid "Recipient Phone Number" in item 1: "12345" has 5 digits; a number with its country code has 7 to 15',
					description: 'Check the number and put the country code first, e.g. 852 for Hong Kong: +852 6841 1234.',
				},
				0,
			),
			output({ channel: 'whatsapp', to: '85268411234', type: 'text', messageId: MSG_ID }, 1),
		]);
		expect(scope.isDone()).toBe(true);
	});

	it('an INCS channel error (10002) fails the item with INCS\'s code', async () => {
		nock('https://chat-api.incsapp.com')
			.post(PATH)
			.reply(200, { status: 'error', code: 10002, message: 'WhatsApp API error', data: {}, error: {} });
		const result = await run({ ...base, messageType: 'text', text: 'Hello' });
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.items).toEqual([]);
	});
});
