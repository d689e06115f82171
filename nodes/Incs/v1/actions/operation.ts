import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { TransportOptions } from '../transport';

/** Settings the router reads once per run and hands to every item. */
export interface RunSettings {
	transport: Required<Pick<TransportOptions, 'maxAttempts' | 'timeoutMs'>>;
}

/**
 * One operation handles exactly one item: it reads that item's parameters, validates them, calls
 * the transport and returns the item's output (one object, or several for list operations).
 * Looping, concurrency, pairing and Continue On Fail belong to the router.
 *
 * Operations that send messages split the work in two. `prepare` reads and checks one item and
 * changes nothing at INCS (a read such as a template lookup is fine); `execute` then sends what
 * `prepare` returned. The router prepares every item before the first send, so a mistake in row
 * 900 of a campaign stops the run before row 1 goes out.
 */
export interface IncsOperation {
	description: INodeProperties[];
	prepare?(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<unknown>;
	execute(
		this: IExecuteFunctions,
		itemIndex: number,
		settings: RunSettings,
		prepared?: unknown,
	): Promise<IDataObject | IDataObject[]>;
}

export type OperationMap<Names extends string> = Record<Names, IncsOperation>;
