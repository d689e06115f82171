// Two campaigns of 500 WhatsApp texts started together, each on its own worker, against one INCS
// rate limit (50 requests/s, burst 50). The simulator's journal is the witness: every item
// accepted exactly once, the combined rate never above the limit, and how the two shared it.
// The first test runs the campaigns and checks delivery and the limit; the second checks fairness
// on the same run, so an unfair pacer shows as its own failure.

import assert from 'node:assert/strict';

import type { JournalEntry } from '../../../simulator';
import { createCampaign, acceptedSends, deliveryOf, startCampaign, type Campaign } from '../campaign';
import type { QueueContext, QueueTest } from '../context';
import { maxInWindow, shareWindows, worstExcess, type ShareWindow } from '../rateWindows';

const ITEMS = 500;
const LIMIT = { ratePerSecond: 50, burst: 50 };
/** Shares are judged after the pacers had time to find the limit. */
const SETTLE_MS = 5000;
/** Shares are reported per 2-s window, the way the issue measured them. */
const REPORT_WINDOW_MS = 2000;
/**
 * Fairness is judged over 4-s windows, one starting every 2 s. A 2-s window holds about 100
 * requests, so chance alone moves a share by ±15 %: on CI one 2-s window near the end of an
 * otherwise even run (finished 21.0 and 21.1 s) gave 28 %, and the next two seconds made it up.
 * Over 4 s that run's worst share was 39 %; the unfairness this guards against was about 80 %.
 */
const JUDGE_WINDOW_MS = 4000;
const SHARE_RANGE = [0.3, 0.7] as const;
/**
 * The later campaign may finish at most this much later than the earlier one. Fairness is judged
 * by the windows above; the finish times also carry the first seconds, before the pacers have met
 * the limit, where whichever campaign starts first takes most of INCS's burst (docs/queue-mode.md).
 * Runs so far finished 1.00-1.27x apart; the unfairness this guards against was 1.96x (11.3 s and
 * 22.2 s). The bound is the one the pacer's own test in virtual time uses: whoever reaches INCS
 * first keeps a head start of a few seconds, so a worker that picks up its job a moment late on a
 * busy machine must not fail the run.
 */
const FINISH_RATIO = 1.5;

interface CampaignRun {
	campaign: Campaign;
	executionId: string;
	status: string;
	worker: number | undefined;
	accepted: JournalEntry[];
	/** Seconds from the start click to INCS accepting its last message. */
	finishedAfter: number;
}

interface CampaignsResult {
	runs: [CampaignRun, CampaignRun];
	/** Consecutive 2-s windows, for the report. */
	windows: ShareWindow[];
	/** Overlapping 4-s windows, for the verdict. */
	judged: ShareWindow[];
}

/** The run the fairness test judges; set by the first test. */
let result: CampaignsResult | undefined;

async function runCampaigns(context: QueueContext): Promise<CampaignsResult> {
	const { cluster, simulator, credential } = context;
	const campaigns = await Promise.all([
		createCampaign(cluster.client, credential, 'queue: campaign A', '8529100', ITEMS),
		createCampaign(cluster.client, credential, 'queue: campaign B', '8529200', ITEMS),
	]);
	const previous = simulator.options.rateLimit;
	simulator.setOptions({ rateLimit: LIMIT });
	const since = simulator.journal.size;
	try {
		const clicked = Date.now();
		const executionIds = await Promise.all(campaigns.map((campaign) => startCampaign(cluster.client, campaign)));
		const executions = await Promise.all(executionIds.map((id) => cluster.client.waitForExecution(id, 240_000)));
		const runs = campaigns.map((campaign, index): CampaignRun => {
			const accepted = acceptedSends(simulator, campaign, since);
			const last = Math.max(...accepted.map((entry) => entry.time));
			return {
				campaign,
				executionId: executionIds[index],
				status: executions[index].status,
				worker: cluster.workerOf(executionIds[index]),
				accepted,
				finishedAfter: (last - clicked) / 1000,
			};
		}) as [CampaignRun, CampaignRun];
		const [a, b] = runs.map((run) => run.accepted.map((entry) => entry.time));
		const origin = Math.min(...a, ...b);
		const bothUntil = Math.min(Math.max(...a), Math.max(...b));
		const from = origin + SETTLE_MS;
		return {
			runs,
			windows: shareWindows(a, b, origin, from, bothUntil, REPORT_WINDOW_MS),
			judged: shareWindows(a, b, origin, from, bothUntil, JUDGE_WINDOW_MS, REPORT_WINDOW_MS),
		};
	} finally {
		simulator.setOptions({ rateLimit: previous });
	}
}

