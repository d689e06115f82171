import {
	buildWhatsAppInteractive,
	type InteractiveInput,
} from '../../../../../../nodes/Incs/v1/helpers/payloads/whatsAppInteractive';

const s = (length: number, char = 'x') => char.repeat(length);

const buttonInput = (overrides: Partial<InteractiveInput> = {}): InteractiveInput => ({
	interactiveType: 'button',
	bodyText: 'Pick one',
	buttons: [{ title: 'Yes', id: 'yes' }, { title: 'No' }],
	...overrides,
});

const listInput = (overrides: Partial<InteractiveInput> = {}): InteractiveInput => ({
	interactiveType: 'list',
	bodyText: 'Choose shipping',
	listButtonText: 'Options',
	sections: [{ rows: [{ title: 'Express', description: 'Next day' }, { title: 'Standard', id: 'std' }] }],
	...overrides,
});

const card = (index: number) => ({ headerType: 'image', mediaUrl: `https://example.com/${index}.jpg`, displayText: 'Buy', url: `https://example.com/p/${index}` });

describe('reply buttons', () => {
	it('builds Meta\'s button object; an empty ID falls back to the title', () => {
		expect(
			buildWhatsAppInteractive(buttonInput({ headerType: 'text', headerText: 'Hi', footerText: 'Thanks' })),
		).toEqual({
			type: 'interactive',
			interactive: {
				type: 'button',
				header: { type: 'text', text: 'Hi' },
				body: { text: 'Pick one' },
				footer: { text: 'Thanks' },
				action: {
					buttons: [
						{ type: 'reply', reply: { id: 'yes', title: 'Yes' } },
						{ type: 'reply', reply: { id: 'No', title: 'No' } },
					],
				},
			},
		});
	});

	it.each([
		['image', 'https://example.com/h.jpg'],
		['video', 'https://example.com/h.mp4'],
		['document', 'https://example.com/h.pdf'],
	])('takes a %s header', (headerType, link) => {
		const header = { type: headerType, [headerType]: { link } };
		const payload = buildWhatsAppInteractive(buttonInput({ headerType, headerMediaUrl: link }));
		expect(payload).toMatchObject({ interactive: { header } });
	});

	it('refuses a header link to a file of another media type', () => {
		expect(() => buildWhatsAppInteractive(buttonInput({ headerType: 'video', headerMediaUrl: 'https://example.com/h.jpg' }))).toThrow(
			'Header Media URL: "https://example.com/h.jpg" names a JPG file, but this takes 3GP or MP4',
		);
	});

	it('3 buttons accepted, 4 and 0 rejected', () => {
		const three = [{ title: 'A' }, { title: 'B' }, { title: 'C' }];
		expect(buildWhatsAppInteractive(buttonInput({ buttons: three }))).toMatchObject({ interactive: { type: 'button' } });
		expect(() => buildWhatsAppInteractive(buttonInput({ buttons: [...three, { title: 'D' }] }))).toThrow('Buttons: it has 4 buttons; 1 to 3 are allowed');
		expect(() => buildWhatsAppInteractive(buttonInput({ buttons: [] }))).toThrow('Buttons: it has 0 buttons; 1 to 3 are allowed');
	});

	it.each([
		['body', { bodyText: s(1024) }, { bodyText: s(1025) }, 'Body Text: it has 1,025 characters; at most 1,024 are allowed'],
		['header', { headerType: 'text', headerText: s(60) }, { headerType: 'text', headerText: s(61) }, 'Header Text: it has 61 characters; at most 60 are allowed'],
		['footer', { footerText: s(60) }, { footerText: s(61) }, 'Footer Text: it has 61 characters; at most 60 are allowed'],
		['title', { buttons: [{ title: s(20) }] }, { buttons: [{ title: s(21) }] }, 'Buttons › Button 1 › Title: it has 21 characters; at most 20 are allowed'],
		['id', { buttons: [{ title: 'a', id: s(256) }] }, { buttons: [{ title: 'a', id: s(257) }] }, 'Buttons › Button 1 › ID: it has 257 characters; at most 256 are allowed'],
	])('%s: at the limit accepted, one past rejected', (_name, ok, tooLong, message) => {
		expect(() => buildWhatsAppInteractive(buttonInput(ok as Partial<InteractiveInput>))).not.toThrow();
		expect(() => buildWhatsAppInteractive(buttonInput(tooLong as Partial<InteractiveInput>))).toThrow(message);
	});

	it('rejects duplicate titles and IDs', () => {
		expect(() => buildWhatsAppInteractive(buttonInput({ buttons: [{ title: 'A' }, { title: 'A', id: 'x' }] }))).toThrow(
			'Buttons › Button 2 › Title: "A" is already used by entry 1; each button title must be unique',
		);
		expect(() => buildWhatsAppInteractive(buttonInput({ buttons: [{ title: 'A', id: 'x' }, { title: 'B', id: 'x' }] }))).toThrow(
			'Buttons › Button 2 › ID: "x" is already used by entry 1',
		);
	});

	it('requires a header text or link when a header is chosen, and a known header type', () => {
		expect(() => buildWhatsAppInteractive(buttonInput({ headerType: 'text' }))).toThrow('Header Text: it is empty');
		expect(() => buildWhatsAppInteractive(buttonInput({ headerType: 'image' }))).toThrow('Header Media URL: it is empty');
		expect(() => buildWhatsAppInteractive(buttonInput({ headerType: 'gif' }))).toThrow('Header Type: "gif" is not one of');
	});
});

