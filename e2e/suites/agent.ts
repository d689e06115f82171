// INCS as an AI agent's tool in a real n8n: Manual Trigger → AI Agent, with an OpenAI Chat Model
// pointed at the local stub (e2e/support/openAiStub.ts: scripted tool calls, no network) and two
// INCS tools (WhatsApp text send, WhatsApp template send with Simple Values from $fromAI). The
// stub records what the agent sent it (tool list, tool results); the simulator's journal shows
// what reached INCS.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

import type { JournalEntry } from '../../simulator';
import { callTool, finalAnswer, startOpenAiStub, STUB_MODEL, type OpenAiStub, type StubReply } from '../support/openAiStub';
import { CREDENTIAL_TYPE } from '../support/incs';
import { MANUAL_TRIGGER } from '../support/workflowBuilder';
import type { Connections, CredentialRef, Execution, JsonObject, WorkflowJson, WorkflowNode } from '../support/workflowTypes';
import type { E2eTest, SuiteContext } from './context';

const AGENT = 'AI Agent';
const MODEL = 'OpenAI Chat Model';
const TEXT_TOOL = 'WhatsApp text';
const TEMPLATE_TOOL = 'WhatsApp template';
const MESSAGES_PATH = '/external/messages/whatsapp';

const TOOL_PARAMETERS: Record<string, JsonObject> = {
	[TEXT_TOOL]: {
		resource: 'whatsAppMessage',
		operation: 'send',
		to: "={{ $fromAI('phone', 'The recipient phone number', 'string') }}",
		messageType: 'text',
		text: "={{ $fromAI('text', 'The message text', 'string') }}",
	},
	[TEMPLATE_TOOL]: {
		resource: 'whatsAppMessage',
		operation: 'sendTemplate',
		to: "={{ $fromAI('phone', 'The recipient phone number', 'string') }}",
		template: { __rl: true, mode: 'name', value: 'promo_header_text' },
		variablesMode: 'simple',
		variableValues: "={{ $fromAI('variables', 'The template values in order: sale end date, day, code, discount', 'json') }}",
	},
};

function node(name: string, type: string, typeVersion: number, parameters: JsonObject, position: [number, number]): WorkflowNode {
	return { id: randomUUID(), name, type, typeVersion, position, parameters };
}

function agentWorkflow(name: string, incs: CredentialRef, openAi: CredentialRef): WorkflowJson {
	const model = node(MODEL, '@n8n/n8n-nodes-langchain.lmChatOpenAi', 1.2, { model: { __rl: true, mode: 'id', value: STUB_MODEL }, options: {} }, [200, 200]);
	model.credentials = { openAiApi: openAi };
	const tools = Object.entries(TOOL_PARAMETERS).map(([toolName, parameters], index) => {
		const tool = node(toolName, 'n8n-nodes-incs.incsTool', 1, parameters, [400 + 200 * index, 200]);
		tool.credentials = { [CREDENTIAL_TYPE]: incs };
		return tool;
	});
	const toAgent = (type: string) => ({ [type]: [[{ node: AGENT, type, index: 0 }]] });
	const connections: Connections = {
		[MANUAL_TRIGGER]: toAgent('main'),
		[MODEL]: toAgent('ai_languageModel'),
		...Object.fromEntries(tools.map((tool) => [tool.name, toAgent('ai_tool')])),
	};
	return {
		name,
		nodes: [
			node(MANUAL_TRIGGER, 'n8n-nodes-base.manualTrigger', 1, {}, [0, 0]),
			node(AGENT, '@n8n/n8n-nodes-langchain.agent', 3.1, { promptType: 'define', text: 'Tell the customer about the sale.', options: {} }, [200, 0]),
			model,
			...tools,
		],
		connections,
		settings: { executionOrder: 'v1' },
	};
}

interface AgentRun {
	execution: Execution;
	/** The WhatsApp sends INCS received during the run. */
	sends: JournalEntry[];
	journal: JournalEntry[];
}

let stub: OpenAiStub | undefined;
let openAiCredential: CredentialRef | undefined;

/** One stub and one OpenAI credential for the suite, stopped with the other cleanups. */
async function setUp(context: SuiteContext): Promise<{ stub: OpenAiStub; credential: CredentialRef }> {
	if (stub === undefined || openAiCredential === undefined) {
		const started = await startOpenAiStub();
		stub = started;
		context.cleanups.push(() => started.stop());
		openAiCredential = await context.env.client.createCredential('OpenAI (local stub)', 'openAiApi', {
			apiKey: 'stub-key',
			url: started.baseUrl,
			header: false,
		});
	}
	return { stub, credential: openAiCredential };
}

