// The INCS Trigger in a published workflow: the simulator posts every callback event to n8n's
// production webhook URL (with the token), plus forged ones, and n8n's recorded executions must
// show exactly the genuine events.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

import type { CallbackInjection } from '../../simulator';
import { assertMatches } from '../support/match';
import { sleep, waitFor } from '../support/wait';
import { chainWorkflow, MANUAL_TRIGGER, triggerWorkflow } from '../support/workflowBuilder';
import type { Execution, ItemJson } from '../support/workflowTypes';
import type { E2eTest, SuiteContext } from './context';
import { ALL_EVENTS, FORGED, GENUINE, TOKEN } from './triggerEvents';

const TRIGGER_NODE = 'INCS Trigger';

function triggerOutput(execution: Execution): ItemJson[] {
	return execution.data?.resultData?.runData?.[TRIGGER_NODE]?.[0]?.data?.main?.[0] ?? [];
}

async function publishTrigger({ env }: SuiteContext): Promise<{ workflowId: string; webhookUrl: string }> {
	const webhookId = randomUUID();
	const stored = await env.client.createWorkflow(
		triggerWorkflow('e2e: INCS Trigger, every event', webhookId, { events: ALL_EVENTS, callbackToken: TOKEN, simplify: true }),
	);
	const publication = await env.client.publishWorkflow(stored.id);
	assert.equal(publication.status, 'published', `publication: ${JSON.stringify(publication)}`);
	return { workflowId: stored.id, webhookUrl: `${env.n8n.url}/webhook/${webhookId}/webhook` };
}

