// Section 2: delivery into INCS's rate limit at the node's default settings. The simulator lets
// through 100 requests/s (token bucket, burst 100) and answers 429 + Retry-After beyond; the
// journal then says how many messages went out, were lost or went out twice.

import { perSecond, tracePacer, type PacerSecond } from '../lib/pacerTrace';
import { recipientItems, runIncsNode, whatsAppTextParameters } from '../lib/nodeRunner';
import { nowMs } from '../lib/stats';
import type { SimStats, TimelineBucket } from '../sim/protocol';
import type { SimProcess } from '../sim/process';

export interface RateLimitConfig {
	items: number;
	ratePerSecond: number;
	burst: number;
	latencyMs: number;
	/** Max Concurrent Requests; undefined = the node's default (the measured case). */
	concurrency?: number;
}

export interface RateLimitRun {
	label: string;
	wallMs: number;
	/** wall ÷ (items ÷ rate). */
	ofPhysicalLimit: number;
	delivered: number;
	lost: number;
	duplicated: number;
	rateLimited429: number;
	/** The node's error when the run failed (an item ran out of attempts). */
	nodeError?: string;
	outputItems: number;
	pacer: PacerSecond[];
	server: TimelineBucket[];
	sim: Omit<SimStats, 'timeline'>;
}

export async function measureRateLimited(
	sim: SimProcess,
	config: RateLimitConfig,
	label: string,
	log: (line: string) => void,
): Promise<RateLimitRun> {
	await sim.configure({ latencyMs: config.latencyMs, rateLimit: { ratePerSecond: config.ratePerSecond, burst: config.burst } });
	const trace = tracePacer();
	const start = nowMs();
	let events;
	let result;
	try {
		// Defaults: no options at all (5 concurrent requests, 8 attempts, 30 s timeout).
		const options = config.concurrency === undefined ? {} : { maxConcurrentRequests: config.concurrency };
		result = await runIncsNode(sim.url, whatsAppTextParameters(options), recipientItems(config.items));
	} finally {
		events = trace.stop();
	}
	const wallMs = nowMs() - start;
	const stats = await sim.stats(1000);
	const { timeline, ...simTotals } = stats;
	const run: RateLimitRun = {
		label,
		wallMs,
		ofPhysicalLimit: wallMs / ((config.items * 1000) / config.ratePerSecond),
		delivered: stats.uniqueRecipients,
		lost: config.items - stats.uniqueRecipients,
		duplicated: stats.duplicateRecipients,
		rateLimited429: stats.rateLimited,
		nodeError: result.error?.message,
		outputItems: result.items.length,
		pacer: perSecond(events),
		server: timeline,
		sim: simTotals,
	};
	log(
		`  ${label}: ${(wallMs / 1000).toFixed(2)} s (${run.ofPhysicalLimit.toFixed(3)}× N/R), delivered ${run.delivered}, lost ${run.lost}, duplicated ${run.duplicated}, 429s ${run.rateLimited429}${run.nodeError ? `, node error: ${run.nodeError}` : ''}`,
	);
	return run;
}
