import { SeededRandom } from '../../simulator/prng';
import { acceptedPerItem, CAMPAIGN_SENDS, campaign, requestsPerItem, sendRequests } from './support/campaign';
import { runCampaign, runIncs, withRequestOptions } from './support/run';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';
import { addApprovedTemplates } from './support/templates';

// 429 back-offs and the pacer's spacing are skipped: the storm is about who is retried, not when.
jest.mock('n8n-workflow', () => jest.requireActual<typeof import('./support/sleep')>('./support/sleep').workflowWithSleep(0));

const guard = installSecretGuard();
const sim = useSimulator(guard);

const SIZE = 20;
const MAX_ATTEMPTS = 20;
/** Half the requests answered 429; with this seed a campaign of 20 (+ 1 lookup) meets 19 of them. */
const PROBABILITY = 0.5;
const SEED = 4;

/**
 * How many requests a storm takes until `wanted` of them get through: each request draws once from
 * the simulator's seeded PRNG and is answered 429 when the draw is below `probability`. The
 * outcome sequence does not depend on which item sends which request, so the total is exact.
 */
function requestsUntilAccepted(wanted: number): number {
	const random = new SeededRandom(SEED);
	let requests = 0;
	for (let accepted = 0; accepted < wanted; requests++) if (random.next() >= PROBABILITY) accepted++;
	return requests;
}

// Fewer 429s in all than Max Attempts: however the items interleave, none can run out of attempts,
// so "every send accepted exactly once" holds on every run, not just on most.
it('the storm is big, but cannot exhaust an item', () => {
	const limited = requestsUntilAccepted(SIZE + 1) - (SIZE + 1);
	expect(limited).toBeGreaterThanOrEqual(SIZE * 0.75);
	expect(limited).toBeLessThan(MAX_ATTEMPTS);
});

describe('429 storms: every send is accepted exactly once when Max Attempts allows', () => {
	it.each(['WhatsApp text', 'Viber OTP', 'RCS text'])('%s: 20 sends, half of all requests answered 429', async (name) => {
		const send = CAMPAIGN_SENDS[name];
		const { recipients, inputItems } = campaign(SIZE);
		sim().setOptions({ randomSeed: SEED, faults: [{ kind: 'rateLimit429', probability: PROBABILITY, retryAfterSeconds: 1 }] });

		const result = await runCampaign(sim(), guard, { send, inputItems, maxAttempts: MAX_ATTEMPTS });

		expect(result.error).toBeUndefined();
		const perItem = requestsPerItem(sim(), recipients);
		expect(result.items).toEqual(
			perItem.map((entries, index) => ({
				json: { channel: send.channel, to: recipients[index], type: send.type, messageId: entries.find((e) => e.outcome === 'accepted')?.msgId },
				pairedItem: { item: index },
			})),
		);
		expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map(() => 1));
		// Only 429s were repeated: every request but the accepted one of each item was a 429.
		expect(sendRequests(sim()).filter((entry) => entry.outcome !== 'accepted').every((entry) => entry.fault === 'rateLimit429')).toBe(true);
		expect(sendRequests(sim())).toHaveLength(requestsUntilAccepted(SIZE));
	});

	it('WhatsApp template campaign: the lookup and the sends ride out the same storm', async () => {
		const { recipients, inputItems } = campaign(SIZE);
		sim().setOptions({ randomSeed: SEED, faults: [{ kind: 'rateLimit429', probability: PROBABILITY }] });

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp template'], inputItems, maxAttempts: MAX_ATTEMPTS });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.messageId)).toEqual(
			requestsPerItem(sim(), recipients).map((entries) => entries.find((e) => e.outcome === 'accepted')?.msgId),
		);
		expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map(() => 1));
		// One template lookup in all (it is shared by the items), however often it was rate limited.
		expect(sim().journal.query({ method: 'GET', outcome: 'accepted' })).toHaveLength(1);
		expect(sim().journal.size).toBe(requestsUntilAccepted(SIZE + 1));
	});

	it('Get Many pages through a storm and returns the same list', async () => {
		addApprovedTemplates(sim(), 'waba', 230);
		const parameters = withRequestOptions({ resource: 'whatsAppTemplate', operation: 'getAll', returnAll: true }, { maxAttempts: MAX_ATTEMPTS });
		const calm = await runIncs(sim(), guard, { parameters });
		sim().setOptions({ randomSeed: SEED, faults: [{ kind: 'rateLimit429', probability: PROBABILITY }] });
		const since = sim().journal.size;

		const stormy = await runIncs(sim(), guard, { parameters });

		expect(stormy.error).toBeUndefined();
		expect(stormy.items).toEqual(calm.items);
		expect(stormy.items).toHaveLength(sim().state.waba.all().length);
		const pages = Math.floor(stormy.items.length / 100) + 1;
		expect(sim().journal.query({ sinceSeq: since, outcome: 'accepted' })).toHaveLength(pages);
		expect(sim().journal.size - since).toBe(requestsUntilAccepted(pages));
	});
});

