// Every workflow in examples/ (the README's and the demo's) runs in a real n8n against the
// simulator: those with a Manual Trigger are executed (one that asks for approval first gets its
// question approved through the link in the message), those with an INCS Trigger are published
// and fed an inbound WhatsApp message.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { exampleFiles, importExample, type ImportedExample } from '../support/examples';
import { answer, finished, waitingForMessage } from '../support/responseLinks';
import { waitFor } from '../support/wait';
import type { Execution, WorkflowJson } from '../support/workflowTypes';
import type { E2eTest, SuiteContext } from './context';

function failure(execution: Execution): string {
	const result = execution.data?.resultData;
	const nodeErrors = Object.entries(result?.runData ?? {}).flatMap(([node, runs]) =>
		runs.filter((run) => run.error).map((run) => `${node}: ${run.error?.message ?? ''}`),
	);
	return [result?.error?.message, ...nodeErrors].filter(Boolean).join(' | ');
}

/** Runs the example; one that waits for an answer (Send and Wait) gets the first link of its question. */
async function runToEnd(example: ImportedExample, triggerName: string, waits: boolean, context: SuiteContext): Promise<Execution> {
	const { client } = context.env;
	if (!waits) return await client.runManually(example.id, triggerName);
	const since = context.env.simulator.journal.size;
	const executionId = await client.startManually(example.id, triggerName);
	const [question] = await waitingForMessage(context, executionId, since, 1);
	await answer(question[0]);
	return await finished(context, executionId);
}

async function runManualExample(example: ImportedExample, triggerName: string, waits: boolean, context: SuiteContext): Promise<void> {
	const { env } = context;
	const since = env.simulator.journal.size;
	const execution = await runToEnd(example, triggerName, waits, context);
	assert.equal(execution.status, 'success', `execution ${execution.id}: ${failure(execution)}`);
	const requests = env.simulator.journal.query({ sinceSeq: since });
	assert.ok(requests.length > 0, 'the example called INCS');
	if (waits) {
		const sends = requests.filter((entry) => entry.method === 'POST' && entry.path.startsWith('/external/messages/'));
		assert.ok(sends.length > 1, `after the approval the workflow sent more than the question: ${sends.length} message(s)`);
	}
	const rejected = requests.filter((entry) => entry.outcome !== 'accepted');
	assert.deepEqual(rejected.map((e) => `${e.method} ${e.path} ${e.code}: ${e.message}`), [], 'INCS accepted every request');
}

async function runTriggeredExample(example: ImportedExample, { env }: SuiteContext): Promise<void> {
	assert.ok(example.published, 'the workflow is published');
	const before = (await env.client.listExecutions(example.id)).length;
	const since = env.simulator.journal.size;
	const delivery = await env.simulator.injectCallback({
		kind: 'whatsappMessage',
		from: '85291237777',
		text: 'Hello from the examples test',
		url: example.triggerUrls[0],
		token: example.callbackToken ?? null,
	});
	assert.equal(delivery.statusCode, 200, JSON.stringify(delivery));
	const executions = await waitFor(
		async () => {
			const list = await env.client.listExecutions(example.id);
			return list.length > before && list.every((e) => e.status !== 'running' && e.status !== 'new') ? list : undefined;
		},
		{ timeoutMs: 180_000, intervalMs: 300, what: `an execution of "${example.name}"` },
	);
	const latest = executions[0];
	assert.equal(latest.status, 'success', `execution ${latest.id}: ${failure(latest)}`);
	const rejected = env.simulator.journal.query({ sinceSeq: since }).filter((entry) => entry.outcome !== 'accepted');
	assert.equal(rejected.length, 0, 'INCS accepted every request the workflow made');
}

export function exampleTests(): E2eTest[] {
	return exampleFiles().map((file) => {
		const workflow = JSON.parse(readFileSync(file, 'utf8')) as WorkflowJson;
		const manual = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
		const waits = workflow.nodes.some((node) => node.parameters.operation === 'sendAndWait');
		return {
			name: `example: ${workflow.name} (${path.basename(file)})`,
			async run(context: SuiteContext) {
				context.env.simulator.reset();
				const example = await importExample(context.env.client, context.env.credential, context.env.n8n.url, file);
				if (manual) await runManualExample(example, manual.name, waits, context);
				else await runTriggeredExample(example, context);
			},
		};
	});
}
