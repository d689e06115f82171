import { acceptedPerItem, CAMPAIGN_SENDS, campaign, requestsPerItem, sendRequests } from './support/campaign';
import { runCampaign } from './support/run';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';
import { waitedTime } from './support/sleep';

// The bucket refills by the time the node has waited (see `waitedTime`), never by how long the
// machine took to run it, so the burst of ten is limited on any machine. Waits still pass for
// real at 1/20 of what the node asks (INCS's Retry-After of 1 s → 50 ms) to keep their order.
jest.mock('n8n-workflow', () => jest.requireActual<typeof import('./support/sleep')>('./support/sleep').workflowWithSleep(0.05));

const guard = installSecretGuard();
const sim = useSimulator(guard);

describe('a real rate limit (token bucket: burst 5, then 50 requests a second)', () => {
	it.each([true, false])('40 WhatsApp sends, 10 in parallel: each accepted exactly once (Continue On Fail: %s)', async (continueOnFail) => {
		const { recipients, inputItems } = campaign(40);
		sim().setOptions({ rateLimit: { ratePerSecond: 50, burst: 5 } });
		sim().setRateLimitClock(() => waitedTime.now());

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, concurrency: 10, maxAttempts: 20, continueOnFail });

		expect(result.error).toBeUndefined();
		expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map(() => 1));
		expect(result.items).toEqual(
			requestsPerItem(sim(), recipients).map((entries, index) => ({
				json: { channel: 'whatsapp', to: recipients[index], type: 'text', messageId: entries.find((e) => e.outcome === 'accepted')?.msgId },
				pairedItem: { item: index },
			})),
		);
		// The limit did bite (ten at once against a burst of five), and only 429s were repeated.
		const limited = sendRequests(sim()).filter((entry) => entry.outcome !== 'accepted');
		expect(limited.length).toBeGreaterThan(0);
		expect(limited.every((entry) => entry.httpStatus === 429 && entry.code === 429)).toBe(true);
		// The bucket's clock moved only by the node's own waits: it did wait (back-off or pacing).
		expect(waitedTime.now()).toBeGreaterThan(0);
	});
});