describe('list', () => {
	it('builds Meta\'s list object', () => {
		expect(buildWhatsAppInteractive(listInput({ headerType: 'text', headerText: 'Shipping' }))).toEqual({
			type: 'interactive',
			interactive: {
				type: 'list',
				header: { type: 'text', text: 'Shipping' },
				body: { text: 'Choose shipping' },
				action: {
					button: 'Options',
					sections: [
						{
							rows: [
								{ id: 'Express', title: 'Express', description: 'Next day' },
								{ id: 'std', title: 'Standard' },
							],
						},
					],
				},
			},
		});
	});

	it('allows a 4,096-character body, not 4,097', () => {
		expect(() => buildWhatsAppInteractive(listInput({ bodyText: s(4096) }))).not.toThrow();
		expect(() => buildWhatsAppInteractive(listInput({ bodyText: s(4097) }))).toThrow('Body Text: it has 4,097 characters; at most 4,096 are allowed');
	});

	it('takes no media header', () => {
		expect(() => buildWhatsAppInteractive(listInput({ headerType: 'image', headerMediaUrl: 'https://example.com/a.jpg' }))).toThrow(
			'Header Type: "image" is not one of none, text',
		);
	});

	it('10 rows across sections accepted, 11 rejected; titles required with several sections', () => {
		const rows = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({ title: `${prefix}${i}` }));
		const ten = [{ title: 'A', rows: rows(5, 'a') }, { title: 'B', rows: rows(5, 'b') }];
		expect(() => buildWhatsAppInteractive(listInput({ sections: ten }))).not.toThrow();
		expect(() => buildWhatsAppInteractive(listInput({ sections: [...ten, { title: 'C', rows: rows(1, 'c') }] }))).toThrow(
			'Sections: the sections have 11 rows in all; 1 to 10 are allowed',
		);
		expect(() => buildWhatsAppInteractive(listInput({ sections: [{ rows: rows(1, 'a') }, { title: 'B', rows: rows(1, 'b') }] }))).toThrow(
			'Sections › Section 1 › Title: it is empty',
		);
		expect(() => buildWhatsAppInteractive(listInput({ sections: [{ rows: [] }] }))).toThrow('Sections: the sections have 0 rows in all');
	});

	it('10 sections accepted, 11 rejected', () => {
		const sections = (count: number) => Array.from({ length: count }, (_, i) => ({ title: `S${i}`, rows: [{ title: `r${i}` }] }));
		expect(() => buildWhatsAppInteractive(listInput({ sections: sections(10) }))).not.toThrow();
		expect(() => buildWhatsAppInteractive(listInput({ sections: sections(11) }))).toThrow('Sections: it has 11 sections; 1 to 10 are allowed');
	});

	it('every section needs a row (Meta)', () => {
		const sections = [{ title: 'Morning', rows: [{ title: '9:00' }] }, { title: 'Evening', rows: [] }];
		expect(() => buildWhatsAppInteractive(listInput({ sections }))).toThrow(
			'Sections › Section 2 › Rows: the section has no rows; every section needs at least 1',
		);
	});

	it.each([
		['button text', { listButtonText: s(20) }, { listButtonText: s(21) }, 'List Button Text: it has 21 characters; at most 20 are allowed'],
		['section title', { sections: [{ title: s(24), rows: [{ title: 'r' }] }] }, { sections: [{ title: s(25), rows: [{ title: 'r' }] }] }, 'Sections › Section 1 › Title: it has 25 characters; at most 24 are allowed'],
		['row title', { sections: [{ rows: [{ title: s(24) }] }] }, { sections: [{ rows: [{ title: s(25) }] }] }, 'Sections › Section 1 › Rows › Row 1 › Title: it has 25 characters; at most 24 are allowed'],
		['row description', { sections: [{ rows: [{ title: 'r', description: s(72) }] }] }, { sections: [{ rows: [{ title: 'r', description: s(73) }] }] }, 'Sections › Section 1 › Rows › Row 1 › Description: it has 73 characters; at most 72 are allowed'],
		['row id', { sections: [{ rows: [{ title: 'r', id: s(200) }] }] }, { sections: [{ rows: [{ title: 'r', id: s(201) }] }] }, 'Sections › Section 1 › Rows › Row 1 › ID: it has 201 characters; at most 200 are allowed'],
	])('%s: at the limit accepted, one past rejected', (_name, ok, tooLong, message) => {
		expect(() => buildWhatsAppInteractive(listInput(ok as Partial<InteractiveInput>))).not.toThrow();
		expect(() => buildWhatsAppInteractive(listInput(tooLong as Partial<InteractiveInput>))).toThrow(message);
	});

	it('rejects a row ID used twice across sections', () => {
		const sections = [{ title: 'A', rows: [{ title: 'x' }] }, { title: 'B', rows: [{ title: 'y', id: 'x' }] }];
		expect(() => buildWhatsAppInteractive(listInput({ sections }))).toThrow('Sections › Section 2 › Rows › Row 1 › ID: "x" is already used by entry 1');
	});
});

