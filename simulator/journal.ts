// Every request the simulator received, for assertions such as "each recipient got exactly one
// message". Appending is O(1): the entry is pushed when the request starts and completed in place.

import type { FaultKind } from './options';

export type Channel = 'whatsapp' | 'viber' | 'rcs';
export type Outcome = 'pending' | 'accepted' | 'rejected' | 'fault';

export interface JournalEntry {
	/** 1-based order of arrival. */
	seq: number;
	/** Epoch milliseconds at arrival. */
	time: number;
	method: string;
	path: string;
	query: Record<string, string>;
	/** Request headers without the certification-code value. */
	headers: Record<string, string>;
	/** Whether a certification-code was sent and matched; null when none was sent. */
	certificationCodeMatched: boolean | null;
	/** Parsed JSON body, the raw text when it was not JSON, or null. */
	body: unknown;
	outcome: Outcome;
	/** HTTP status sent; null when no answer was sent (reset, timeout). */
	httpStatus: number | null;
	/** Envelope code; null when no envelope was sent. */
	code: number | null;
	message: string;
	channel?: Channel;
	to?: string;
	type?: string;
	msgId?: string;
	/** The `message_id` the status callbacks carry for this send. */
	callbackMessageId?: string;
	templateId?: string;
	fault?: FaultKind;
	/** True for a fault applied after the request was accepted. */
	faultAfterAccept?: boolean;
}

export interface JournalFilter {
	channel?: Channel;
	outcome?: Outcome;
	method?: string;
	pathPrefix?: string;
	to?: string;
	sinceSeq?: number;
}

export class Journal {
	private readonly entries: JournalEntry[] = [];
	private nextSeq = 1;

	start(fields: Omit<JournalEntry, 'seq' | 'outcome' | 'httpStatus' | 'code' | 'message'>): JournalEntry {
		const entry: JournalEntry = { seq: this.nextSeq++, outcome: 'pending', httpStatus: null, code: null, message: '', ...fields };
		this.entries.push(entry);
		return entry;
	}

	get size(): number {
		return this.entries.length;
	}

	all(): readonly JournalEntry[] {
		return this.entries;
	}

	query(filter: JournalFilter = {}): JournalEntry[] {
		return this.entries.filter(
			(e) =>
				(filter.channel === undefined || e.channel === filter.channel) &&
				(filter.outcome === undefined || e.outcome === filter.outcome) &&
				(filter.method === undefined || e.method === filter.method.toUpperCase()) &&
				(filter.pathPrefix === undefined || e.path.startsWith(filter.pathPrefix)) &&
				(filter.to === undefined || e.to === filter.to) &&
				(filter.sinceSeq === undefined || e.seq > filter.sinceSeq),
		);
	}

	/** Sends INCS accepted, including those whose answer was then lost to an `afterAccept` fault. */
	acceptedSends(channel?: Channel): JournalEntry[] {
		return this.entries.filter((e) => e.outcome === 'accepted' && e.msgId !== undefined && (channel === undefined || e.channel === channel));
	}

	/** Accepted sends per recipient number. */
	countByRecipient(channel?: Channel): Record<string, number> {
		const counts: Record<string, number> = {};
		for (const entry of this.acceptedSends(channel)) {
			if (entry.to !== undefined) counts[entry.to] = (counts[entry.to] ?? 0) + 1;
		}
		return counts;
	}

	/** Recipients that got more than one accepted message: a retry that duplicated a send. */
	duplicateRecipients(channel?: Channel): string[] {
		return Object.entries(this.countByRecipient(channel))
			.filter(([, count]) => count > 1)
			.map(([to]) => to);
	}

	clear(): void {
		this.entries.length = 0;
		this.nextSeq = 1;
	}
}