describe('429 storms that outlast Max Attempts', () => {
	const message = 'INCS is rate limiting this account: Too many attempts [INCS code 429] (after 3 attempts)';

	it('with Continue On Fail every item says so, and nothing was sent', async () => {
		const { recipients, inputItems } = campaign(SIZE);
		sim().setOptions({ faults: [{ kind: 'rateLimit429', probability: 1 }] });

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, maxAttempts: 3, continueOnFail: true });

		expect(result.items).toEqual(
			recipients.map((_, index) => ({
				json: {
					error: message,
					description:
						'The node retried with back-off and still hit the limit. Lower "Max Concurrent Requests", raise "Max Attempts", or run the workflow again later.',
					code: '429',
				},
				pairedItem: { item: index },
			})),
		);
		expect(requestsPerItem(sim(), recipients).map((entries) => entries.length)).toEqual(recipients.map(() => 3));
		expect(sim().journal.acceptedSends()).toEqual([]);
	});

	it('without Continue On Fail the node fails naming the first item, and no new item starts', async () => {
		const { recipients, inputItems } = campaign(SIZE);
		sim().setOptions({ faults: [{ kind: 'rateLimit429', probability: 1 }] });

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, maxAttempts: 3, concurrency: 5 });

		expect(result.items).toEqual([]);
		expect(result.error).toMatchObject({ name: 'NodeApiError', message: `Item 1: ${message}`, httpCode: '429', context: { itemIndex: 0 } });
		// The other four items that failed in flight are each named, and the fifteen never started counted.
		expect(result.error?.description).toBe(
			'The node retried with back-off and still hit the limit. Lower "Max Concurrent Requests", raise "Max Attempts", or run the workflow again later. ' +
				[2, 3, 4, 5].map((item) => `Item ${item} also failed: ${message}.`).join(' ') +
				' Items 6–20 (15) were not started: nothing was sent for them.' +
				' Items are counted from 1, as in the input list; n8n\'s "Item Index" below counts from 0.',
		);
		// The five items in flight finished their attempts; the other fifteen never started.
		expect(requestsPerItem(sim(), recipients).map((entries) => entries.length)).toEqual(recipients.map((_, index) => (index < 5 ? 3 : 0)));
		expect(sim().journal.acceptedSends()).toEqual([]);
	});

	it('past ten other failures the rest are listed, with a warning to check them before sending again', async () => {
		const { inputItems } = campaign(SIZE);
		sim().setOptions({ faults: [{ kind: 'rateLimit429', probability: 1 }] });

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, maxAttempts: 1, concurrency: 15 });

		const once = 'INCS is rate limiting this account: Too many attempts [INCS code 429]';
		expect(result.error?.message).toBe(`Item 1: ${once}`);
		expect(result.error?.description).toContain([2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((item) => `Item ${item} also failed: ${once}.`).join(' '));
		expect(result.error?.description).toContain(
			'Items 12–15 failed too; check them in INCS before sending them again, since a failure after sending may still have been accepted. Items 16–20 (5) were not started: nothing was sent for them.',
		);
	});
});