describe('call-to-action URL', () => {
	it('builds Meta\'s cta_url object', () => {
		expect(
			buildWhatsAppInteractive({
				interactiveType: 'cta_url',
				bodyText: 'Track it',
				headerType: 'image',
				headerMediaUrl: 'https://example.com/h.png',
				ctaDisplayText: 'Track',
				ctaUrl: 'https://example.com/t/1',
			}),
		).toEqual({
			type: 'interactive',
			interactive: {
				type: 'cta_url',
				header: { type: 'image', image: { link: 'https://example.com/h.png' } },
				body: { text: 'Track it' },
				action: { name: 'cta_url', parameters: { display_text: 'Track', url: 'https://example.com/t/1' } },
			},
		});
	});

	it('button text: 20 accepted, 21 rejected; the URL must be a web link', () => {
		const base: InteractiveInput = { interactiveType: 'cta_url', bodyText: 'b', ctaDisplayText: s(20), ctaUrl: 'https://example.com' };
		expect(() => buildWhatsAppInteractive(base)).not.toThrow();
		expect(() => buildWhatsAppInteractive({ ...base, ctaDisplayText: s(21) })).toThrow('Button Text: it has 21 characters; at most 20 are allowed');
		expect(() => buildWhatsAppInteractive({ ...base, ctaUrl: 'mailto:a@b.c' })).toThrow('Button URL: "mailto:a@b.c" must start with https:// or http://');
	});
});

