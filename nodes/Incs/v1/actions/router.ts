import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { REQUEST_OPTIONS } from '../transport/settings';
import { mapWithConcurrency } from '../helpers/concurrency';
import { describeItemNumbers } from '../helpers/itemRanges';
import { toNodeOperationError, ValidationError } from '../helpers/validation/error';
import type { IncsResource } from './node.type';
import type { Checked, ReadOperation, RunSettings, WriteOperation } from './operation';
import { isWriteOperation } from './operation';
import { findOperation } from './registry';

/**
 * The one loop over input items. It resolves the operation once, runs the items through a bounded
 * pool that keeps input order, pairs every output with its input, and applies Continue On Fail.
 * Without Continue On Fail the first failure stops new items from starting; items already in
 * flight are awaited (a send that is under way is never abandoned) and the failure is thrown with
 * its item index.
 */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as IncsResource;
	const operationName = this.getNodeParameter('operation', 0) as string;
	const operation = findOperation(resource, operationName);
	if (operation === undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operationName}" is not supported for "${resource}"`,
			{ description: 'Pick the resource and operation again in the node.' },
		);
	}

	const settings = readRunSettings(this);
	const concurrency = readConcurrency(this);
	const continueOnFail = this.continueOnFail();
	const write = isWriteOperation(operation);
	const runItem = write ? await checkThenSend(this, operation, items.length, settings, continueOnFail) : read(this, operation, settings);
	let failure: { index: number; error: unknown } | undefined;
	const completed: number[] = [];

	const perItem = await mapWithConcurrency(
		items.length,
		concurrency,
		async (index) => {
			try {
				const output = toOutputItems(await runItem(index), index);
				completed.push(index);
				return output;
			} catch (error) {
				if (continueOnFail) return [toErrorItem(this, error, index)];
				if (failure === undefined || index < failure.index) failure = { index, error };
				return [];
			}
		},
		() => failure !== undefined,
	);

	if (failure !== undefined) {
		throw withItemIndex(this, failure.error, failure.index, write ? completedNote(completed, items.length) : undefined);
	}
	return [perItem.flatMap((entries) => entries ?? [])];
}

type RunItem = (index: number) => Promise<IDataObject | IDataObject[]>;

function read(context: IExecuteFunctions, operation: ReadOperation, settings: RunSettings): RunItem {
	return async (index) => await operation.execute.call(context, index, settings);
}

/**
 * The check-then-send contract: `send` only ever gets what `prepare` returned for the same item.
 * Without Continue On Fail every item is prepared before the first send, so a campaign with a bad
 * row fails whole, with nothing sent. With it, a bad item only becomes an error item, so there is
 * nothing to protect: each item is prepared just before it is sent.
 */
async function checkThenSend<Request>(
	context: IExecuteFunctions,
	operation: WriteOperation<Request>,
	count: number,
	settings: RunSettings,
	continueOnFail: boolean,
): Promise<RunItem> {
	// The one place a Checked request is made: right after its own item's prepare succeeded.
	const prepareOne = async (index: number): Promise<Checked<Request>> =>
		(await operation.prepare.call(context, index, settings)) as Checked<Request>;
	if (continueOnFail) {
		return async (index) => await operation.send.call(context, index, settings, await prepareOne(index));
	}
	const checked: Array<Checked<Request>> = [];
	for (let index = 0; index < count; index++) {
		try {
			checked.push(await prepareOne(index));
		} catch (error) {
			throw withItemIndex(context, error, index, NOTHING_SENT);
		}
	}
	return async (index) => await operation.send.call(context, index, settings, checked[index]);
}

export const NOTHING_SENT =
	'Nothing was sent: the node checks every item before it sends anything. Fix this item (or turn on Continue On Fail to send the valid items and get an error item for this one) and run again.';

/**
 * For operations that change something at INCS (sends, creates, deletes): which items were already done
 * when the run stopped, because the node's output is lost with the error and running the workflow
 * again would repeat them (a second message to each of those recipients).
 */
function completedNote(completed: number[], total: number): string | undefined {
	if (completed.length === 0) return undefined;
	return (
		`Before the node stopped, INCS had already accepted ${completed.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} items: ` +
		`${describeItemNumbers(completed)}. Running the workflow again would repeat them; remove those items first, or turn on Continue On Fail, ` +
		'which outputs every accepted item and an error item for each failure.'
	);
}

function toOutputItems(result: IDataObject | IDataObject[], index: number): INodeExecutionData[] {
	const list = Array.isArray(result) ? result : [result];
	return list.map((json) => ({ json, pairedItem: { item: index } }));
}

function toErrorItem(context: IExecuteFunctions, raw: unknown, index: number): INodeExecutionData {
	const error = raw instanceof ValidationError ? toNodeOperationError(context.getNode(), raw, index) : raw;
	const json: IDataObject = { error: error instanceof Error ? error.message : String(error) };
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.description) json.description = error.description;
	}
	if (error instanceof NodeApiError && error.httpCode) json.code = error.httpCode;
	return { json, pairedItem: { item: index } };
}

function withItemIndex(context: IExecuteFunctions, error: unknown, index: number, note?: string): Error {
	if (error instanceof ValidationError) {
		const converted = toNodeOperationError(context.getNode(), error, index);
		if (note) converted.description = `${converted.description ?? ''} ${note}`.trim();
		return converted;
	}
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= index;
		if (note) error.description = `${error.description ?? ''} ${note}`.trim();
		return error;
	}
	return new NodeOperationError(context.getNode(), error instanceof Error ? error : String(error), {
		itemIndex: index,
	});
}

function readRunSettings(context: IExecuteFunctions): RunSettings {
	const timeoutSeconds = readRequestOption(context, 'timeout');
	return { transport: { maxAttempts: readRequestOption(context, 'maxAttempts'), timeoutMs: timeoutSeconds * 1000 } };
}

function readConcurrency(context: IExecuteFunctions): number {
	return readRequestOption(context, 'maxConcurrentRequests');
}

/** A request option as a whole number from 1 to its limit; anything unreadable is the default. */
function readRequestOption(context: IExecuteFunctions, name: keyof typeof REQUEST_OPTIONS): number {
	const option = REQUEST_OPTIONS[name];
	const value = context.getNodeParameter(`options.${name}`, 0, option.default);
	const number = typeof value === 'number' ? value : Number(value);
	if (!Number.isFinite(number)) return option.default;
	return Math.min(option.max, Math.max(1, Math.floor(number)));
}
