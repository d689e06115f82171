import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeBaseDescription,
	INodeTypeDescription,
} from 'n8n-workflow';

import { router } from './actions/router';
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
		if (!isToolNode(this.getNode())) return await router.call(this);
		try {
			return await router.call(this);
		} catch (error) {
			// An AI agent reads only the message: it must carry the fix (toolErrors.ts).
			throw withFixInMessage(error);
		}
	}
}
