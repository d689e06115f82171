import type { RcsTemplate, WabaTemplate } from '../../simulator/templateStore';
import { startSimulator, type Simulator } from '../../simulator/server';
import { api, dataOf } from './helpers';
import * as req from './requests';

let sim: Simulator;

beforeAll(async () => {
	sim = await startSimulator({ reviewDelayMs: 20 });
});

afterAll(async () => {
	await sim.close();
});

beforeEach(() => {
	sim.setOptions({ reviewDelayMs: 20, rejectTemplateNamePattern: null });
	sim.reset();
});

function expectEnvelopeError(response: Awaited<ReturnType<typeof api>>, code: number, message: string | RegExp) {
	expect(response.status).toBe(200);
	expect(response.body).toEqual({ status: 'error', code, message: expect.stringMatching(message), data: {}, error: {} });
}

describe('WABA templates', () => {
	it('creates a PENDING template with the documented resource shape, then approves it', async () => {
		const created = await api(sim, 'POST', '/external/templates', req.wabaCreateBodyFooter);
		expect(created.body.status).toBe('success');
		const template = dataOf<WabaTemplate>(created);
		expect(Object.keys(template).sort()).toEqual(
			[
				'template_id',
				'name',
				'language',
				'category',
				'status',
				'quality',
				'components',
				'created_time',
				'updated_time',
				'status_updated_time',
				'quality_updated_time',
				'category_updated_time',
			].sort(),
		);
		expect(template).toMatchObject({ name: 'fake_api_template_1', status: 'PENDING', quality: '', status_updated_time: 0, components: req.wabaCreateBodyFooter.components });
		expect(template.template_id).toMatch(/^\d{16}$/);
		expect(String(template.created_time)).toMatch(/^\d{10}$/);

		await sim.settled();
		const fetched = dataOf<WabaTemplate>(await api(sim, 'GET', `/external/templates/${template.template_id}`));
		expect(fetched.status).toBe('APPROVED');
		expect(fetched.status_updated_time).toBeGreaterThanOrEqual(template.created_time);
	});

	it('rejects names matching the reject pattern at review', async () => {
		sim.setOptions({ rejectTemplateNamePattern: '^bad_' });
		const template = dataOf<WabaTemplate>(await api(sim, 'POST', '/external/templates', { ...req.wabaCreateUtilityBodyOnly, name: 'bad_one' }));
		await sim.settled();
		expect(dataOf<WabaTemplate>(await api(sim, 'GET', `/external/templates/${template.template_id}`)).status).toBe('REJECTED');
	});

	it('can approve immediately (reviewDelayMs 0)', async () => {
		sim.setOptions({ reviewDelayMs: 0 });
		const template = dataOf<WabaTemplate>(await api(sim, 'POST', '/external/templates', req.wabaCreateUtilityBodyOnly));
		await sim.settled();
		expect(sim.state.waba.get(template.template_id)?.status).toBe('APPROVED');
	});

	it('answers a missing category with 400 "category require"', async () => {
		const body: Record<string, unknown> = { ...req.wabaCreateBodyFooter };
		delete body.category;
		expectEnvelopeError(await api(sim, 'POST', '/external/templates', body), 400, /^category require$/);
	});

	it('validates name, category and components', async () => {
		expectEnvelopeError(await api(sim, 'POST', '/external/templates', { ...req.wabaCreateBodyFooter, name: 'x'.repeat(101) }), 422, /may not be greater than 100/);
		expectEnvelopeError(await api(sim, 'POST', '/external/templates', { ...req.wabaCreateBodyFooter, category: 'AUTHENTICATION' }), 422, /selected category is invalid/);
		expectEnvelopeError(
			await api(sim, 'POST', '/external/templates', { ...req.wabaCreateBodyFooter, components: [{ type: 'body', text: 'hi' }] }),
			422,
			/components\.0\.type is invalid/,
		);
		expectEnvelopeError(
			await api(sim, 'POST', '/external/templates', { ...req.wabaCreateBodyFooter, components: [{ type: 'BODY', text: 'Hi {{1}} and {{3}}' }] }),
			422,
			/without gaps/,
		);
		expectEnvelopeError(
			await api(sim, 'POST', '/external/templates', { ...req.wabaCreateBodyFooter, components: [{ type: 'FOOTER', text: 'only a footer' }] }),
			422,
			/must contain a BODY/,
		);
	});

	it('refuses a duplicate name in the same language', async () => {
		await api(sim, 'POST', '/external/templates', req.wabaCreateBodyFooter);
		expectEnvelopeError(await api(sim, 'POST', '/external/templates', req.wabaCreateBodyFooter), 422, /already been taken/);
	});

	it('answers 404 "The template is not found." for an unknown ID on get and delete', async () => {
		expectEnvelopeError(await api(sim, 'GET', '/external/templates/1000000000000999'), 404, /^The template is not found\.$/);
		expectEnvelopeError(await api(sim, 'DELETE', '/external/templates/1000000000000999'), 404, /^The template is not found\.$/);
	});

	it('deletes a template', async () => {
		const template = dataOf<WabaTemplate>(await api(sim, 'POST', '/external/templates', req.wabaCreateBodyFooter));
		expect((await api(sim, 'DELETE', `/external/templates/${template.template_id}`)).body).toEqual({ status: 'success', code: 200, message: '', data: {}, error: {} });
		expect((await api(sim, 'GET', `/external/templates/${template.template_id}`)).body.code).toBe(404);
	});

	it('pages newest first with last_id and count', async () => {
		const ids: string[] = [];
		for (let i = 0; i < 25; i++) {
			ids.push(dataOf<WabaTemplate>(await api(sim, 'POST', '/external/templates', { ...req.wabaCreateUtilityBodyOnly, name: `paged_${i}` })).template_id);
		}
		const newestFirst = [...ids].reverse();
		const first = dataOf<WabaTemplate[]>(await api(sim, 'GET', '/external/templates'));
		expect(first.map((t) => t.template_id)).toEqual(newestFirst.slice(0, 10));
		const second = dataOf<WabaTemplate[]>(await api(sim, 'GET', `/external/templates?last_id=${first[9].template_id}&count=10`));
		expect(second.map((t) => t.template_id)).toEqual(newestFirst.slice(10, 20));
		const third = dataOf<WabaTemplate[]>(await api(sim, 'GET', `/external/templates?last_id=${second[9].template_id}&count=10`));
		expect(third.map((t) => t.template_id)).toEqual(newestFirst.slice(20));
		expect(dataOf<WabaTemplate[]>(await api(sim, 'GET', '/external/templates?count=100'))).toHaveLength(25);
	});

	it('validates count', async () => {
		expectEnvelopeError(await api(sim, 'GET', '/external/templates?count=101'), 422, /may not be greater than 100/);
		expectEnvelopeError(await api(sim, 'GET', '/external/templates?count=abc'), 422, /must be an integer/);
		expectEnvelopeError(await api(sim, 'GET', '/external/templates/rcs?count=0'), 422, /at least 1/);
	});
});

