import fc, { type Arbitrary } from 'fast-check';

import type { Simulator } from '../../../simulator';
import type { InvalidCase, ValidSend } from './cases';
import { runIncs } from './run';
import type { SecretGuard } from './secretGuard';

/** Every property runs with this seed, so a run repeats exactly (fast-check prints it with a failure). */
export const PROPERTY_SEED = 20_301;

/**
 * Runs `arbitrary` `numRuns` times with the fixed seed; the predicate asserts with expect. A failure
 * is reported as found, without shrinking: cases hold texts of thousands of characters, and
 * shrinking those through full node runs would take minutes. Replay one with the printed seed and path.
 */
export async function checkProperty<T>(arbitrary: Arbitrary<T>, numRuns: number, predicate: (value: T) => Promise<void>): Promise<void> {
	await fc.assert(
		fc.asyncProperty(arbitrary, async (value) => {
			await predicate(value);
		}),
		{ numRuns, seed: PROPERTY_SEED, endOnFailure: true },
	);
}

/** The shapes a run of invalid items takes: 1–3 items (each naming itself), with and without Continue On Fail. */
export const runShape = fc.record({ items: fc.integer({ min: 1, max: 3 }), continueOnFail: fc.boolean() });

function startsWithField(message: unknown, testCase: InvalidCase, item: number): boolean {
	if (typeof message !== 'string') return false;
	const field = `Invalid "${testCase.field}`;
	const rest = `" in item ${item}: `;
	if (testCase.fieldIsPrefix) return message.startsWith(field) && message.includes(rest);
	return message.startsWith(`${field}${rest}`) && message.length > field.length + rest.length;
}

/**
 * Runs one invalid case through the real node and checks that every item is stopped with an error
 * that names the item and the field (never a crash such as a TypeError, whose message would not
 * have that shape) and that nothing was sent: no request at all, or only the template reads a
 * "Map Each Variable" send needs to know the template's variables.
 */
export async function expectStoppedBeforeRequest(
	sim: Simulator,
	guard: SecretGuard,
	testCase: InvalidCase,
	shape: { items: number; continueOnFail: boolean },
): Promise<void> {
	const since = sim.journal.size;
	const inputItems = Array.from({ length: shape.items }, (_, index) => ({ json: { row: index + 1 } }));
	const result = await runIncs(sim, guard, { parameters: testCase.parameters, inputItems, continueOnFail: shape.continueOnFail });

	const context = `${testCase.label}: ${JSON.stringify(shape.continueOnFail ? result.items.map((item) => item.json) : result.error?.message)}`;
	if (shape.continueOnFail) {
		expect({ context, outputs: result.items.length, error: result.error }).toEqual({ context, outputs: shape.items, error: undefined });
		result.items.forEach((item, index) => {
			const { error, description } = item.json;
			expect({ context, named: startsWithField(error, testCase, index + 1), described: typeof description === 'string' && description !== '' }).toEqual({
				context,
				named: true,
				described: true,
			});
			expect(item.pairedItem).toEqual({ item: index });
		});
	} else {
		const error = result.error;
		expect({ context, name: error?.name, named: startsWithField(error?.message, testCase, 1) }).toEqual({ context, name: 'NodeOperationError', named: true });
		expect({ context, described: typeof error?.description === 'string' && error.description !== '' }).toEqual({ context, described: true });
	}

	const requests = sim.journal.query({ sinceSeq: since }).map((entry) => `${entry.method} ${entry.path}`);
	const allowed = testCase.readsTemplate ? requests.filter((line) => !/^GET \/external\/templates(\/|$)/.test(line)) : requests;
	expect({ context, requests: allowed }).toEqual({ context, requests: [] });
}

/** Runs one valid send through the real node: INCS must accept it, once, and the output must carry its msg_id. */
export async function expectAccepted(sim: Simulator, guard: SecretGuard, testCase: ValidSend): Promise<void> {
	const since = sim.journal.size;
	const result = await runIncs(sim, guard, { parameters: testCase.parameters, inputItems: testCase.inputItems });
	const sends = sim.journal.query({ sinceSeq: since, method: 'POST', pathPrefix: '/external/messages/' });
	const context = `${testCase.label}: ${JSON.stringify(sends.map((entry) => [entry.outcome, entry.code, entry.message]))} ${result.error?.message ?? ''}`;

	expect({ context, error: result.error?.message, outcomes: sends.map((entry) => entry.outcome) }).toEqual({ context, error: undefined, outcomes: ['accepted'] });
	expect(sends[0]).toMatchObject({ channel: testCase.channel, to: testCase.to, type: testCase.type });
	expect(result.items).toEqual([
		{ json: { channel: testCase.channel, to: testCase.to, type: testCase.type, messageId: sends[0].msgId }, pairedItem: { item: 0 } },
	]);
}