describe('media carousel', () => {
	it('needs the same media type on every card (Meta)', () => {
		expect(() =>
			buildWhatsAppInteractive({ interactiveType: 'carousel', bodyText: 'b', cards: [card(0), { ...card(1), headerType: 'video' }] }),
		).toThrow('Cards › Card 2 › Media Type: it is video, but card 1 is image; all cards of a carousel use the same media type');
	});

	it('builds Meta\'s carousel object with card indexes; no header or footer', () => {
		expect(
			buildWhatsAppInteractive({
				interactiveType: 'carousel',
				bodyText: 'New in',
				footerText: 'ignored',
				cards: [
					{ ...card(0), bodyText: 'First', headerType: 'video', mediaUrl: 'https://example.com/0.mp4' },
					{ ...card(1), headerType: 'video', mediaUrl: 'https://example.com/1.mp4' },
				],
			}),
		).toEqual({
			type: 'interactive',
			interactive: {
				type: 'carousel',
				body: { text: 'New in' },
				action: {
					cards: [
						{
							card_index: 0,
							type: 'cta_url',
							header: { type: 'video', video: { link: 'https://example.com/0.mp4' } },
							body: { text: 'First' },
							action: { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://example.com/p/0' } },
						},
						{
							card_index: 1,
							type: 'cta_url',
							header: { type: 'video', video: { link: 'https://example.com/1.mp4' } },
							action: { name: 'cta_url', parameters: { display_text: 'Buy', url: 'https://example.com/p/1' } },
						},
					],
				},
			},
		});
	});

	it('2–10 cards', () => {
		const cards = (count: number) => Array.from({ length: count }, (_, i) => card(i));
		expect(() => buildWhatsAppInteractive({ interactiveType: 'carousel', bodyText: 'b', cards: cards(10) })).not.toThrow();
		expect(() => buildWhatsAppInteractive({ interactiveType: 'carousel', bodyText: 'b', cards: cards(11) })).toThrow('Cards: it has 11 cards; 2 to 10 are allowed');
		expect(() => buildWhatsAppInteractive({ interactiveType: 'carousel', bodyText: 'b', cards: cards(1) })).toThrow('Cards: it has 1 cards; 2 to 10 are allowed');
	});

	it('card body: 160 characters and 2 line breaks at most; card fields named by position', () => {
		const withBody = (bodyText: string) => ({ interactiveType: 'carousel' as const, bodyText: 'b', cards: [card(0), { ...card(1), bodyText }] });
		expect(() => buildWhatsAppInteractive(withBody(s(160)))).not.toThrow();
		expect(() => buildWhatsAppInteractive(withBody(s(161)))).toThrow('Cards › Card 2 › Body Text: it has 161 characters; at most 160 are allowed');
		expect(() => buildWhatsAppInteractive(withBody('a\nb\nc'))).not.toThrow();
		expect(() => buildWhatsAppInteractive(withBody('a\nb\nc\nd'))).toThrow('Cards › Card 2 › Body Text: it has 3 line breaks; at most 2 are allowed');
		expect(() => buildWhatsAppInteractive({ interactiveType: 'carousel', bodyText: 'b', cards: [card(0), { ...card(1), url: '' }] })).toThrow(
			'Cards › Card 2 › Button URL: it is empty',
		);
		expect(() => buildWhatsAppInteractive({ interactiveType: 'carousel', bodyText: 'b', cards: [card(0), { ...card(1), headerType: 'document' }] })).toThrow(
			'Cards › Card 2 › Media Type: "document" is not one of image, video',
		);
	});
});
