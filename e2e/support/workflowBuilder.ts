// Builds the workflows the suite runs: a Manual Trigger followed by a chain of nodes (INCS nodes
// get the simulator credential), or an INCS Trigger on its own.

import { randomUUID } from 'node:crypto';

import { CREDENTIAL_TYPE, INCS_NODE_TYPE, INCS_TRIGGER_TYPE } from './incs';
import type { Connections, CredentialRef, JsonObject, WorkflowJson, WorkflowNode } from './workflowTypes';

export const MANUAL_TRIGGER = 'Manual Trigger';

export interface ChainNode {
	name: string;
	/** Defaults to the INCS action node. */
	type?: string;
	typeVersion?: number;
	parameters: JsonObject;
	/** n8n's "On Error" setting, e.g. `continueRegularOutput`. */
	onError?: string;
}

export function chainWorkflow(name: string, chain: ChainNode[], credential: CredentialRef, items?: JsonObject[]): WorkflowJson {
	const nodes: WorkflowNode[] = [
		{
			id: randomUUID(),
			name: MANUAL_TRIGGER,
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
	];
	const connections: Connections = {};
	let previous = MANUAL_TRIGGER;
	chain.forEach((step, index) => {
		const type = step.type ?? INCS_NODE_TYPE;
		const node: WorkflowNode = {
			id: randomUUID(),
			name: step.name,
			type,
			typeVersion: step.typeVersion ?? 1,
			position: [240 * (index + 1), 0],
			parameters: step.parameters,
		};
		if (type === INCS_NODE_TYPE) node.credentials = { [CREDENTIAL_TYPE]: credential };
		if (step.onError) node.onError = step.onError;
		nodes.push(node);
		connections[previous] = { main: [[{ node: step.name, type: 'main', index: 0 }]] };
		previous = step.name;
	});
	const workflow: WorkflowJson = { name, nodes, connections, settings: { executionOrder: 'v1' } };
	if (items && items.length > 0) workflow.pinData = { [MANUAL_TRIGGER]: items.map((json) => ({ json })) };
	return workflow;
}

/** The INCS Trigger's version a new node gets in the editor. */
export const TRIGGER_DEFAULT_VERSION = 1.1;

export function triggerWorkflow(
	name: string,
	webhookId: string,
	parameters: JsonObject,
	typeVersion: number = TRIGGER_DEFAULT_VERSION,
): WorkflowJson {
	return {
		name,
		nodes: [
			{
				id: randomUUID(),
				name: 'INCS Trigger',
				type: INCS_TRIGGER_TYPE,
				typeVersion,
				position: [0, 0],
				webhookId,
				parameters,
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
	};
}
