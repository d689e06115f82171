import './quietLogs';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IRunData,
	IVersionedNodeType,
	IWorkflowBase,
} from 'n8n-workflow';
import { NodeHelpers, Workflow, createRunExecutionData } from 'n8n-workflow';

import { createAdditionalData } from './additionalData';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { nodeCredentialsFor } from './nodeCredentials';
import { createNodeTypes, defaultTypeVersion } from './nodeTypes';
import { HARNESS_START_TYPE, HarnessStart } from './startNode';

export const DEFAULT_TYPE_NAME = 'n8n-nodes-incs.incs';
export const START_NODE_NAME = 'Start';

export interface ExecuteNodeOptions {
	/** An instance of the node class, e.g. `new Incs()`. */
	nodeType: INodeType | IVersionedNodeType;
	/** Full type name the node is registered under; default 'n8n-nodes-incs.incs'. */
	typeName?: string;
	/** Default: the node's `defaultVersion`, else its highest version. */
	typeVersion?: number;
	/** Only the values that differ from the defaults are needed, as in a saved workflow. */
	parameters: INodeParameters;
	/** Items the start node hands to the node under test; default `[{ json: {} }]`. */
	inputItems?: INodeExecutionData[];
	/** Credential data by credential type name, e.g. `{ incsApi: { apiKey: 'k' } }`. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Credential types whose `authenticate` (and defaults) apply, e.g. `[new IncsApi()]`. */
	credentialTypes?: ICredentialType[];
	/** Sets the node's "On Error" to "Continue" (`onError: 'continueRegularOutput'`). */
	continueOnFail?: boolean;
	/** Node name in the workflow; default the node's `defaults.name`. */
	nodeName?: string;
}

/**
 * A failed node's error as n8n keeps it in run data: not the thrown instance but a plain copy of
 * its own fields (`{ ...error, message, stack }`), so assert on fields, not with `instanceof`.
 */
export interface NodeRunError {
	message: string;
	/** e.g. 'NodeApiError', 'NodeOperationError'. */
	name?: string;
	description?: string | null;
	/** HTTP status as a string for a NodeApiError, e.g. '404'. */
	httpCode?: string | null;
	context?: IDataObject;
	node?: INode;
	stack?: string;
	[field: string]: unknown;
}

export interface ExecuteNodeResult {
	/** Items on the node's first output (empty when the node failed). */
	items: INodeExecutionData[];
	/** Items on every output, for nodes with more than one. */
	outputs: INodeExecutionData[][];
	/** The node's error when the run failed (with continueOnFail the error is in the items). */
	error?: NodeRunError;
	/** Run data of every node, keyed by node name, exactly as n8n stores it. */
	runData: IRunData;
	/** The node as it ran (parameters with defaults applied, credentials, version). */
	node: INode;
	/** The complete run, for assertions on status or execution metadata. */
	run: IRun;
}

/**
 * Runs `nodeType` in a real two-node n8n workflow (harness start node → node under test) with
 * n8n-core's `WorkflowExecute`: real parameter defaults and expression evaluation, real
 * `continueOnFail` handling and real `httpRequestWithAuthentication` (intercept it with nock).
 */
export async function executeNode(options: ExecuteNodeOptions): Promise<ExecuteNodeResult> {
	const typeName = options.typeName ?? DEFAULT_TYPE_NAME;
	const typeVersion = options.typeVersion ?? defaultTypeVersion(options.nodeType);
	const description = NodeHelpers.getVersionedNodeType(options.nodeType, typeVersion).description;
	const nodeName = options.nodeName ?? description.defaults.name ?? 'Node';

	const startNode: INode = {
		id: 'harness-start',
		name: START_NODE_NAME,
		type: HARNESS_START_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodeUnderTest: INode = {
		id: 'harness-node',
		name: nodeName,
		type: typeName,
		typeVersion,
		position: [200, 0],
		parameters: options.parameters,
		credentials: nodeCredentialsFor(options.credentials),
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	};
	const connections: IConnections = {
		[START_NODE_NAME]: { main: [[{ node: nodeName, type: 'main', index: 0 }]] },
	};

	const workflow = new Workflow({
		id: 'harness-workflow',
		name: 'Harness workflow',
		nodes: [startNode, nodeUnderTest],
		connections,
		active: false,
		nodeTypes: createNodeTypes([
			{ typeName: HARNESS_START_TYPE, nodeType: new HarnessStart() },
			{ typeName, nodeType: options.nodeType },
		]),
	});

	const workflowData: IWorkflowBase = {
		id: workflow.id,
		name: 'Harness workflow',
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes: [startNode, nodeUnderTest],
		connections,
	};
	const executionId = '1';
	const hooks = new ExecutionLifecycleHooks('manual', executionId, workflowData);
	const additionalData = createAdditionalData({
		credentialsHelper: new HarnessCredentialsHelper(
			options.credentialTypes ?? [],
			{ ...options.credentials },
		),
		hooks,
		executionId,
	});

	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{
					node: workflow.getNode(START_NODE_NAME) as INode,
					data: { main: [options.inputItems ?? [{ json: {} }]] },
					source: null,
				},
			],
		},
	});

	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData)
		.processRunExecutionData(workflow);

	const runData = run.data.resultData.runData;
	const task = runData[nodeName]?.[0];
	const outputs = (task?.data?.main ?? []).map((output) => output ?? []);
	return {
		items: outputs[0] ?? [],
		outputs,
		error: (task?.error ?? run.data.resultData.error) as NodeRunError | undefined,
		runData,
		node: workflow.getNode(nodeName) as INode,
		run,
	};
}
