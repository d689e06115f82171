import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

/** Type name of the harness's start node; it is registered alongside the node under test. */
export const HARNESS_START_TYPE = 'n8n-harness.start';

/**
 * Stands in for n8n's Manual Trigger: the harness puts the test's input items on the execution
 * stack for this node, and it hands them on, each paired with its own index, to the node under test.
 * (The real Manual Trigger waits for a UI click in manual mode, which cannot happen here.)
 */
export class HarnessStart implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Harness Start',
		name: 'start',
		group: ['input'],
		version: 1,
		description: 'Emits the test input items',
		// Never offered to an AI agent; set only because the community lint requires the field.
		usableAsTool: true,
		defaults: { name: 'Start' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = this.getInputData();
		return [items.map((item, index) => ({ ...item, pairedItem: { item: index } }))];
	}
}
