import fc, { type Arbitrary } from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import type { InvalidCase, ValidTemplate } from './support/cases';
import { validRcsTemplate, invalidRcsTemplate } from './support/arbitraries/rcsTemplate';
import { expectedNames, getManyCase, invalidTemplateIdCase, type GetManyCase, type TemplateKind } from './support/arbitraries/templateOps';
import { invalidWabaTemplate, validWabaTemplate } from './support/arbitraries/wabaTemplate';
import { checkProperty, expectStoppedBeforeRequest, runShape } from './support/properties';
import { runIncs } from './support/run';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';
import { byId, seededId } from './support/templates';

const guard = installSecretGuard();
const sim = useSimulator(guard);

let invalidRuns = 0;
let validRuns = 0;

/** Generated cases per valid-input property. */
const VALID_RUNS = { wabaCreate: 60, rcsCreate: 60, get: 20, delete: 20, getMany: 30 };

const INVALID: Array<[string, number, Arbitrary<InvalidCase>]> = [
	['WhatsApp Template → Create', 110, invalidWabaTemplate],
	['RCS Template → Create', 110, invalidRcsTemplate],
	['WhatsApp and RCS Template → Get and Delete', 40, invalidTemplateIdCase],
];

describe('generated invalid inputs are stopped before any request, with an error naming item and field', () => {
	it.each(INVALID)('%s (%i cases)', async (_name, numRuns, arbitrary) => {
		await checkProperty(fc.tuple(arbitrary, runShape), numRuns, async ([testCase, shape]) => {
			invalidRuns++;
			await expectStoppedBeforeRequest(sim(), guard, testCase, shape);
		});
	});
});

/** Creates the template and checks INCS stored exactly one, under that name, pending review. */
async function expectCreated(kind: TemplateKind, testCase: ValidTemplate): Promise<void> {
	validRuns++;
	sim().reset();
	const result = await runIncs(sim(), guard, { parameters: testCase.parameters });
	const posts = sim().journal.query({ method: 'POST' });
	const context = `${testCase.label}: ${JSON.stringify(posts.map((entry) => [entry.outcome, entry.message]))} ${result.error?.message ?? ''}`;
	expect({ context, error: result.error?.message, outcomes: posts.map((entry) => entry.outcome) }).toEqual({ context, error: undefined, outcomes: ['accepted'] });
	const stored = (kind === 'waba' ? sim().state.waba : sim().state.rcs).findByName(testCase.name);
	expect(stored.map((template) => template.template_id)).toEqual([posts[0].templateId]);
	expect(result.items).toHaveLength(1);
	expect(result.items[0].json).toMatchObject({ id: posts[0].templateId, name: testCase.name, status: 'PENDING' });
}

describe('generated valid inputs produce requests INCS accepts', () => {
	it(`WhatsApp Template → Create (${VALID_RUNS.wabaCreate} cases)`, async () => {
		await checkProperty(validWabaTemplate, VALID_RUNS.wabaCreate, (testCase) => expectCreated('waba', testCase));
	});

	it(`RCS Template → Create (${VALID_RUNS.rcsCreate} cases)`, async () => {
		await checkProperty(validRcsTemplate, VALID_RUNS.rcsCreate, (testCase) => expectCreated('rcs', testCase));
	});

	const seeded = { waba: ['order_ready_notice', 'promo_full', 'shop_link'], rcs: ['fake_rcs_text_1', 'fake_richcard_v', 'fake_carousel'] };
	const pick = fc.record({
		kind: fc.constantFrom<TemplateKind>('waba', 'rcs'),
		index: fc.nat(2),
		mode: fc.constantFrom('list', 'id'),
		simplify: fc.boolean(),
	});

	it(`WhatsApp and RCS Template → Get (${VALID_RUNS.get} cases)`, async () => {
		await checkProperty(pick, VALID_RUNS.get, async ({ kind, index, mode, simplify }) => {
			validRuns++;
			const name = seeded[kind][index];
			const id = seededId(kind, name);
			const result = await runIncs(sim(), guard, {
				parameters: { resource: kind === 'waba' ? 'whatsAppTemplate' : 'rcsTemplate', operation: 'get', template: { ...byId(id), mode }, simplify },
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json).toMatchObject(simplify ? { id, name } : { template_id: id, name });
		});
	});

	it(`WhatsApp and RCS Template → Delete (${VALID_RUNS.delete} cases)`, async () => {
		await checkProperty(pick, VALID_RUNS.delete, async ({ kind, index, mode }) => {
			validRuns++;
			sim().reset();
			const id = seededId(kind, seeded[kind][index]);
			const result = await runIncs(sim(), guard, {
				parameters: { resource: kind === 'waba' ? 'whatsAppTemplate' : 'rcsTemplate', operation: 'delete', template: { ...byId(id), mode } },
			});
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([{ json: { id, deleted: true }, pairedItem: { item: 0 } }]);
			expect((kind === 'waba' ? sim().state.waba : sim().state.rcs).get(id)).toBeUndefined();
		});
	});

	async function expectListed(testCase: GetManyCase): Promise<void> {
		validRuns++;
		sim().reset();
		const store = testCase.kind === 'waba' ? sim().state.waba : sim().state.rcs;
		store.clear();
		for (const template of testCase.templates) {
			const { name, status, category, language, type } = template;
			if (testCase.kind === 'waba') {
				sim().state.createWabaTemplate({ name, language, category, components: [{ type: 'BODY', text: name }] }, status);
			} else {
				sim().state.createRcsTemplate({ name, type: type as 'text', category, content: { textMessage: name } }, status);
			}
		}
		const result = await runIncs(sim(), guard, {
			parameters: {
				resource: testCase.kind === 'waba' ? 'whatsAppTemplate' : 'rcsTemplate',
				operation: 'getAll',
				returnAll: testCase.returnAll,
				limit: testCase.limit,
				filters: testCase.filters as INodeParameters,
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.name)).toEqual(expectedNames(testCase));
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === JSON.stringify({ item: 0 }))).toBe(true);
	}

	it.each<TemplateKind>(['waba', 'rcs'])(`%s Template → Get Many returns exactly the matching templates, in order, up to Limit (${VALID_RUNS.getMany} cases)`, async (kind) => {
		await checkProperty(getManyCase(kind), VALID_RUNS.getMany, expectListed);
	});
});

it('ran every generated case', () => {
	expect(invalidRuns).toBe(INVALID.reduce((sum, [, runs]) => sum + runs, 0));
	const { wabaCreate, rcsCreate, get, delete: deletes, getMany } = VALID_RUNS;
	expect(validRuns).toBe(wabaCreate + rcsCreate + get + deletes + 2 * getMany);
});
