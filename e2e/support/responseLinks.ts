// Send and Wait as a person meets it, for the suites that run it in a real n8n (single process and
// queue mode): start a workflow that waits, read the response links from the messages INCS (the
// simulator) received, open them as a phone's browser does (GET shows the page, its form POSTs the
// answer), and check what the execution did.

import assert from 'node:assert/strict';

import type { Simulator } from '../../simulator';
import type { N8nClient } from './n8nClient';
import { waitFor } from './wait';
import { chainWorkflow, MANUAL_TRIGGER } from './workflowBuilder';
import type { CredentialRef, Execution, JsonObject, WorkflowJson } from './workflowTypes';

/** What these helpers need of a running setup: the single-process suite's and the queue cluster's. */
export interface WaitHost {
	env: { client: N8nClient; simulator: Simulator; credential: CredentialRef };
}

export const ASK = 'Ask';
export const AFTER = 'After';
export const PHONE = '85291230042';
export const PHONE_BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

export type Links = string[];

export async function startWaiting(context: WaitHost, workflow: WorkflowJson): Promise<{ executionId: string; since: number }> {
	const { client, simulator } = context.env;
	const stored = await client.createWorkflow(workflow);
	const since = simulator.journal.size;
	const executionId = await client.startManually(stored.id, MANUAL_TRIGGER);
	await waitFor(
		async () => {
			const execution = await client.getExecution(executionId);
			if (execution && execution.status !== 'waiting' && execution.status !== 'running' && execution.status !== 'new') {
				throw new Error(`execution ${executionId} ended ${execution.status} instead of waiting: ${JSON.stringify(execution.data?.resultData?.error ?? {})}`);
			}
			return execution?.status === 'waiting' ? execution : undefined;
		},
		{ timeoutMs: 120_000, intervalMs: 250, what: `execution ${executionId} waiting` },
	);
	return { executionId, since };
}

/** The one message INCS received since `since`, and the links in it (button first, then text). */
export function sentLinks(context: WaitHost, since: number, path: string): { body: JsonObject; links: Links } {
	const sends = context.env.simulator.journal.query({ sinceSeq: since, method: 'POST', pathPrefix: '/external/messages/' });
	assert.equal(sends.length, 1, `exactly one message was sent: ${JSON.stringify(sends.map((s) => s.path))}`);
	const [send] = sends;
	assert.equal(send.path, path);
	assert.equal(send.outcome, 'accepted', `${send.code}: ${send.message}`);
	const body = send.body as JsonObject;
	const text = JSON.stringify(body);
	const links = [...text.matchAll(/https?:\/\/[^"\s\\]+\/webhook-waiting\/[^"\s\\]+/g)].map((m) => m[0]);
	assert.ok(links.length > 0, `the message carries a response link: ${text}`);
	return { body, links };
}

export async function open(url: string, method: 'GET' | 'POST' = 'GET', fields: Record<string, string> = {}): Promise<{ status: number; html: string; type: string }> {
	let body: FormData | undefined;
	if (method === 'POST') {
		body = new FormData();
		for (const [name, value] of Object.entries(fields)) body.append(name, value);
	}
	const response = await fetch(url, { method, body, headers: { 'user-agent': PHONE_BROWSER }, redirect: 'manual', signal: AbortSignal.timeout(60_000) });
	return { status: response.status, html: await response.text(), type: response.headers.get('content-type') ?? '' };
}

export async function finished(context: WaitHost, executionId: string, timeoutMs = 120_000): Promise<Execution> {
	const execution = await context.env.client.waitForExecution(executionId, timeoutMs);
	assert.equal(execution.status, 'success', JSON.stringify(execution.data?.resultData?.error ?? {}));
	return execution;
}

export function outputOf(execution: Execution, node: string): unknown[] {
	const runs = execution.data?.resultData?.runData?.[node] ?? [];
	return (runs.at(-1)?.data?.main?.[0] ?? []).map((item) => item.json);
}

export function askWorkflow(name: string, context: WaitHost, parameters: JsonObject): WorkflowJson {
	return chainWorkflow(
		name,
		[
			{ name: ASK, parameters: { resource: 'whatsAppMessage', operation: 'sendAndWait', to: PHONE, message: 'Publish the December campaign?', ...parameters } },
			{ name: AFTER, type: 'n8n-nodes-base.noOp', parameters: {} },
		],
		context.env.credential,
	);
}

/** Opens the link as a person does: the page first, then its button. */
export async function answer(url: string, fields: Record<string, string> = {}): Promise<void> {
	const page = await open(url);
	assert.equal(page.status, 200, page.html.slice(0, 300));
	assert.match(page.type, /text\/html/);
	assert.match(page.html, /<form method="post"/);
	const posted = await open(url, 'POST', fields);
	assert.equal(posted.status, 200, posted.html.slice(0, 300));
	assert.match(posted.html, /your answer was recorded/);
}

