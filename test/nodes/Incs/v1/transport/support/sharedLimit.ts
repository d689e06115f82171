import { AdaptivePacer } from '../../../../../../nodes/Incs/v1/transport/pacer';
import { SeededRandom } from '../../../../../../simulator/prng';
import { TokenBucket } from '../../../../../../simulator/rateLimiter';

/*
 * Campaigns against one INCS rate limit in virtual time: the simulator's token bucket, pacers on a
 * clock the test owns, and senders that do what the transport does around the pacer (acquire, send,
 * report the outcome, wait Retry-After plus jitter after a 429). Seconds of traffic run in a few
 * milliseconds, and the outcome does not depend on how fast or loaded the machine is.
 */

interface Timer {
	at: number;
	seq: number;
	fire: () => void;
}

export class VirtualClock {
	now = 0;
	private seq = 0;
	private readonly timers: Timer[] = [];

	readonly sleep = (ms: number): Promise<void> =>
		new Promise((fire) => {
			this.timers.push({ at: this.now + Math.max(0, ms), seq: this.seq++, fire });
		});

	/** Runs timers in time order until `done` holds; fails past `limitMs` of virtual time. */
	async runUntil(done: () => boolean, limitMs: number): Promise<void> {
		for (;;) {
			// Let every promise chain settle before the next timer fires.
			await new Promise((resolve) => setImmediate(resolve));
			if (done()) return;
			if (this.timers.length === 0) throw new Error(`nothing left to run at ${this.now} ms`);
			this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
			const timer = this.timers.shift() as Timer;
			if (timer.at > limitMs) throw new Error(`still running after ${limitMs} ms of virtual time`);
			this.now = timer.at;
			timer.fire();
		}
	}
}

/** Answers a request: 'accepted', or a 429 with its Retry-After in seconds. */
export type Limiter = (sender: number) => { accepted: true } | { accepted: false; retryAfterSeconds: number };

export function tokenBucketLimiter(clock: VirtualClock, ratePerSecond: number, burst: number): Limiter {
	const bucket = new TokenBucket({ ratePerSecond, burst }, () => clock.now);
	return () => {
		const decision = bucket.take();
		return decision.allowed ? { accepted: true } : { accepted: false, retryAfterSeconds: decision.retryAfterSeconds };
	};
}

export interface CampaignConfig {
	items: number;
	/** Max Concurrent Requests. */
	concurrency: number;
	latencyMs: number;
	/** Virtual time at which the campaign starts. */
	startAt?: number;
}

export interface CampaignRun {
	pacer: AdaptivePacer;
	/** Virtual time of every accepted request. */
	acceptedAt: number[];
	rateLimited: number;
	finishedAt?: number;
	done: Promise<void>;
}

/** The transport's jitter on a Retry-After wait (retryPolicy.ts: up to one backoff base). */
const RETRY_JITTER_MS = 250;

export function startCampaign(
	clock: VirtualClock,
	limiter: Limiter,
	config: CampaignConfig,
	random = new SeededRandom(7),
	sender = 0,
): CampaignRun {
	const pacer = new AdaptivePacer(() => clock.now, clock.sleep);
	const run: CampaignRun = { pacer, acceptedAt: [], rateLimited: 0, done: Promise.resolve() };
	let next = 0;
	const sendItem = async (): Promise<void> => {
		for (;;) {
			await pacer.acquire();
			await clock.sleep(config.latencyMs / 2);
			const answer = limiter(sender);
			await clock.sleep(config.latencyMs / 2);
			if (answer.accepted) {
				pacer.onAccepted();
				run.acceptedAt.push(clock.now);
				return;
			}
			run.rateLimited++;
			pacer.onRateLimited();
			await clock.sleep(answer.retryAfterSeconds * 1000 + RETRY_JITTER_MS * random.next());
		}
	};
	const lane = async (): Promise<void> => {
		while (next < config.items) {
			next++;
			await sendItem();
		}
	};
	run.done = (async () => {
		if (config.startAt !== undefined) await clock.sleep(config.startAt);
		await Promise.all(Array.from({ length: config.concurrency }, lane));
		run.finishedAt = clock.now;
	})();
	return run;
}

/** Accepted requests per window of `windowMs`, from `fromMs` up to `toMs`. */
export function acceptedPerWindow(acceptedAt: number[], fromMs: number, toMs: number, windowMs: number): number[] {
	const counts: number[] = [];
	for (let start = fromMs; start + windowMs <= toMs; start += windowMs) {
		counts.push(acceptedAt.filter((at) => at >= start && at < start + windowMs).length);
	}
	return counts;
}
