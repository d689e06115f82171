import type { ExecutionLifecycleHooks } from 'n8n-core';
import type { ICredentialsHelper, INodeParameters, IWorkflowExecuteAdditionalData } from 'n8n-workflow';
import { UnexpectedError } from 'n8n-workflow';

export interface AdditionalDataOptions {
	credentialsHelper: ICredentialsHelper;
	hooks?: ExecutionLifecycleHooks;
	executionId?: string;
	/** What LoadOptionsContext reads through `getCurrentNodeParameter(s)`. */
	currentNodeParameters?: INodeParameters;
}

const BASE_URL = 'http://localhost:5678';

/** Anything a node under test must never reach in this harness (sub-workflows, task runners). */
const unsupported = (what: string) => async (): Promise<never> => {
	throw new UnexpectedError(`${what} is not supported by the test harness`);
};

/**
 * The per-execution services n8n's CLI normally provides. A plain object instead of a deep mock
 * keeps absent optional features (`encryptedRunnerIdentity`, `evaluationRunId`, eval LLM mocks)
 * really undefined, so n8n-core's `if (additionalData.x)` checks take the production path.
 */
export function createAdditionalData(options: AdditionalDataOptions): IWorkflowExecuteAdditionalData {
	const additionalData: Partial<IWorkflowExecuteAdditionalData> = {
		credentialsHelper: options.credentialsHelper,
		hooks: options.hooks,
		executionId: options.executionId ?? '1',
		currentNodeParameters: options.currentNodeParameters,
		currentNodeExecutionIndex: 0,
		restApiUrl: `${BASE_URL}/rest`,
		instanceBaseUrl: BASE_URL,
		formBaseUrl: `${BASE_URL}/form`,
		formWaitingBaseUrl: `${BASE_URL}/form-waiting`,
		formTestBaseUrl: `${BASE_URL}/form-test`,
		webhookBaseUrl: `${BASE_URL}/webhook`,
		webhookWaitingBaseUrl: `${BASE_URL}/webhook-waiting`,
		webhookTestBaseUrl: `${BASE_URL}/webhook-test`,
		mcpBaseUrl: `${BASE_URL}/mcp`,
		mcpTestBaseUrl: `${BASE_URL}/mcp-test`,
		variables: {},
		encryptedRunnerIdentity: undefined,
		evaluationRunId: undefined,
		executeWorkflow: unsupported('executeWorkflow'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		startRunnerTask: unsupported('startRunnerTask'),
		logAiEvent: () => {},
	};
	// The interface also lists services (external secrets, data tables, ...) that only server
	// features use; leaving them out makes a node that needs them fail loudly instead of silently.
	return additionalData as IWorkflowExecuteAdditionalData;
}
