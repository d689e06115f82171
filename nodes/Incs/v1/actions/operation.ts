import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { TransportOptions } from '../transport';

/** Settings the router reads once per run and hands to every item. */
export interface RunSettings {
	transport: Required<Pick<TransportOptions, 'maxAttempts' | 'timeoutMs'>>;
}

/**
 * An operation that changes nothing at INCS (get, list): it reads one item's parameters, calls
 * the transport and returns the item's output (one object, or several for list operations).
 * Looping, concurrency, pairing and Continue On Fail belong to the router.
 */
export interface ReadOperation {
	description: INodeProperties[];
	execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject | IDataObject[]>;
}

declare const checkedByRouter: unique symbol;

/**
 * A request that `prepare` returned for one item. Only the router makes one (router.ts), after
 * `prepare` succeeded, so `send` cannot be handed an item that was not checked.
 */
export type Checked<Request> = Request & { readonly [checkedByRouter]: true };

/**
 * An operation that changes something at INCS (sends, creates, deletes) is split in two. `prepare`
 * reads and checks one item and changes nothing at INCS (a read such as a template lookup is fine);
 * it returns the exact request. `send` takes that request and reads no parameter again. The router
 * prepares every item before the first send, so a mistake in row 900 of a campaign stops the run
 * before row 1 goes out.
 */
export interface WriteOperation<Request> {
	description: INodeProperties[];
	prepare(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<Request>;
	send(this: IExecuteFunctions, itemIndex: number, settings: RunSettings, request: Checked<Request>): Promise<IDataObject>;
}

/** The `send` of a write operation, for the shared steps that build one. */
export type SendStep<Request> = WriteOperation<Request>['send'];

export type IncsOperation = ReadOperation | WriteOperation<unknown>;

export type OperationMap<Names extends string> = Record<Names, IncsOperation>;

export function isWriteOperation(operation: IncsOperation): operation is WriteOperation<unknown> {
	return 'prepare' in operation;
}
