// INCS callbacks posted straight to published production webhooks of a running n8n, for each
// receiver (INCS Trigger versions, n8n's Webhook node) with the same bodies, in blocks interleaved
// round by round. After each block the bench waits until n8n has finished the runs it started, so
// no block's executions spill into the next one's measurement, and at the end it checks that every
// callback that should start a run did (and no unselected one did).

import type { N8nClient } from '../../e2e/support/n8nClient';
import { callbackBodies } from '../sections/trigger';
import { median } from '../lib/stats';
import { countExecutions, waitForExecutions } from './executions';
import { postAll } from './load';
import { publishReceiver, type PublishedReceiver, type Receiver } from './triggerWorkflows';

export type EventKind = 'selected' | 'unselected';

export interface CallbackConfig {
	callbacks: number;
	concurrency: number;
	rounds: number;
	/** Untimed callbacks per receiver and kind first. */
	warmUp: number;
}

/** Named CPU meters (cumulative ms), e.g. all of n8n, or only the webhook processor. */
export type CpuMeters = Record<string, () => number>;

export interface BlockResult {
	receiver: string;
	events: EventKind;
	round: number;
	perSecond: number;
	p50Ms: number;
	p95Ms: number;
	failed: number;
	firstFailure?: string;
	/** After the last answer, until n8n had finished every run the block started. */
	drainMs: number;
	/** n8n's CPU per callback over the block (posting and finishing its runs), per meter. */
	cpuMsPerCallback: Record<string, number>;
}

export interface ReceiverFigures {
	receiver: string;
	events: EventKind;
	/** Medians over the rounds. */
	perSecond: number;
	p50Ms: number;
	/** Callbacks ÷ (posting + finishing their runs). */
	processedPerSecond: number;
	cpuMsPerCallback: Record<string, number>;
	failed: number;
}

export interface ExecutionCheck {
	receiver: string;
	expected: number;
	counted: number;
	/** Runs that should have started and did not. */
	lost: number;
	/** Runs nobody asked for (e.g. an unselected event that started one). */
	extra: number;
	errors: number;
}

export interface CallbackComparison {
	figures: ReceiverFigures[];
	executions: ExecutionCheck[];
	blocks: BlockResult[];
}

interface Block {
	receiver: PublishedReceiver;
	events: EventKind;
}

/** Runs a receiver starts for a block: the Webhook node starts one for every callback. */
function runsStarted(receiver: Receiver, events: EventKind, callbacks: number): number {
	return receiver.kind === 'webhookNode' || events === 'selected' ? callbacks : 0;
}

export async function publishReceivers(client: N8nClient, receivers: readonly Receiver[], webhookBaseUrl: string): Promise<PublishedReceiver[]> {
	const published: PublishedReceiver[] = [];
	for (const receiver of receivers) published.push(await publishReceiver(client, receiver, webhookBaseUrl));
	return published;
}

export async function compareReceivers(
	client: N8nClient,
	receivers: readonly PublishedReceiver[],
	config: CallbackConfig,
	cpu: CpuMeters,
	log: (line: string) => void,
): Promise<CallbackComparison> {
	const bodies = callbackBodies(config.callbacks * 2);
	const bodiesFor = (events: EventKind) => (events === 'selected' ? bodies.selected : bodies.filtered);
	const expected = new Map(receivers.map((r) => [r.workflowId, 0]));
	const plan: Block[] = (['selected', 'unselected'] as const).flatMap((events) => receivers.map((receiver) => ({ receiver, events })));

	const readCpu = () => Object.fromEntries(Object.entries(cpu).map(([name, meter]) => [name, meter()]));
	const run = async (block: Block, count: number) => {
		const cpuBefore = readCpu();
		const load = await postAll(block.receiver.url, bodiesFor(block.events).slice(0, count), config.concurrency);
		const target = (expected.get(block.receiver.workflowId) ?? 0) + runsStarted(block.receiver, block.events, count);
		expected.set(block.receiver.workflowId, target);
		const drain = await waitForExecutions(client, block.receiver.workflowId, target);
		const cpuAfter = readCpu();
		const cpuMsPerCallback = Object.fromEntries(Object.keys(cpu).map((name) => [name, (cpuAfter[name] - cpuBefore[name]) / count]));
		return { load, drainMs: drain.ms, cpuMsPerCallback };
	};

	for (const block of plan) await run(block, config.warmUp);

	const blocks: BlockResult[] = [];
	for (let round = 0; round < config.rounds; round++) {
		// Rotated each round, so no receiver always runs right after the same neighbour.
		const shift = (round * 2) % plan.length;
		const order = [...plan.slice(shift), ...plan.slice(0, shift)];
		for (const block of order) {
			const { load, drainMs, cpuMsPerCallback } = await run(block, config.callbacks);
			blocks.push({
				receiver: block.receiver.label,
				events: block.events,
				round: round + 1,
				perSecond: load.perSecond,
				p50Ms: load.p50Ms,
				p95Ms: load.p95Ms,
				failed: load.failed,
				firstFailure: load.firstFailure,
				drainMs,
				cpuMsPerCallback,
			});
		}
		const line = blocks
			.filter((b) => b.round === round + 1)
			.map((b) => `${b.receiver} ${b.events === 'selected' ? 'sel' : 'unsel'} ${b.perSecond.toFixed(0)}/s`)
			.join(', ');
		log(`    round ${round + 1}/${config.rounds}: ${line}`);
	}

	const figures: ReceiverFigures[] = plan.map(({ receiver, events }) => {
		const mine = blocks.filter((b) => b.receiver === receiver.label && b.events === events);
		return {
			receiver: receiver.label,
			events,
			perSecond: median(mine.map((b) => b.perSecond)),
			p50Ms: median(mine.map((b) => b.p50Ms)),
			processedPerSecond: median(mine.map((b) => (config.callbacks * 1000) / ((config.callbacks * 1000) / b.perSecond + b.drainMs))),
			cpuMsPerCallback: Object.fromEntries(Object.keys(cpu).map((name) => [name, median(mine.map((b) => b.cpuMsPerCallback[name]))])),
			failed: mine.reduce((total, b) => total + b.failed, 0),
		};
	});
	const executions: ExecutionCheck[] = [];
	for (const receiver of receivers) {
		const want = expected.get(receiver.workflowId) ?? 0;
		const counted = await countExecutions(client, receiver.workflowId);
		const errors = await countExecutions(client, receiver.workflowId, ['error', 'crashed']);
		executions.push({ receiver: receiver.label, expected: want, counted, lost: Math.max(0, want - counted), extra: Math.max(0, counted - want), errors });
	}
	return { figures, executions, blocks };
}
