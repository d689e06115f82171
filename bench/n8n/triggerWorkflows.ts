// The three callback receivers compared: the INCS Trigger at each type version, and n8n's own
// Webhook node (v2, POST, answering at once, no expressions anywhere) as the reference n8n
// treats most cheaply. All answer INCS with 200 before the execution runs.

import { randomUUID } from 'node:crypto';

import { triggerWorkflow } from '../../e2e/support/workflowBuilder';
import type { N8nClient } from '../../e2e/support/n8nClient';
import type { WorkflowJson } from '../../e2e/support/workflowTypes';

/** The events the INCS Trigger listens to; the "unselected" bodies carry other events. */
export const SELECTED_EVENTS = ['message_status_update', 'new_whatsapp_message'];

export interface Receiver {
	/** Row label, e.g. "INCS v1.1". */
	label: string;
	kind: 'incs' | 'webhookNode';
	version: number;
}

export interface PublishedReceiver extends Receiver {
	workflowId: string;
	url: string;
}

export const WEBHOOK_NODE: Receiver = { label: 'Webhook node v2', kind: 'webhookNode', version: 2 };

export function incsReceiver(version: number): Receiver {
	return { label: `INCS v${version}`, kind: 'incs', version };
}

function incsWorkflow(receiver: Receiver, webhookId: string): WorkflowJson {
	const workflow = triggerWorkflow(`bench: ${receiver.label}`, webhookId, { events: SELECTED_EVENTS });
	return { ...workflow, nodes: workflow.nodes.map((node) => ({ ...node, typeVersion: receiver.version })) };
}

/** Same URL shape as the INCS Trigger's (`<uuid>/webhook`), so route lookup costs the same. */
function webhookNodeWorkflow(receiver: Receiver, webhookId: string): WorkflowJson {
	return {
		name: `bench: ${receiver.label}`,
		nodes: [
			{
				id: randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: receiver.version,
				position: [0, 0],
				webhookId,
				parameters: { httpMethod: 'POST', path: `${webhookId}/webhook`, responseMode: 'onReceived', options: {} },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}

/** Creates and publishes the receiver's workflow; `webhookBaseUrl` is where its production URL lives. */
export async function publishReceiver(client: N8nClient, receiver: Receiver, webhookBaseUrl: string): Promise<PublishedReceiver> {
	const webhookId = randomUUID();
	const workflow = receiver.kind === 'incs' ? incsWorkflow(receiver, webhookId) : webhookNodeWorkflow(receiver, webhookId);
	const stored = await client.createWorkflow(workflow);
	const publication = await client.publishWorkflow(stored.id);
	if (publication.status !== 'published') throw new Error(`${receiver.label} was not published: ${JSON.stringify(publication)}`);
	return { ...receiver, workflowId: stored.id, url: `${webhookBaseUrl}/webhook/${webhookId}/webhook` };
}
