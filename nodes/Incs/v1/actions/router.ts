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
	const failures: ItemFailure[] = [];
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
				failures.push({ index, error });
				return [];
			}
		},
		() => failures.length > 0,
	);

	if (failures.length > 0) throw runFailure(this, failures, completed, items.length, write);
	return [perItem.flatMap((entries) => entries ?? [])];
}

interface ItemFailure {
	index: number;
	error: unknown;
}

/** Other failures given in full (the default concurrency leaves at most 9) before the rest are only listed. */
const OTHER_FAILURES_SHOWN = 10;

/**
 * The error a stopped run throws: the first failing item's error, naming that item, and in its
 * description every other item that failed while items were in flight (each with its own text, so
 * a send whose outcome is unknown keeps its warning), then, for writes, the items INCS accepted
 * and the items never started. Items are counted from 1 everywhere, as n8n's input list shows them.
 */
function runFailure(context: IExecuteFunctions, failures: ItemFailure[], completed: number[], total: number, write: boolean): Error {
	const [first, ...others] = [...failures].sort((a, b) => a.index - b.index);
	const notes = others.slice(0, OTHER_FAILURES_SHOWN).map(({ index, error }) => `Item ${index + 1} also failed: ${messageOf(error)}`);
	if (others.length > OTHER_FAILURES_SHOWN) {
		const rest = others.slice(OTHER_FAILURES_SHOWN).map(({ index }) => index);
		notes.push(
			`Items ${describeItemNumbers(rest)} failed too` +
				(write ? '; check them in INCS before sending them again, since a failure after sending may still have been accepted.' : '.'),
		);
	}
	if (write) {
		notes.push(...[completedNote(completed, total), notStartedNote(failures, completed, total)].filter((note) => note !== undefined));
	}
	if (total > 1) notes.push(COUNTING_NOTE);
	return withItemIndex(context, first.error, first.index, total, notes.join(' '));
}

const COUNTING_NOTE = 'Items are counted from 1, as in the input list; n8n\'s "Item Index" below counts from 0.';

function messageOf(error: unknown): string {
	if (error instanceof ValidationError) return `Invalid "${error.field}": ${error.problem}.`;
	const message = error instanceof Error ? error.message : String(error);
	return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** Items the run never started: nothing was sent for them, so running them again repeats nothing. */
function notStartedNote(failures: ItemFailure[], completed: number[], total: number): string | undefined {
	const started = new Set([...completed, ...failures.map(({ index }) => index)]);
	const notStarted = Array.from({ length: total }, (_, index) => index).filter((index) => !started.has(index));
	if (notStarted.length === 0) return undefined;
	const count = notStarted.length.toLocaleString('en-US');
	return `${notStarted.length === 1 ? 'Item' : 'Items'} ${describeItemNumbers(notStarted)} (${count}) ${notStarted.length === 1 ? 'was' : 'were'} not started: nothing was sent for ${notStarted.length === 1 ? 'it' : 'them'}.`;
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
			throw withItemIndex(context, error, index, count, nothingSent(index));
		}
	}
	return async (index) => await operation.send.call(context, index, settings, checked[index]);
}

const NOTHING_SENT_LEAD = 'Nothing was sent: the node checks every item before it sends anything.';

function nothingSent(index: number): string {
	const item = `item ${index + 1}`;
	return `${NOTHING_SENT_LEAD} Fix ${item} (or turn on Continue On Fail to send the valid items and get an error item for ${item}) and run again.`;
}

/** Any text `nothingSent` writes, for callers that shorten it (tool mode: toolErrors.ts). */
export const NOTHING_SENT_PATTERN = new RegExp(`${NOTHING_SENT_LEAD.replace(/[.]/g, '\\.')} Fix item \\d+ \\(.*?\\) and run again\\.`);

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

/**
 * The error of the item the run stopped on, with `note` added to its description. When the run has
 * several items its message names the item, counted from 1 as the notes count (n8n's own "Item
 * Index" counts from 0, so alone it points one item too early).
 */
function withItemIndex(context: IExecuteFunctions, error: unknown, index: number, total: number, note?: string): Error {
	const named = (message: string) => (total > 1 ? namingItem(message, index) : message);
	if (error instanceof ValidationError) {
		const converted = toNodeOperationError(context.getNode(), error, index);
		if (note) converted.description = `${converted.description ?? ''} ${note}`.trim();
		return converted;
	}
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		error.context.itemIndex ??= index;
		error.message = named(error.message);
		if (note) error.description = `${error.description ?? ''} ${note}`.trim();
		return error;
	}
	const wrapped = new NodeOperationError(context.getNode(), error instanceof Error ? error : String(error), {
		itemIndex: index,
		...(note ? { description: note } : {}),
	});
	wrapped.message = named(wrapped.message);
	return wrapped;
}

/** "Item 3: …", counted from 1 as the node's lists count; a message that names its item already is kept. */
function namingItem(message: string, index: number): string {
	return /\bitem \d/i.test(message) ? message : `Item ${index + 1}: ${message}`;
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
