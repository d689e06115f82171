// Records what the node's AdaptivePacer does during a run, without touching the node's files:
// the bench loads the same compiled module the node uses, so wrapping the prototype's methods
// sees every pacer the node creates.

import { AdaptivePacer } from '../../nodes/Incs/v1/transport/pacer';
import { nowMs } from './stats';

export interface PacerEvent {
	atMs: number;
	kind: 'accepted' | 'rateLimited' | 'acquire';
	/** Requests per second after the event (Infinity = unpaced). */
	rate: number;
	/** For `acquire`: how long the caller was made to wait. */
	waitMs?: number;
}

export interface PacerSecond {
	second: number;
	/** Pace at the end of the second; null while unpaced. */
	rate: number | null;
	accepted: number;
	rateLimited: number;
	/** Requests the pacer let through in this second. */
	released: number;
}

type PacerMethods = Pick<AdaptivePacer, 'acquire' | 'onAccepted' | 'onRateLimited'>;

export function tracePacer(): { stop: () => PacerEvent[] } {
	const proto = AdaptivePacer.prototype as PacerMethods;
	const original: PacerMethods = { acquire: proto.acquire, onAccepted: proto.onAccepted, onRateLimited: proto.onRateLimited };
	const events: PacerEvent[] = [];
	const start = nowMs();
	proto.acquire = async function (this: AdaptivePacer): Promise<void> {
		const before = nowMs();
		await original.acquire.call(this);
		const after = nowMs();
		events.push({ atMs: after - start, kind: 'acquire', rate: this.currentRate, waitMs: after - before });
	};
	proto.onAccepted = function (this: AdaptivePacer): void {
		original.onAccepted.call(this);
		events.push({ atMs: nowMs() - start, kind: 'accepted', rate: this.currentRate });
	};
	proto.onRateLimited = function (this: AdaptivePacer): void {
		original.onRateLimited.call(this);
		events.push({ atMs: nowMs() - start, kind: 'rateLimited', rate: this.currentRate });
	};
	return {
		stop: () => {
			Object.assign(proto, original);
			return events;
		},
	};
}

export function perSecond(events: readonly PacerEvent[]): PacerSecond[] {
	const seconds: PacerSecond[] = [];
	for (const event of events) {
		const second = Math.floor(event.atMs / 1000);
		while (seconds.length <= second) seconds.push({ second: seconds.length, rate: null, accepted: 0, rateLimited: 0, released: 0 });
		const bucket = seconds[second];
		if (event.kind === 'accepted') bucket.accepted++;
		else if (event.kind === 'rateLimited') bucket.rateLimited++;
		else bucket.released++;
		bucket.rate = Number.isFinite(event.rate) ? event.rate : null;
	}
	// A second without events keeps the previous pace.
	for (let i = 1; i < seconds.length; i++) if (seconds[i].rate === null) seconds[i].rate = seconds[i - 1].rate;
	return seconds;
}
