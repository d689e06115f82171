import type { ICredentialDataDecryptedObject, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { IncsApi } from '../../../credentials/IncsApi.credentials';
import { Incs } from '../../../nodes/Incs/Incs.node';
import type { Simulator } from '../../../simulator';
import { executeNode, type ExecuteNodeResult } from '../../harness';
import { SECRET, type SecretGuard } from './secretGuard';

export interface RunOptions {
	parameters: INodeParameters;
	inputItems?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Another INCS than the simulator (a scripted server) for both base URLs. */
	baseUrl?: string;
	/**
	 * The node version; 1 by default: the generators write version 1 forms (a media type per
	 * WhatsApp carousel card, the body examples list), which saved workflows keep using.
	 */
	typeVersion?: number;
}

/**
 * Runs the real INCS node through n8n-core against the simulator (both base URLs point at it) and
 * scans everything the run produced (items, error, the whole run record) for the secret.
 */
export async function runIncs(sim: Simulator, guard: SecretGuard, options: RunOptions): Promise<ExecuteNodeResult> {
	const result = await executeNode({
		nodeType: new Incs(),
		typeVersion: options.typeVersion ?? 1,
		parameters: options.parameters,
		inputItems: options.inputItems,
		credentials: { incsApi: incsCredentialData(options.baseUrl ?? sim.url) },
		credentialTypes: [new IncsApi()],
		continueOnFail: options.continueOnFail,
	});
	guard.scan('the output items', result.items);
	guard.scan('the node error', result.error);
	guard.scan('the run record', result.run);
	return result;
}

/** The INCS API credential as the suite fills it in: the secret and one base URL for both APIs. */
export function incsCredentialData(baseUrl: string): ICredentialDataDecryptedObject {
	return { certificationCode: SECRET, messagingBaseUrl: baseUrl, managementBaseUrl: baseUrl };
}

/** The request options every operation has (node "Options"); unset ones keep their defaults. */
export interface RequestOptions {
	concurrency?: number;
	maxAttempts?: number;
	timeoutSeconds?: number;
}

export function withRequestOptions(parameters: INodeParameters, request: RequestOptions): INodeParameters {
	const values: IDataObject = {};
	if (request.concurrency !== undefined) values.maxConcurrentRequests = request.concurrency;
	if (request.maxAttempts !== undefined) values.maxAttempts = request.maxAttempts;
	if (request.timeoutSeconds !== undefined) values.timeout = request.timeoutSeconds;
	const current = (parameters.options ?? {}) as IDataObject;
	return { ...parameters, options: { ...current, ...values } as INodeParameters };
}

export interface CampaignRunOptions extends RequestOptions {
	send: { parameters: INodeParameters };
	inputItems: INodeExecutionData[];
	continueOnFail?: boolean;
}

/** One execution of a send campaign: every item goes through the same node, as in a workflow. */
export async function runCampaign(sim: Simulator, guard: SecretGuard, run: CampaignRunOptions): Promise<ExecuteNodeResult> {
	return await runIncs(sim, guard, {
		parameters: withRequestOptions(run.send.parameters, run),
		inputItems: run.inputItems,
		continueOnFail: run.continueOnFail,
	});
}
