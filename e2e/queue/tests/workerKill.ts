// A worker killed (SIGKILL, like an OOM kill or a lost host) in the middle of a campaign. n8n 2.41
// never runs such a job again: it fixes Bull's maxStalledCount at 0 (QUEUE_WORKER_MAX_STALLED_COUNT
// is ignored), so once the dead worker's lock expires the next stalled-job check fails the job, and
// main marks the execution `error` after a 30 s grace re-check. The journal must show that nothing
// INCS accepted was sent twice and nothing was sent after the kill; what the user sees is recorded.
// Runs last: it leaves one worker.

import assert from 'node:assert/strict';

import { acceptedSends, createCampaign, deliveryOf, startCampaign } from '../campaign';
import type { QueueTest } from '../context';
import { sleep, waitFor } from '../../support/wait';
import type { Execution } from '../../support/workflowTypes';

const ITEMS = 300;
/** About 12 s for the whole campaign: the kill lands well inside it. */
const LIMIT = { ratePerSecond: 25, burst: 5 };
const KILL_AFTER_ACCEPTED = 100;
/** Requests already on the wire when the worker died may still arrive this long after. */
const IN_FLIGHT_MS = 1000;
/** After the execution ended, how long to watch for a re-run. */
const WATCH_MS = 15_000;
const TERMINAL = new Set(['success', 'error', 'crashed', 'canceled']);
/** n8n's text for an execution whose job stalled (errors/max-stalled-count.error). */
const STALLED_MESSAGE = /failed to be processed too many times/;

export const workerKillTests: QueueTest[] = [
	{
		name: 'worker killed mid-campaign: n8n does not run it again, nothing INCS accepted is sent twice, the execution ends in error',
		async run(context) {
			const { cluster, simulator, credential } = context;
			const campaign = await createCampaign(cluster.client, credential, 'queue: campaign whose worker dies', '8529300', ITEMS);
			const previous = simulator.options.rateLimit;
			simulator.setOptions({ rateLimit: LIMIT });
			try {
				const since = simulator.journal.size;
				const executionId = await startCampaign(cluster.client, campaign);
				await waitFor(async () => (acceptedSends(simulator, campaign, since).length >= KILL_AFTER_ACCEPTED ? true : undefined), {
					timeoutMs: 120_000,
					intervalMs: 20,
					what: `${KILL_AFTER_ACCEPTED} accepted sends`,
				});
				const worker = cluster.workerOf(executionId);
				assert.ok(worker !== undefined, `no worker log names execution ${executionId}`);
				const killedAt = Date.now();
				await cluster.killWorker(worker);
				const atKill = acceptedSends(simulator, campaign, since).length;

				const execution = await waitFor(
					async () => {
						const current = await cluster.client.getExecution(executionId);
						return current && TERMINAL.has(current.status) ? current : undefined;
					},
					{ timeoutMs: 240_000, intervalMs: 1000, what: `execution ${executionId} to end after its worker died` },
				);
				const endedAfter = (Date.now() - killedAt) / 1000;
				await sleep(WATCH_MS);
				const accepted = acceptedSends(simulator, campaign, since);
				const late = accepted.filter((entry) => entry.time > killedAt + IN_FLIGHT_MS);
				const delivery = deliveryOf(campaign, accepted);
				const error = errorText(execution);
				const sendOutput = execution.data?.resultData?.runData?.Send?.[0]?.data?.main?.[0]?.length ?? 0;
				const summary =
					`killed worker ${worker + 1} at ${atKill} of ${ITEMS} accepted; ${accepted.length} accepted in all ` +
					`(${delivery.duplicated.length} twice, ${late.length} after the kill); execution ${execution.status} ` +
					`${endedAfter.toFixed(0)} s after the kill: "${error}"; Send node output items in the execution: ${sendOutput}`;
				console.log(`    ${summary}`);
				context.report.set('worker kill', summary);

				assert.deepEqual(delivery.duplicated, [], 'recipients INCS accepted twice');
				assert.deepEqual(delivery.strangers, [], 'sends outside the campaign');
				assert.equal(late.length, 0, `sends after the kill (a re-run): ${late.length}`);
				assert.ok(accepted.length < ITEMS, 'the campaign stopped with the worker');
				assert.equal(execution.status, 'error', `status ${execution.status}`);
				assert.match(error, STALLED_MESSAGE);
			} finally {
				simulator.setOptions({ rateLimit: previous });
			}
		},
	},
];

function errorText(execution: Execution): string {
	return execution.data?.resultData?.error?.message ?? '(no error message)';
}
