import { randomUUID } from 'node:crypto';

/** A fresh INCS message ID (UUID-like, §5). */
export function newMessageId(): string {
	return randomUUID();
}

/** WhatsApp reports `wamid.…` IDs in status callbacks; derive one from the INCS message ID. */
export function wamidFor(msgId: string): string {
	return `wamid.SIM${Buffer.from(msgId.replace(/-/g, ''), 'hex').toString('base64url')}`;
}

/**
 * Monotonic numeric string IDs of a fixed width: WABA template IDs have 16 digits, RCS template
 * IDs 19 (beyond 2^53, hence BigInt). Fixed width keeps string order equal to numeric order,
 * which the keyset paging relies on.
 */
export class NumericIdSequence {
	private next: bigint;

	constructor(private readonly first: bigint) {
		this.next = first;
	}

	take(): string {
		const id = this.next.toString();
		this.next += 1n;
		return id;
	}

	reset(): void {
		this.next = this.first;
	}
}

export const WABA_FIRST_ID = 1000000000100001n;
export const RCS_FIRST_ID = 2000000000000100001n;

export function nowSeconds(): number {
	return Math.floor(Date.now() / 1000);
}
