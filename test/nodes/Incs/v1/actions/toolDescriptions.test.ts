import type { INode, INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { TOOL_DESCRIPTIONS } from '../../../../../nodes/Incs/v1/actions/toolDescriptions';

// What an AI agent sees of each INCS tool, computed by n8n-workflow's own functions on the node's
// description as n8n 2.41 turns it into `incsTool` (n8n/dist/tool-generation/ai-tools.js: name +
// "Tool", one ai_tool output, and no field of its own because the node has `toolDescription`).

const base = new Incs().nodeVersions[1].description;
const toolType: INodeTypeDescription = {
	...base,
	name: `${base.name}Tool`,
	displayName: `${base.displayName} Tool`,
	inputs: [],
	outputs: [NodeConnectionTypes.AiTool],
};

const CHANNEL: Record<string, RegExp> = {
	whatsAppMessage: /\bWhatsApp\b/,
	whatsAppTemplate: /\bWhatsApp\b/,
	viberMessage: /\bViber\b/,
	rcsMessage: /\bRCS\b/,
	rcsTemplate: /\bRCS\b/,
	account: /\baccount\b/,
};

interface ToolView {
	key: string;
	resource: string;
	/** The tool's description as the agent reads it. */
	description: string;
	/** The name n8n gives a new node of this operation, from which the tool name is made. */
	defaultNodeName: string;
	parameters: INode['parameters'];
}

function operationsOf(resource: string): string[] {
	const property = base.properties.find(
		(candidate) => candidate.name === 'operation' && (candidate.displayOptions?.show?.resource as string[] | undefined)?.includes(resource),
	);
	return ((property?.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
}

function resources(): string[] {
	const property = base.properties.find((candidate) => candidate.name === 'resource') as INodeProperties;
	return (property.options as INodePropertyOptions[]).map((option) => String(option.value));
}

function view(description: INodeTypeDescription, resource: string, operation: string, saved: INode['parameters'] = {}): ToolView {
	const node: INode = {
		id: '1',
		name: 'INCS',
		type: `n8n-nodes-incs.${description.name}`,
		typeVersion: 1,
		position: [0, 0],
		parameters: { resource, operation, ...saved },
	};
	// As n8n's Workflow does when a workflow runs: the saved values plus every shown default.
	const parameters = NodeHelpers.getNodeParameters(description.properties, node.parameters, true, false, node, description) ?? {};
	const withDefaults = { ...node, parameters };
	return {
		key: `${resource}.${operation}`,
		resource,
		description: NodeHelpers.getToolDescriptionForNode(withDefaults, { description } as never),
		defaultNodeName: NodeHelpers.makeNodeName(parameters, description),
		parameters,
	};
}

const tools: ToolView[] = resources().flatMap((resource) => operationsOf(resource).map((operation) => view(toolType, resource, operation)));

describe('INCS tool descriptions (what an AI agent reads about each tool)', () => {
	it('n8n leaves the description field to the node: the node has its own "toolDescription"', () => {
		expect(base.properties.some((property) => property.name === 'toolDescription')).toBe(true);
		expect(base.usableAsTool).toBe(true);
	});

	it('every operation has its own description', () => {
		expect(tools.map((tool) => tool.key).sort()).toEqual(
			Object.entries(TOOL_DESCRIPTIONS)
				.flatMap(([resource, operations]) => Object.keys(operations).map((operation) => `${resource}.${operation}`))
				.sort(),
		);
		for (const tool of tools) {
			const [resource, operation] = tool.key.split('.');
			expect(tool.description).toBe((TOOL_DESCRIPTIONS as Record<string, Record<string, string>>)[resource][operation]);
		}
	});

	it('the descriptions are distinct, name the channel and say how to write a number for sends', () => {
		const descriptions = tools.map((tool) => tool.description);
		expect(new Set(descriptions).size).toBe(descriptions.length);
		for (const tool of tools) {
			expect(tool.description).toMatch(CHANNEL[tool.resource]);
			expect(tool.description).toMatch(/INCS/);
			if (/Message\.send/.test(tool.key)) expect(tool.description).toMatch(/country code .*e\.g\. 85261234567/);
		}
		// The pairs an agent confuses most: same channel, send vs template; same kind, other channel.
		const text = (key: string) => tools.find((tool) => tool.key === key)?.description;
		expect(text('whatsAppMessage.send')).toMatch(/^Send a free-form WhatsApp message/);
		expect(text('whatsAppMessage.sendTemplate')).toMatch(/^Send an approved WhatsApp template message/);
		expect(text('rcsMessage.sendTemplate')).toMatch(/^Send an approved RCS template message/);
		expect(text('viberMessage.send')).toMatch(/^Send a Viber message/);
	});

	it('a description the user wrote is used instead, and a cleared one falls back to n8n\'s action text', () => {
		expect(view(toolType, 'viberMessage', 'send', { toolDescription: 'Send the OTP to the caller' }).description).toBe('Send the OTP to the caller');
		expect(view(toolType, 'viberMessage', 'send', { toolDescription: ' ' }).description).toMatch(/ in INCS$/);
	});

	it('the field is shown on the tool only: the normal node has no tool description', () => {
		for (const tool of tools) expect(tool.parameters.toolDescription).toBeDefined();
		const [resource, operation] = ['whatsAppMessage', 'send'];
		expect(view(base, resource, operation).parameters.toolDescription).toBeUndefined();
	});

	// n8n names a new tool node, and with it the tool name the agent sees, from `action` + " in INCS":
	// each action names its channel and kind, so two INCS send tools never share a default name.
	it('default node names (hence tool names) are distinct and name the channel', () => {
		const names = tools.map((tool) => tool.defaultNodeName);
		expect(new Set(names).size).toBe(names.length);
		for (const tool of tools) expect(tool.defaultNodeName).toMatch(CHANNEL[tool.resource]);
	});
});
