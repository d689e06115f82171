import './quietLogs';
import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	ILoadOptionsFunctions,
	INode,
	INodeParameters,
	INodeType,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { createAdditionalData } from './additionalData';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { DEFAULT_TYPE_NAME } from './execute';
import { nodeCredentialsFor } from './nodeCredentials';
import { createNodeTypes, defaultTypeVersion } from './nodeTypes';

export interface LoadOptionsContextOptions {
	/** An instance of the node class; a `VersionedNodeType` is resolved to `typeVersion`. */
	nodeType: INodeType | IVersionedNodeType;
	typeName?: string;
	typeVersion?: number;
	/** The node's current parameter values, as the editor sends them. */
	parameters?: INodeParameters;
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	credentialTypes?: ICredentialType[];
	/** Path of the property being loaded, e.g. 'parameters.templateName'; default 'parameters'. */
	path?: string;
}

export interface LoadOptionsHarness {
	/** n8n-core's real context: pass it as `this` to loadOptions/listSearch/resourceMapping methods. */
	context: ILoadOptionsFunctions;
	/** The concrete node type for `typeVersion`; its `methods` are the ones n8n would call. */
	nodeType: INodeType;
	node: INode;
}

/**
 * Builds the context n8n's `DynamicNodeParametersService` builds for the editor: a one-node
 * workflow ("Temp-Node") holding the current parameters and credentials, and a `LoadOptionsContext`
 * whose `getCurrentNodeParameter(s)` read those parameters.
 */
export function createLoadOptionsHarness(options: LoadOptionsContextOptions): LoadOptionsHarness {
	const typeName = options.typeName ?? DEFAULT_TYPE_NAME;
	const typeVersion = options.typeVersion ?? defaultTypeVersion(options.nodeType);
	const parameters = options.parameters ?? {};
	const node: INode = {
		id: 'uuid-1234',
		name: 'Temp-Node',
		type: typeName,
		typeVersion,
		position: [0, 0],
		parameters,
		credentials: nodeCredentialsFor(options.credentials),
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: createNodeTypes([{ typeName, nodeType: options.nodeType }]),
	});
	// The Workflow has filled in parameter defaults; the editor likewise sends every current value.
	const workflowNode = workflow.getNode(node.name) as INode;
	const additionalData = createAdditionalData({
		credentialsHelper: new HarnessCredentialsHelper(
			options.credentialTypes ?? [],
			{ ...options.credentials },
		),
		currentNodeParameters: workflowNode.parameters,
	});
	return {
		context: new LoadOptionsContext(workflow, workflowNode, additionalData, options.path ?? 'parameters'),
		nodeType: NodeHelpers.getVersionedNodeType(options.nodeType, typeVersion),
		node: workflowNode,
	};
}

/** The `ILoadOptionsFunctions` alone; see `createLoadOptionsHarness` for the resolved node type. */
export function createLoadOptionsContext(options: LoadOptionsContextOptions): ILoadOptionsFunctions {
	return createLoadOptionsHarness(options).context;
}