async function runAgent(context: SuiteContext, name: string, script: StubReply[]): Promise<AgentRun & { stub: OpenAiStub }> {
	const { env } = context;
	const { stub: model, credential } = await setUp(context);
	model.script(script);
	env.simulator.reset();
	const stored = await env.client.createWorkflow(agentWorkflow(`e2e agent: ${name}`, env.credential, credential));
	const since = env.simulator.journal.size;
	const execution = await env.client.runManually(stored.id, MANUAL_TRIGGER);
	await env.simulator.settled();
	const journal = env.simulator.journal.query({ sinceSeq: since });
	assert.deepEqual(model.failures, [], 'the OpenAI stub answered every request');
	const agentError = execution.data?.resultData?.error?.message;
	assert.equal(execution.status, 'success', `execution ${execution.id} ended "${execution.status}": ${agentError ?? ''}`);
	return { execution, journal, sends: journal.filter((entry) => entry.method === 'POST' && entry.path === MESSAGES_PATH), stub: model };
}

async function templateSend(context: SuiteContext): Promise<void> {
	const run = await runAgent(context, 'template send', [
		// First one value short: the node names what is missing and lists what the template takes.
		callTool(/^WhatsApp_template$/, { phone: '+852 9123 0001', variables: ['2030-01-31', 'Friday', 'FAKE10'] }),
		callTool(/^WhatsApp_template$/, { phone: '+852 9123 0001', variables: ['2030-01-31', 'Friday', 'FAKE10', '10%'] }),
		finalAnswer('The sale message is on its way.'),
	]);

	// The tools the model was offered: one description per channel and operation, from the node.
	const offered = (run.stub.requests[0]?.tools ?? []).map((tool) => tool.function);
	const described = Object.fromEntries(offered.map((tool) => [tool.name, tool.description ?? '']));
	assert.deepEqual(Object.keys(described).sort(), ['WhatsApp_template', 'WhatsApp_text']);
	assert.match(described.WhatsApp_text, /^Send a free-form WhatsApp message .* e\.g\. 85261234567/);
	assert.match(described.WhatsApp_template, /^Send an approved WhatsApp template message /);

	assert.equal(run.sends.length, 1, `exactly one message reached INCS: ${JSON.stringify(run.journal.map((e) => `${e.method} ${e.path}`))}`);
	assert.equal(run.sends[0].outcome, 'accepted');
	assert.deepEqual(run.sends[0].body, {
		to: '85291230001',
		type: 'template',
		template: {
			name: 'promo_header_text',
			components: [
				{ type: 'header', parameters: [{ type: 'text', text: '2030-01-31' }] },
				{
					type: 'body',
					parameters: [
						{ type: 'text', text: 'Friday' },
						{ type: 'text', text: 'FAKE10' },
						{ type: 'text', text: '10%' },
					],
				},
			],
		},
	});
	const results = run.stub.toolResults();
	assert.equal(results.length, 2, 'the model got two tool results');
	const error = errorOf(results[0].content);
	assert.match(error, /^Invalid "Variable Values" in item 1: it has 3 of the template's 4 values; missing "body_3"\. How to fix: /);
	assert.match(error, /The template takes 4 values, in this order: "header_text" \(Header \{\{1\}\}.*\), "body_1" .*"body_3" \(Body \{\{3\}\}.*\)\./);
	assert.match(results[1].content, /"messageId":"[0-9a-f-]{36}"/, `the tool result names the message: ${results[1].content}`);
}

/** n8n's agent hands a failed tool run to the model as JSON: `[{"error": message}]` (or the object alone). */
function errorOf(content: string): string {
	const parsed = JSON.parse(content) as unknown;
	const first = (Array.isArray(parsed) ? parsed[0] : parsed) as { error?: unknown } | undefined;
	assert.equal(typeof first?.error, 'string', `the tool result is an error: ${content}`);
	return String(first?.error);
}

async function badPhoneThenFixed(context: SuiteContext): Promise<void> {
	const run = await runAgent(context, 'bad phone number, then corrected', [
		callTool(/^WhatsApp_text$/, { phone: '+852 9123 00x1', text: 'Your order is ready.' }),
		callTool(/^WhatsApp_text$/, { phone: '+852 9123 0001', text: 'Your order is ready.' }),
		finalAnswer('Sent after correcting the number.'),
	]);
	const [rejected, accepted] = run.stub.toolResults();
	assert.ok(rejected !== undefined && accepted !== undefined, 'the model got two tool results');
	// What the model read for the bad number: the problem and, in the same message, the fix.
	const error = errorOf(rejected.content);
	assert.match(error, /^Invalid "Recipient Phone Number" in item 1: "\+852 9123 00x1" contains characters that are not part of a phone number\. /);
	assert.match(error, /How to fix: Use digits with an optional leading \+ and spaces, dashes, dots or brackets, e\.g\. \+852 6841 1234\./);
	assert.match(accepted.content, /"messageId":"[0-9a-f-]{36}"/);
	assert.equal(run.sends.length, 1, 'exactly one message reached INCS: the corrected one');
	assert.deepEqual(run.sends[0].body, { to: '85291230001', type: 'text', text: 'Your order is ready.' });
}

export const agentTests: E2eTest[] = [
	{ name: 'agent: a WhatsApp template through the INCS tool, Simple Values from $fromAI: a missing variable is named, the corrected call sends one message', run: templateSend },
	{ name: 'agent: a malformed phone number reaches the model with its fix; the corrected call sends one message', run: badPhoneThenFixed },
];
