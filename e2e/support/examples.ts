// Imports the workflows in examples/ into n8n, wired to the simulator credential, and publishes
// the ones that start with an INCS Trigger (the demo, and the suite that runs every example).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { CREDENTIAL_TYPE, INCS_TRIGGER_TYPE } from './incs';
import type { N8nClient } from './n8nClient';
import { EXAMPLES_DIR } from './paths';
import type { CredentialRef, WorkflowJson } from './workflowTypes';

export interface ImportedExample {
	id: string;
	name: string;
	workflow: WorkflowJson;
	/** Production URLs of its INCS Triggers (empty when it has none). */
	triggerUrls: string[];
	/** A plain callback token set on its trigger, to append to the URL. */
	callbackToken?: string;
	created: boolean;
	published: boolean;
}

export function exampleFiles(dir = EXAMPLES_DIR): string[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => path.join(dir, name));
}

function withCredential(workflow: WorkflowJson, credential: CredentialRef): WorkflowJson {
	return {
		...workflow,
		nodes: workflow.nodes.map((node) =>
			node.credentials?.[CREDENTIAL_TYPE] ? { ...node, credentials: { ...node.credentials, [CREDENTIAL_TYPE]: credential } } : node,
		),
	};
}

export async function importExample(client: N8nClient, credential: CredentialRef, n8nUrl: string, file: string): Promise<ImportedExample> {
	const workflow = withCredential(JSON.parse(readFileSync(file, 'utf8')) as WorkflowJson, credential);
	// A restarted demo keeps the user's edits: import only what is not there yet.
	const existing = await client.findWorkflowByName(workflow.name);
	const stored = existing ?? (await client.createWorkflow(workflow));
	const triggers = workflow.nodes.filter((node) => node.type === INCS_TRIGGER_TYPE && !node.disabled);
	const token = triggers
		.map((node) => node.parameters.callbackToken)
		.find((value): value is string => typeof value === 'string' && value !== '' && !value.startsWith('='));
	const published = triggers.length > 0 && (await client.publishWorkflow(stored.id)).status === 'published';
	return {
		id: stored.id,
		name: workflow.name,
		workflow,
		triggerUrls: triggers.map((node) => `${n8nUrl}/webhook/${String(node.webhookId)}/webhook`),
		callbackToken: token,
		created: existing === undefined,
		published,
	};
}

export async function importExamples(client: N8nClient, credential: CredentialRef, n8nUrl: string): Promise<ImportedExample[]> {
	const imported: ImportedExample[] = [];
	for (const file of exampleFiles()) imported.push(await importExample(client, credential, n8nUrl, file));
	return imported;
}
