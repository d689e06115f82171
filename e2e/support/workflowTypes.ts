// The parts of n8n's workflow and execution JSON the e2e suite reads or writes.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface CredentialRef {
	id: string;
	name: string;
}

export interface WorkflowNode {
	id?: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: JsonObject;
	credentials?: Record<string, CredentialRef>;
	webhookId?: string;
	disabled?: boolean;
	continueOnFail?: boolean;
	onError?: string;
}

export interface Connection {
	node: string;
	type: string;
	index: number;
}

/** By source node, then connection type: `main`, or an AI sub-node's (`ai_tool`, `ai_languageModel`). */
export type Connections = Record<string, Record<string, Connection[][]>>;

export interface WorkflowJson {
	name: string;
	nodes: WorkflowNode[];
	connections: Connections;
	settings?: JsonObject;
	pinData?: Record<string, Array<{ json: JsonObject }>>;
}

export interface StoredWorkflow extends WorkflowJson {
	id: string;
	versionId?: string;
}

export interface ItemJson {
	json: JsonObject;
	pairedItem?: Json;
}

export interface NodeRun {
	startTime?: number;
	executionStatus?: string;
	data?: { main?: Array<ItemJson[] | null> };
	error?: { message?: string; description?: string; name?: string };
}

export interface Execution {
	id: string;
	finished: boolean;
	mode: string;
	status: string;
	workflowId: string;
	startedAt?: string;
	stoppedAt?: string | null;
	data?: {
		resultData?: {
			runData?: Record<string, NodeRun[]>;
			error?: { message?: string; description?: string };
			lastNodeExecuted?: string;
		};
	};
}
