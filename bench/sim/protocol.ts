// Messages between the bench and the simulator it runs in a child process. The simulator gets
// its own process (and so its own core) so that its work never competes with the client being
// measured for the same event loop.

import type { SimulatorOptionsInput } from '../../simulator';

export type SimCommand =
	| { op: 'start'; options: SimulatorOptionsInput }
	/** Changes knobs; with `reset` also clears the journal and stores (a fresh token bucket too). */
	| { op: 'configure'; options: SimulatorOptionsInput; reset: boolean }
	| { op: 'seedWabaTemplates'; count: number }
	| { op: 'stats'; bucketMs: number }
	| { op: 'stop' };

export interface SimRequest {
	id: number;
	command: SimCommand;
}

export interface SimResponse {
	id: number;
	ok: boolean;
	result?: unknown;
	error?: string;
}

export interface TimelineBucket {
	/** Bucket start, ms after the first journalled request. */
	atMs: number;
	accepted: number;
	rateLimited: number;
}

/** What the journal says about the requests since the last reset. */
export interface SimStats {
	requests: number;
	/** Sends INCS accepted (one per message that went out). */
	acceptedSends: number;
	/** Distinct recipients among the accepted sends. */
	uniqueRecipients: number;
	/** Recipients that got more than one accepted message. */
	duplicateRecipients: number;
	/** Requests answered HTTP 429. */
	rateLimited: number;
	/** Other error answers and faults. */
	otherFailures: number;
	/** First to last arrival, ms. */
	spanMs: number;
	/** Epoch ms of the first and last arrival (0 when none): lines the journal up with the client's clock. */
	firstAt: number;
	lastAt: number;
	timeline: TimelineBucket[];
}