export async function assertNoResume(url: string, context: WaitHost, executionId: string, executionsBefore: number, workflowId: string): Promise<void> {
	for (const method of ['GET', 'POST'] as const) {
		const again = await open(url, method);
		assert.equal(again.status, 200, again.html.slice(0, 300));
		assert.match(again.html, /<h1>No action required<\/h1>/, `a second ${method} gets n8n's "no action required" page`);
		assert.doesNotMatch(again.html, /your answer was recorded/, `a second ${method} is not recorded`);
	}
	const after = await context.env.client.getExecution(executionId);
	assert.equal(after?.status, 'success');
	assert.equal((await context.env.client.listExecutions(workflowId)).length, executionsBefore, 'no new execution');
}

export const WHATSAPP = '/external/messages/whatsapp';

/** The response links of every WhatsApp message sent since `since`, message by message. */
export function linksOfMessages(context: WaitHost, since: number): Links[] {
	return context.env.simulator.journal
		.query({ sinceSeq: since, method: 'POST', pathPrefix: WHATSAPP })
		.map((send) => [...JSON.stringify(send.body).matchAll(/https?:\/\/[^"\s\\]+\/webhook-waiting\/[^"\s\\]+/g)].map((m) => m[0]));
}

/** Waits until `count` messages went out and the execution waits again (for the latest one). */
export async function waitingForMessage(context: WaitHost, executionId: string, since: number, count: number): Promise<Links[]> {
	return await waitFor(
		async () => {
			const messages = linksOfMessages(context, since);
			const execution = await context.env.client.getExecution(executionId);
			if (execution && !['waiting', 'running', 'new'].includes(execution.status)) throw new Error(`execution ${executionId} ended ${execution.status}`);
			return messages.length >= count && execution?.status === 'waiting' ? messages : undefined;
		},
		{ timeoutMs: 120_000, intervalMs: 250, what: `message ${count} sent and execution ${executionId} waiting` },
	);
}

/** A link of an earlier question, opened while the node waits for a newer one: nothing happens. */
export async function assertEarlierQuestion(context: WaitHost, url: string, executionId: string): Promise<void> {
	for (const method of ['GET', 'POST'] as const) {
		const page = await open(url, method);
		assert.equal(page.status, 200, page.html.slice(0, 300));
		assert.match(page.html, /<h1>No action required<\/h1>/, `${method} on the earlier link: ${page.html.slice(0, 300)}`);
		assert.match(page.html, /belongs to an earlier question/);
	}
	assert.equal((await context.env.client.getExecution(executionId))?.status, 'waiting', 'still waiting for the newer question');
}

/**
 * The same node asks twice in one execution (an IF node loops back once): the first message's link
 * must not answer the second question, which the person has not seen.
 */
export async function askedAgain(context: WaitHost): Promise<{ executionId: string; first: Links; second: Links }> {
	const workflow = askWorkflow('Send and wait: the same node asks twice', context, {});
	const loop = 'Ask again?';
	workflow.nodes.push({
		id: `loop-${Date.now()}`,
		name: loop,
		type: 'n8n-nodes-base.if',
		typeVersion: 1,
		position: [480, 200],
		// True (its first run): back to Ask; false (its second run): on to After.
		parameters: { conditions: { number: [{ value1: '={{ $runIndex }}', operation: 'equal', value2: 0 }] } },
	});
	workflow.connections[ASK] = { main: [[{ node: loop, type: 'main', index: 0 }]] };
	workflow.connections[loop] = { main: [[{ node: ASK, type: 'main', index: 0 }], [{ node: AFTER, type: 'main', index: 0 }]] };

	const { executionId, since } = await startWaiting(context, workflow);
	const [first] = await waitingForMessage(context, executionId, since, 1);
	assert.match(first[0], /[?&]wait=1(&|$)/, `the first question's link: ${first[0]}`);
	await answer(first[0]);

	const messages = await waitingForMessage(context, executionId, since, 2);
	const second = messages[1];
	assert.match(second[0], /[?&]wait=2(&|$)/, `the second question's link: ${second[0]}`);
	await assertEarlierQuestion(context, first[0], executionId);

	await answer(second[0]);
	const execution = await finished(context, executionId);
	const runs = execution.data?.resultData?.runData?.[ASK] ?? [];
	assert.equal(runs.length, 2, 'Ask ran twice');
	assert.equal(outputOf(execution, AFTER).length, 1, 'the next node ran once, after the second answer');
	assert.equal(linksOfMessages(context, since).length, 2, 'two messages, one per question');
	return { executionId, first, second };
}