describe('RCS templates', () => {
	it.each([
		['text', req.rcsCreateText],
		['text with every suggestion type', req.rcsCreateAllSuggestions],
		['richcard vertical video', req.rcsCreateRichcardVerticalVideo],
		['richcard horizontal image', req.rcsCreateRichcardHorizontalImage],
		['carousel', req.rcsCreateCarousel],
	])('creates the documented %s example as PENDING', async (_name, body) => {
		const response = await api(sim, 'POST', '/external/templates/rcs', body);
		expect(response.body).toMatchObject({ status: 'success', code: 200, message: '' });
		const template = dataOf<RcsTemplate>(response);
		expect(template.template_id).toMatch(/^\d{19}$/);
		expect(template).toMatchObject({ name: body.name, type: body.type, category: body.category, status: 'PENDING', status_updated_time: 0 });
	});

	it('returns an omitted thumbnailUrl of a standalone card as ""', async () => {
		const template = dataOf<RcsTemplate>(await api(sim, 'POST', '/external/templates/rcs', req.rcsCreateRichcardHorizontalImage));
		expect(template.content).toMatchObject({ standaloneCard: { thumbnailUrl: '' } });
	});

	it('answers a missing type with 400 "type require"', async () => {
		const body: Record<string, unknown> = { ...req.rcsCreateText };
		delete body.type;
		expectEnvelopeError(await api(sim, 'POST', '/external/templates/rcs', body), 400, /^type require$/);
	});

	it('wants category at the top level (D13)', async () => {
		const { category, ...rest } = req.rcsCreateCarousel;
		const body = { ...rest, content: { ...rest.content, category } };
		expectEnvelopeError(await api(sim, 'POST', '/external/templates/rcs', body), 400, /^category require$/);
	});

	it.each<[string, (b: Record<string, unknown>) => unknown, RegExp]>([
		['a name over 25 characters', (b) => ({ ...b, name: 'a'.repeat(26) }), /may not be greater than 25/],
		['a name with a dash', (b) => ({ ...b, name: 'bad-name' }), /letters, digits and underscores/],
		['an unknown category', (b) => ({ ...b, category: 'MARKETING' }), /selected category is invalid/],
		['12 suggestions', (b) => ({ ...b, content: { textMessage: 'x', suggestions: Array.from({ length: 12 }, () => ({ suggestionType: 'reply', text: 'a', postbackData: 'b' })) } }), /more than 11/],
		['a suggestion text over 25', (b) => ({ ...b, content: { textMessage: 'x', suggestions: [{ suggestionType: 'reply', text: 'x'.repeat(26), postbackData: 'b' }] } }), /suggestions\.0\.text may not be greater than 25/],
		['postbackData over 120', (b) => ({ ...b, content: { textMessage: 'x', suggestions: [{ suggestionType: 'reply', text: 'a', postbackData: 'x'.repeat(121) }] } }), /postbackData may not be greater than 120/],
		['url_action without url', (b) => ({ ...b, content: { textMessage: 'x', suggestions: [{ suggestionType: 'url_action', text: 'a', postbackData: 'b' }] } }), /suggestions\.0\.url field is required/],
		['dialer without +', (b) => ({ ...b, content: { textMessage: 'x', suggestions: [{ suggestionType: 'dialer_action', text: 'a', postbackData: 'b', phoneNumber: '85200000002' }] } }), /international format/],
		[
			'a calendar time in ISO format',
			(b) => ({ ...b, content: { textMessage: 'x', suggestions: [{ suggestionType: 'calendar_event', text: 'a', postbackData: 'b', title: 't', startTime: '2030-01-01T10:00:00', endTime: '2030-01-01 11:00:00' }] } }),
			/YYYY-MM-DD HH:mm:ss/,
		],
		['textMessage over 2500', (b) => ({ ...b, content: { textMessage: 'x'.repeat(2501) } }), /may not be greater than 2500/],
	])('rejects %s with 422', async (_name, mutate, message) => {
		expectEnvelopeError(await api(sim, 'POST', '/external/templates/rcs', mutate({ ...req.rcsCreateText })), 422, message);
	});

	it('checks rich cards and carousels', async () => {
		const video = structuredClone(req.rcsCreateRichcardVerticalVideo) as { content: { standaloneCard: Record<string, unknown> } };
		delete video.content.standaloneCard.thumbnailUrl;
		expectEnvelopeError(await api(sim, 'POST', '/external/templates/rcs', video), 422, /thumbnailUrl is required/);
		const oneCard = { ...req.rcsCreateCarousel, content: { ...req.rcsCreateCarousel.content, carouselCard: [req.rcsCreateCarousel.content.carouselCard[0]] } };
		expectEnvelopeError(await api(sim, 'POST', '/external/templates/rcs', oneCard), 422, /at least 2 items/);
		const longTitle = structuredClone(req.rcsCreateCarousel);
		longTitle.content.carouselCard[1].cardTitle = 'x'.repeat(201);
		expectEnvelopeError(await api(sim, 'POST', '/external/templates/rcs', longTitle), 422, /carouselCard\.1\.cardTitle may not be greater than 200/);
		const fiveSuggestions = structuredClone(req.rcsCreateRichcardHorizontalImage) as { content: { standaloneCard: { suggestions: unknown[] } } };
		fiveSuggestions.content.standaloneCard.suggestions = Array.from({ length: 5 }, () => ({ suggestionType: 'reply', text: 'a', postbackData: 'b' }));
		expectEnvelopeError(await api(sim, 'POST', '/external/templates/rcs', fiveSuggestions), 422, /more than 4/);
	});

	it('answers an unknown ID with 400 on GET and 404 on DELETE (D6)', async () => {
		expectEnvelopeError(await api(sim, 'GET', '/external/templates/rcs/2000000000000000999'), 400, /^The template is not found\.$/);
		expectEnvelopeError(await api(sim, 'DELETE', '/external/templates/rcs/2000000000000000999'), 404, /^The template is not found\.$/);
	});

	it('gets, lists newest first, and deletes', async () => {
		const a = dataOf<RcsTemplate>(await api(sim, 'POST', '/external/templates/rcs', req.rcsCreateText));
		const b = dataOf<RcsTemplate>(await api(sim, 'POST', '/external/templates/rcs', req.rcsCreateCarousel));
		expect(dataOf<RcsTemplate>(await api(sim, 'GET', `/external/templates/rcs/${a.template_id}`)).name).toBe('fake_text_tpl');
		expect(dataOf<RcsTemplate[]>(await api(sim, 'GET', '/external/templates/rcs')).map((t) => t.template_id)).toEqual([b.template_id, a.template_id]);
		expect(dataOf<RcsTemplate[]>(await api(sim, 'GET', `/external/templates/rcs?last_id=${b.template_id}`)).map((t) => t.template_id)).toEqual([a.template_id]);
		expect((await api(sim, 'DELETE', `/external/templates/rcs/${a.template_id}`)).body.code).toBe(200);
		expect(dataOf<RcsTemplate[]>(await api(sim, 'GET', '/external/templates/rcs'))).toHaveLength(1);
	});

	it('only sends a template once it is approved, and approves on demand via the control API', async () => {
		sim.setOptions({ reviewDelayMs: -1 });
		const template = dataOf<RcsTemplate>(await api(sim, 'POST', '/external/templates/rcs', req.rcsCreateText));
		const sendBody = { to: '85200000001', type: 'template', template: { name: 'fake_text_tpl', parameters: { name: 'Jo', order_id: 'O1' } } };
		expect((await api(sim, 'POST', '/external/messages/rcs', sendBody)).body).toMatchObject({ code: 10004, message: expect.stringContaining('PENDING') });
		const approved = await api(sim, 'POST', `/__sim/templates/rcs/${template.template_id}/approve`, {});
		expect(approved.status).toBe(200);
		expect((await api(sim, 'POST', '/external/messages/rcs', sendBody)).body.code).toBe(200);
	});
});

describe('seed data', () => {
	it('loads approved templates of every kind', async () => {
		const seeded = await startSimulator({ seedData: true });
		try {
			const waba = dataOf<WabaTemplate[]>(await api(seeded, 'GET', '/external/templates?count=100'));
			const rcs = dataOf<RcsTemplate[]>(await api(seeded, 'GET', '/external/templates/rcs?count=100'));
			expect(waba.length).toBeGreaterThanOrEqual(5);
			expect(waba.every((t) => t.status === 'APPROVED')).toBe(true);
			expect(new Set(rcs.map((t) => t.type))).toEqual(new Set(['text', 'richcard', 'carousel']));
		} finally {
			await seeded.close();
		}
	});
});
