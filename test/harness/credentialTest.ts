import './quietLogs';
import { ExecuteContext, RoutingNode } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialType,
	INode,
	INodeCredentialTestResult,
	INodeType,
} from 'n8n-workflow';
import { Workflow, createRunExecutionData } from 'n8n-workflow';

import { createAdditionalData } from './additionalData';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { createNodeTypes } from './nodeTypes';

/**
 * The node type n8n's CLI tests a credential with when the credential declares its own `test`:
 * it borrows the NoOp node's identity and gives it one property whose routing is the test request.
 */
const TEST_NODE_TYPE = 'n8n-nodes-base.noOp';

function credentialTestNodeType(credentialType: ICredentialType): INodeType {
	return {
		description: {
			displayName: 'No Operation, do nothing',
			name: TEST_NODE_TYPE,
			group: ['organization'],
			version: 1,
			description: 'Credential test carrier',
			defaults: { name: 'No Operation, do nothing' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType.name, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: credentialType.test?.request },
					default: '',
				},
			],
		},
	};
}

/** What n8n's CLI reads from a failed test request: the HTTP response, else a network error code. */
interface FailedRequestCause {
	response?: { status: number; statusText?: string };
	code?: string;
}

function causeOf(error: unknown): FailedRequestCause {
	if (typeof error !== 'object' || error === null || !('cause' in error)) return {};
	const { cause } = error;
	return typeof cause === 'object' && cause !== null ? (cause as FailedRequestCause) : {};
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Reads `a.b.c` like lodash `get`, which n8n uses for `responseSuccessBody` keys. */
function valueAtPath(data: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((current, key) => {
		if (typeof current !== 'object' || current === null) return undefined;
		return (current as Record<string, unknown>)[key];
	}, data);
}

/**
 * Runs `credentialType.test` the way n8n's CLI `CredentialsTester.testCredentials` does (n8n 2.41):
 * defaults are applied to the data, the request is sent through n8n-core's real `RoutingNode`
 * (expressions over `$credentials`, the type's `authenticate`), and then the rules are applied:
 * on an HTTP error a matching `responseCode` rule's message, else the status text; on success a
 * `responseSuccessBody` rule whose `key` holds `value` turns the result into an Error.
 * n8n's CLI class itself is not published, so this re-implements its decision logic; secrets
 * redaction of messages is left out.
 */
export async function testCredential(
	credentialType: ICredentialType,
	data: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	const testRequest = credentialType.test;
	if (testRequest === undefined) {
		return { status: 'Error', message: 'No testing function found for this credential.' };
	}

	const credentialsHelper = new HarnessCredentialsHelper([credentialType], {
		[credentialType.name]: data,
	});
	const credentialsDecrypted: ICredentialsDecrypted = {
		id: 'credential-under-test',
		name: credentialType.displayName,
		type: credentialType.name,
		data: credentialsHelper.applyDefaults(credentialType.name, data),
	};

	const nodeType = credentialTestNodeType(credentialType);
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: TEST_NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType.name]: { id: credentialsDecrypted.id, name: credentialsDecrypted.name } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: createNodeTypes([{ typeName: TEST_NODE_TYPE, nodeType }]),
	});
	const workflowNode = workflow.getNode(node.name) as INode;
	const context = new ExecuteContext(
		workflow,
		workflowNode,
		createAdditionalData({ credentialsHelper }),
		'internal',
		createRunExecutionData({ executionData: null }),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node: workflowNode, data: {}, source: null },
		[],
	);

	let response;
	try {
		response = await new RoutingNode(context, nodeType, credentialsDecrypted).runNode();
	} catch (error) {
		const cause = causeOf(error);
		if (cause.response) {
			const { status, statusText } = cause.response;
			for (const rule of testRequest.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			if (status < 199 || status > 299) {
				return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
			}
		} else if (cause.code) {
			return { status: 'Error', message: cause.code };
		}
		return { status: 'Error', message: messageOf(error) };
	}

	for (const rule of testRequest.rules ?? []) {
		if (rule.type !== 'responseSuccessBody') continue;
		const body = response?.[0]?.[0]?.json;
		if (valueAtPath(body, rule.properties.key) === rule.properties.value) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
