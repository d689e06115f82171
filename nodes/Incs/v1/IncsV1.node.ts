import type {
	IExecuteFunctions,
	IWebhookFunctions,
	IWebhookResponseData,
	INodeExecutionData,
	INodeType,
	INodeTypeBaseDescription,
	INodeTypeDescription,
} from 'n8n-workflow';

import { SEND_AND_WAIT_OPERATION } from 'n8n-workflow';

import { router } from './actions/router';
import { waitForResponse } from './actions/sendAndWait/wait';
import { sendAndWaitWebhook } from './actions/sendAndWait/webhook';
import { isToolNode, withFixInMessage } from './actions/toolErrors';
import { versionDescription } from './actions/versionDescription';
import { methods } from './methods';

/**
 * Version 1 of the INCS node. It is an INodeType by structure (checked where `Incs.node.ts` builds
 * the version map) rather than by `implements`: n8n's icon lint rule would otherwise look for an
 * icon path relative to this folder, while n8n itself resolves it relative to the registered file.
 */
export class IncsV1 {
	description: INodeTypeDescription;

	methods: INodeType['methods'] = methods;

	constructor(baseDescription: INodeTypeBaseDescription) {
		this.description = { ...baseDescription, ...versionDescription };
	}

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		if (!isToolNode(this.getNode())) return await runOperation.call(this);
		try {
			return await runOperation.call(this);
		} catch (error) {
			// An AI agent reads only the message: it must carry the fix (toolErrors.ts).
			throw withFixInMessage(error);
		}
	}

	/** The answer to a Send and Wait for Response link (the node's only webhook). */
	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await sendAndWaitWebhook.call(this);
	}
}

/** Every item through the router; a Send and Wait run then pauses until the person answers. */
async function runOperation(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const output = await router.call(this);
	if (this.getNodeParameter('operation', 0) === SEND_AND_WAIT_OPERATION) return await waitForResponse.call(this, output);
	return output;
}
