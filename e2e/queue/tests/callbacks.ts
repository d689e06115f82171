// INCS callbacks at volume through the webhook processor: a published INCS Trigger gets 3,000
// genuine callbacks (10 at a time, each with its own ID in the text) and some forged ones. Exactly
// one execution per genuine callback must appear (none lost, none twice), forged ones are
// answered 401 and start nothing. The webhook processor's rate is recorded for the operators' doc.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

import type { CallbackInjection } from '../../../simulator';
import { inLanes } from '../../support/pool';
import { sleep, waitFor } from '../../support/wait';
import { triggerWorkflow } from '../../support/workflowBuilder';
import type { Execution } from '../../support/workflowTypes';
import type { QueueContext, QueueTest } from '../context';

const GENUINE = 3000;
const LANES = 10;
/** About every 100th request is forged (wrong token or none): 30 of them, spread through the run. */
const FORGED_EVERY = 100;
const TOKEN = 'queueCallbackToken7';
const TRIGGER_NODE = 'INCS Trigger';

function callbackText(index: number): string {
	return `queue-callback-${index}`;
}

function triggerText(execution: Execution): string | undefined {
	const json = execution.data?.resultData?.runData?.[TRIGGER_NODE]?.[0]?.data?.main?.[0]?.[0]?.json;
	return typeof json?.text === 'string' ? json.text : undefined;
}

async function publishTrigger({ cluster }: QueueContext): Promise<{ workflowId: string; url: string }> {
	const webhookId = randomUUID();
	const stored = await cluster.client.createWorkflow(
		triggerWorkflow('queue: INCS Trigger at volume', webhookId, { events: ['new_whatsapp_message'], callbackToken: TOKEN, simplify: true }),
	);
	const publication = await cluster.client.publishWorkflow(stored.id);
	assert.equal(publication.status, 'published', JSON.stringify(publication));
	return { workflowId: stored.id, url: `${cluster.webhookUrl}/webhook/${webhookId}/webhook` };
}

/** The webhook processor learns of the published workflow from the database: a forged call answers 401 once it does. */
async function waitUntilLive(context: QueueContext, url: string): Promise<void> {
	await waitFor(
		async () => {
			const delivery = await context.simulator.injectCallback({ kind: 'whatsappMessage', from: '85290000000', text: 'probe', url, token: 'wrong' });
			return delivery.statusCode === 401 ? true : undefined;
		},
		{ timeoutMs: 60_000, intervalMs: 250, what: 'the trigger on the webhook processor' },
	);
}

interface PlannedCallback {
	forged: boolean;
	injection: CallbackInjection;
}

/** The genuine callbacks in order, with a forged one (wrong token, then none, alternately) after every 99th. */
function plan(url: string): PlannedCallback[] {
	const planned: PlannedCallback[] = [];
	for (let index = 0; index < GENUINE; index++) {
		const from = `8529${String(index).padStart(7, '0')}`;
		planned.push({ forged: false, injection: { kind: 'whatsappMessage', from, text: callbackText(index), url, token: TOKEN } });
		if (index % (FORGED_EVERY - 1) === FORGED_EVERY - 2) {
			const token = planned.length % 2 === 0 ? 'not-the-token' : null;
			planned.push({ forged: true, injection: { kind: 'whatsappMessage', from: '85290000001', text: `forged-${index}`, url, token } });
		}
	}
	return planned;
}

export const callbackTests: QueueTest[] = [
	{
		name: 'callbacks: 3,000 genuine callbacks to the webhook processor give exactly 3,000 executions; forged ones 401 and none',
		async run(context) {
			const { cluster, simulator } = context;
			const { workflowId, url } = await publishTrigger(context);
			await waitUntilLive(context, url);

			const callbacks = plan(url);

			const started = Date.now();
			const statuses = await inLanes(callbacks.length, LANES, async (index) => (await simulator.injectCallback(callbacks[index].injection)).statusCode);
			const seconds = (Date.now() - started) / 1000;
			const genuineStatuses = callbacks.flatMap((entry, index) => (entry.forged ? [] : [statuses[index]]));
			const forgedStatuses = callbacks.flatMap((entry, index) => (entry.forged ? [statuses[index]] : []));
			const rate = callbacks.length / seconds;
			context.report.set('callbacks/s (webhook processor)', `${rate.toFixed(0)} callbacks/s: ${callbacks.length} callbacks (${GENUINE} genuine, ${forgedStatuses.length} forged) in ${seconds.toFixed(1)} s, ${LANES} at a time`);
			console.log(`    webhook processor: ${callbacks.length} callbacks in ${seconds.toFixed(1)} s = ${rate.toFixed(0)}/s`);
			assert.deepEqual([...new Set(genuineStatuses)], [200], `genuine callbacks answered ${JSON.stringify(countBy(genuineStatuses))}`);
			assert.deepEqual([...new Set(forgedStatuses)], [401], `forged callbacks answered ${JSON.stringify(countBy(forgedStatuses))}`);

			// Workers drain the queue after the webhook processor has answered INCS.
			const drained = Date.now();
			await waitFor(
				async () => {
					const list = await cluster.client.allExecutions(workflowId, false);
					const finished = list.filter((execution) => execution.status !== 'running' && execution.status !== 'new');
					return finished.length >= GENUINE ? true : undefined;
				},
				{ timeoutMs: 240_000, intervalMs: 2000, what: `${GENUINE} executions` },
			);
			const drainSeconds = (Date.now() - drained) / 1000;
			// A stray execution (a forged callback, a duplicate) gets time to show up before counting.
			await sleep(2000);
			const executions = await cluster.client.allExecutions(workflowId, true);
			const endToEnd = (Date.now() - started) / 1000;
			context.report.set('callbacks end to end', `${GENUINE} executions finished ${endToEnd.toFixed(1)} s after the first callback (${drainSeconds.toFixed(1)} s after the last was answered)`);

			const notSuccess = executions.filter((execution) => execution.status !== 'success' || execution.mode !== 'webhook');
			assert.equal(notSuccess.length, 0, `not successful webhook runs: ${JSON.stringify(notSuccess.slice(0, 3).map((e) => [e.id, e.status, e.mode]))}`);
			const texts = executions.map(triggerText);
			const seen = new Map<string, number>();
			for (const text of texts) if (text !== undefined) seen.set(text, (seen.get(text) ?? 0) + 1);
			const expected = Array.from({ length: GENUINE }, (_, index) => callbackText(index));
			const lost = expected.filter((text) => !seen.has(text));
			const twice = [...seen].filter(([, count]) => count > 1).map(([text]) => text);
			const strangers = [...seen.keys()].filter((text) => !text.startsWith('queue-callback-'));
			assert.equal(executions.length, GENUINE, `executions: ${executions.length}; lost ${lost.length}, twice ${twice.length}, other ${strangers.length}`);
			assert.deepEqual({ lost: lost.slice(0, 5), twice: twice.slice(0, 5), strangers: strangers.slice(0, 5) }, { lost: [], twice: [], strangers: [] });
		},
	},
];

function countBy(values: Array<number | null>): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
	return counts;
}
