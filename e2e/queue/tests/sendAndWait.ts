// Send and Wait for Response in queue mode: the question goes out from a worker, the links point
// at the webhook processor (n8n's WEBHOOK_URL), and the answer resumes the execution on a worker.
// The same node asks twice, so the question number kept in the execution's custom data must
// travel through PostgreSQL between the processes: the first message's link must not answer the
// second question.

import assert from 'node:assert/strict';

import { askedAgain } from '../../support/responseLinks';
import type { QueueTest } from '../context';

export const sendAndWaitTests: QueueTest[] = [
	{
		name: "send and wait: a node asks twice on the workers, answered at the webhook processor; the first message's link does not answer the second question",
		async run({ cluster, simulator, credential }) {
			const { executionId, first, second } = await askedAgain({ env: { client: cluster.client, simulator, credential } });
			for (const link of [...first, ...second]) assert.ok(link.startsWith(`${cluster.webhookUrl}/webhook-waiting/`), `the link ${link} points at the webhook processor`);
			assert.ok(cluster.workerOf(executionId) !== undefined, `no worker log names execution ${executionId}`);
		},
	},
];
