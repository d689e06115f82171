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
 */
export interface IncsOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject | IDataObject[]>;
}

export type OperationMap<Names extends string> = Record<Names, IncsOperation>;