export const triggerTests: E2eTest[] = [
	{
		name: 'trigger: a published workflow records one execution per genuine event and none for forged ones',
		async run(context) {
			const { env } = context;
			const { workflowId, webhookUrl } = await publishTrigger(context);
			const previous = env.simulator.options;
			env.simulator.setOptions({ callbackUrl: webhookUrl, callbackToken: TOKEN });
			try {
				for (const { injection, expected } of GENUINE) {
					const delivery = await env.simulator.injectCallback(injection);
					assert.equal(delivery.statusCode, 200, `${String(expected.event)} delivery: ${JSON.stringify(delivery)}`);
				}
				for (const { label, injection } of FORGED) {
					const delivery = await env.simulator.injectCallback(injection);
					assert.equal(delivery.statusCode, 401, `forged (${label}) must be refused: ${JSON.stringify(delivery)}`);
				}
			} finally {
				env.simulator.setOptions({ callbackUrl: previous.callbackUrl, callbackToken: previous.callbackToken });
			}

			const executions = await waitFor(
				async () => {
					const list = await env.client.listExecutions(workflowId);
					const done = list.filter((e) => e.finished || e.status === 'success' || e.status === 'error');
					return done.length >= GENUINE.length ? list : undefined;
				},
				{ timeoutMs: 300_000, intervalMs: 500, what: `${GENUINE.length} trigger executions` },
			);
			// Give a stray execution (from a forged callback) time to show up before counting.
			await sleep(1000);
			const all = await env.client.listExecutions(workflowId);
			assert.equal(all.length, GENUINE.length, `executions: ${all.length} (expected ${GENUINE.length})`);
			assert.ok(executions.every((e) => e.mode === 'webhook' && e.status === 'success'), 'all webhook runs succeeded');

			// Executions come newest first; match each expected event to one recorded output.
			const outputs = all.map((execution) => triggerOutput(execution).map((item) => item.json));
			for (const { expected } of GENUINE) {
				const index = outputs.findIndex((items) => {
					try {
						assertMatches([expected], items, 'trigger output');
						return true;
					} catch {
						return false;
					}
				});
				assert.notEqual(index, -1, `no execution emitted ${JSON.stringify(expected)}; outputs: ${JSON.stringify(outputs).slice(0, 3000)}`);
				outputs.splice(index, 1);
			}
		},
	},
	{
		name: 'trigger: events that are not selected are acknowledged without an execution',
		async run(context) {
			const { env } = context;
			const webhookId = randomUUID();
			const stored = await env.client.createWorkflow(
				triggerWorkflow('e2e: INCS Trigger, status only', webhookId, {
					events: ['message_status_update'],
					filters: { messageStatuses: ['read'] },
				}),
			);
			const publication = await env.client.publishWorkflow(stored.id);
			assert.equal(publication.status, 'published');
			const url = `${env.n8n.url}/webhook/${webhookId}/webhook`;
			const inject = (injection: CallbackInjection) => env.simulator.injectCallback({ ...injection, url, token: null });
			assert.equal((await inject({ kind: 'whatsappMessage', from: '85291234567', text: 'not selected' })).statusCode, 200);
			assert.equal((await inject({ kind: 'messageStatus', messageId: 'wamid.F1', status: 'delivered' })).statusCode, 200);
			assert.equal((await inject({ kind: 'messageStatus', messageId: 'wamid.F2', status: 'read' })).statusCode, 200);
			const executions = await waitFor(
				async () => {
					const list = await env.client.listExecutions(stored.id);
					return list.length >= 1 ? list : undefined;
				},
				{ timeoutMs: 180_000, intervalMs: 300, what: 'the status execution' },
			);
			await sleep(1000);
			const all = await env.client.listExecutions(stored.id);
			assert.equal(all.length, 1, `only the "read" status starts the workflow, got ${executions.length}`);
			assertMatches([{ event: 'message_status_update', messageId: 'wamid.F2', status: 'read' }], triggerOutput(all[0]).map((i) => i.json), 'output');
		},
	},
	{
		name: 'trigger: a WhatsApp send made by n8n comes back as sent, delivered and read status executions',
		async run(context) {
			const { env } = context;
			const webhookId = randomUUID();
			const receiver = await env.client.createWorkflow(
				triggerWorkflow('e2e: INCS Trigger, statuses of our sends', webhookId, { events: ['message_status_update'], callbackToken: TOKEN }),
			);
			assert.equal((await env.client.publishWorkflow(receiver.id)).status, 'published');
			const previous = env.simulator.options;
			env.simulator.setOptions({ callbackUrl: `${env.n8n.url}/webhook/${webhookId}/webhook`, callbackToken: TOKEN });
			try {
				const sender = await env.client.createWorkflow(
					chainWorkflow(
						'e2e: send that reports back',
						[{ name: 'Send', parameters: { resource: 'whatsAppMessage', operation: 'send', to: '85291238888', messageType: 'text', text: 'Status please' } }],
						env.credential,
					),
				);
				const since = env.simulator.journal.size;
				const run = await env.client.runManually(sender.id, MANUAL_TRIGGER);
				assert.equal(run.status, 'success');
				const [send] = env.simulator.journal.acceptedSends('whatsapp').filter((entry) => entry.seq > since);
				assert.ok(send?.callbackMessageId, 'the simulator accepted the send');
				await env.simulator.settled();
				const executions = await waitFor(
					async () => {
						const list = await env.client.listExecutions(receiver.id);
						return list.length >= 3 ? list : undefined;
					},
					{ timeoutMs: 180_000, intervalMs: 300, what: 'three status executions' },
				);
				const statuses = executions
					.map((execution) => triggerOutput(execution)[0]?.json)
					.filter((json) => json?.messageId === send.callbackMessageId)
					.map((json) => json?.status)
					.sort();
				assert.deepEqual(statuses, ['delivered', 'read', 'sent']);
			} finally {
				env.simulator.setOptions({ callbackUrl: previous.callbackUrl, callbackToken: previous.callbackToken });
			}
		},
	},
	{
		name: 'trigger: versions 1 and 1.1 take JSON, undeclared bodies and bigint IDs alike',
		async run(context) {
			const { env } = context;
			// Version 1.1 gets bodies n8n does not parse (no Content-Type, octet-stream) unread and
			// reads them itself; version 1 (workflows saved before 1.1) must keep working.
			const bodies: Array<{ contentType: string | null; body: string }> = [
				{ contentType: 'application/json', body: '{"event":"message_status_update","message":{"id":"wamid.V1","status":"delivered"}}' },
				{ contentType: null, body: '{"event":"message_status_update","message":{"id":"wamid.V2","status":"read"}}' },
				{ contentType: 'application/octet-stream', body: '{"event":"message_created","message":{"id":12345678901234567891,"custom_id":98765432109876543210}}' },
			];
			for (const typeVersion of [1, 1.1]) {
				const webhookId = randomUUID();
				const stored = await env.client.createWorkflow(
					triggerWorkflow(`e2e: INCS Trigger v${typeVersion}, body kinds`, webhookId, { events: ['message_status_update', 'message_created'], simplify: false }, typeVersion),
				);
				assert.equal((await env.client.publishWorkflow(stored.id)).status, 'published');
				const url = `${env.n8n.url}/webhook/${webhookId}/webhook`;
				for (const { contentType, body } of bodies) {
					const headers: Record<string, string> = contentType === null ? {} : { 'content-type': contentType };
					// fetch labels a string body text/plain unless it is given as bytes.
					const response = await fetch(url, { method: 'POST', headers, body: new TextEncoder().encode(body) });
					assert.equal(response.status, 200, `v${typeVersion} ${String(contentType)}: ${response.status} ${await response.text()}`);
				}
				const executions = await waitFor(
					async () => {
						const list = await env.client.listExecutions(stored.id);
						return list.filter((e) => e.status === 'success').length >= bodies.length ? list : undefined;
					},
					{ timeoutMs: 180_000, intervalMs: 300, what: `v${typeVersion}: ${bodies.length} executions` },
				);
				const outputs = executions.map((execution) => triggerOutput(execution).map((item) => item.json)).flat();
				const ids = outputs.map((json) => (json.message as { id?: unknown } | undefined)?.id).sort();
				assert.deepEqual(ids, ['12345678901234567891', 'wamid.V1', 'wamid.V2'], `v${typeVersion} outputs: ${JSON.stringify(outputs)}`);
			}
		},
	},
];