function describe(result: CampaignsResult): string {
	const lines = result.runs.map(
		(run) =>
			`${run.campaign.name}: execution ${run.executionId} on worker ${String((run.worker ?? -1) + 1)}, ${run.status}, ` +
			`${run.accepted.length} accepted, last accepted ${run.finishedAfter.toFixed(1)} s after the start`,
	);
	const shares = (windows: ShareWindow[], windowMs: number): string =>
		windows
			.map((window) => `${window.fromSeconds.toFixed(0)}-${(window.fromSeconds + windowMs / 1000).toFixed(0)} s: A ${window.a} / B ${window.b} (A ${(window.shareA * 100).toFixed(0)}%)`)
			.join('; ') || 'none';
	return [
		...lines,
		`shares while both ran (after ${SETTLE_MS / 1000} s): ${shares(result.windows, REPORT_WINDOW_MS)}`,
		`judged over ${JUDGE_WINDOW_MS / 1000}-s windows: ${shares(result.judged, JUDGE_WINDOW_MS)}`,
	].join('\n    ');
}

export const campaignTests: QueueTest[] = [
	{
		name: 'campaigns: two 500-message campaigns on two workers, one 50/s limit: every item accepted once, the limit held',
		async run(context) {
			result = undefined;
			const run = await runCampaigns(context);
			result = run;
			console.log(`    ${describe(run)}`);
			context.report.set('campaigns', describe(run));
			for (const { campaign, status, accepted } of run.runs) {
				assert.equal(status, 'success', `${campaign.name} ended ${status}`);
				assert.deepEqual(deliveryOf(campaign, accepted), { lost: [], duplicated: [], strangers: [] }, campaign.name);
			}
			const [a, b] = run.runs.map((entry) => entry.worker);
			assert.ok(a !== undefined && b !== undefined && a !== b, `the campaigns ran on workers ${String(a)} and ${String(b)}; expected two different ones`);
			const times = run.runs.flatMap((entry) => entry.accepted.map((sent) => sent.time));
			const busiestSecond = maxInWindow(times, 1000);
			const excess = worstExcess(times, LIMIT.ratePerSecond, LIMIT.burst);
			context.report.set('combined rate', `busiest second ${busiestSecond} accepted (limit ${LIMIT.ratePerSecond}/s + burst ${LIMIT.burst}); worst excess over the bucket ${excess.toFixed(1)}`);
			// One request of slack: the journal stamps arrival in whole milliseconds.
			assert.ok(excess <= 1, `accepted more than the bucket allows, by ${excess.toFixed(1)} requests`);
		},
	},
	{
		name: 'campaigns: both get a fair share (30-70 % over every 4 s) while they run and finish within 1.5x of each other',
		async run() {
			assert.ok(result !== undefined, 'the campaign run did not complete');
			assert.ok(result.judged.length > 0, 'the campaigns did not run side by side for a whole window after the first 5 s');
			const unfair = result.judged.filter((window) => !(window.shareA >= SHARE_RANGE[0] && window.shareA <= SHARE_RANGE[1]));
			assert.deepEqual(unfair, [], `windows where campaign A's share was outside ${SHARE_RANGE.join('-')}`);
			const [first, second] = result.runs.map((run) => run.finishedAfter).sort((x, y) => x - y);
			assert.ok(second <= first * FINISH_RATIO, `finished ${first.toFixed(1)} s and ${second.toFixed(1)} s after the start (more than ${FINISH_RATIO}x apart)`);
		},
	},
];
