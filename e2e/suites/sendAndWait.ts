// Send and Wait for Response in the real n8n: a manually run workflow Manual Trigger → INCS
// "Send and Wait for Response" → No Operation waits; the link is read from the message INCS (the
// simulator) received and opened as a phone's browser would (GET shows the page, its form POSTs
// the answer); the execution then finishes with the answer as the node's output. Also: a second
// click, a changed link, the wait limit, the same node asking twice (an old link must not answer
// the new question), and the "Request human approval for tools" variant (INCS HitlTool) gating an
// AI Agent's tool calls, with the local OpenAI-compatible stub as model.

import assert from 'node:assert/strict';

import { CREDENTIAL_TYPE, INCS_NODE_TYPE } from '../support/incs';
import { callTool, finalAnswer, startOpenAiStub, STUB_MODEL } from '../support/openAiStub';
import {
	AFTER,
	answer,
	ASK,
	askedAgain,
	askWorkflow,
	assertEarlierQuestion,
	assertNoResume,
	finished,
	open,
	outputOf,
	PHONE,
	sentLinks,
	startWaiting,
	waitingForMessage,
	WHATSAPP,
} from '../support/responseLinks';
import { MANUAL_TRIGGER } from '../support/workflowBuilder';
import type { JsonObject, WorkflowJson } from '../support/workflowTypes';
import type { E2eTest, SuiteContext } from './context';
import type { NodeCatalog } from '../support/nodeDescription';

const HITL_TYPE = `${INCS_NODE_TYPE}HitlTool`;

async function approvalOneButton(context: SuiteContext): Promise<void> {
	const workflow = askWorkflow('Send and wait: approval, one button', context, {});
	const { executionId, since } = await startWaiting(context, workflow);
	const { body, links } = sentLinks(context, since, WHATSAPP);
	assert.equal((body.interactive as JsonObject).type, 'cta_url', 'one link goes as a call-to-action button');
	assert.equal(links.length, 1);
	const [link] = links;
	assert.match(link, /approved=true/);

	// A changed link is refused by n8n before the node runs.
	const tampered = await open(link.replace('approved=true', 'approved=false'), 'POST');
	assert.equal(tampered.status, 401, tampered.html.slice(0, 200));
	const unsigned = await open(link.replace(/[?&]signature=[0-9a-f]+/, ''), 'POST');
	assert.equal(unsigned.status, 401, unsigned.html.slice(0, 200));
	assert.equal((await context.env.client.getExecution(executionId))?.status, 'waiting', 'still waiting after the refused links');

	await answer(link);
	const execution = await finished(context, executionId);
	const [output] = outputOf(execution, ASK) as Array<{ data: { approved: boolean; respondedAt: string } }>;
	assert.equal(output.data.approved, true);
	assert.match(output.data.respondedAt, /^\d{4}-\d\d-\d\dT/);
	assert.equal(outputOf(execution, AFTER).length, 1, 'the next node ran');

	const stored = await context.env.client.findWorkflowByName(workflow.name);
	const count = (await context.env.client.listExecutions(stored?.id ?? '')).length;
	await assertNoResume(link, context, executionId, count, stored?.id ?? '');
}

async function approvalTwoButtons(context: SuiteContext): Promise<void> {
	const workflow = askWorkflow('Send and wait: approval, two buttons, declined', context, {
		approvalOptions: { values: { approvalType: 'double', approveLabel: 'Publish', disapproveLabel: 'Hold' } },
	});
	const { executionId, since } = await startWaiting(context, workflow);
	const { body, links } = sentLinks(context, since, WHATSAPP);
	assert.equal(body.type, 'text');
	assert.match(String(body.text), /^Publish the December campaign\?\n\nPublish:\nhttp.*approved=true.*\n\nHold:\nhttp.*approved=false/s);
	assert.equal(links.length, 2);
	await answer(links[1]);
	const execution = await finished(context, executionId);
	const [output] = outputOf(execution, ASK) as Array<{ data: { approved: boolean } }>;
	assert.equal(output.data.approved, false);
}

async function freeText(context: SuiteContext): Promise<void> {
	const workflow = askWorkflow('Send and wait: free text on Viber', context, {
		resource: 'viberMessage',
		responseType: 'freeText',
		options: { messageButtonLabel: 'Answer', responseFormTitle: 'Your feedback' },
	});
	const { executionId, since } = await startWaiting(context, workflow);
	const { body, links } = sentLinks(context, since, '/external/messages/viber');
	assert.match(String(body.text), /\n\nAnswer:\nhttp/);
	const page = await open(links[0]);
	assert.match(page.html, /<h1>Your feedback<\/h1>/);
	await answer(links[0], { 'field-0': 'Go ahead, but move it to Friday' });
	const execution = await finished(context, executionId);
	const [output] = outputOf(execution, ASK) as Array<{ data: { text: string } }>;
	assert.equal(output.data.text, 'Go ahead, but move it to Friday');
}

async function customForm(context: SuiteContext): Promise<void> {
	const workflow = askWorkflow('Send and wait: custom form on RCS', context, {
		resource: 'rcsMessage',
		responseType: 'customForm',
		formFields: {
			values: [
				{ fieldLabel: 'Budget', fieldType: 'number', requiredField: true },
				{ fieldLabel: 'Channel', fieldType: 'dropdown', fieldOptions: { values: [{ option: 'WhatsApp' }, { option: 'Viber' }] } },
			],
		},
	});
	const { executionId, since } = await startWaiting(context, workflow);
	const { links } = sentLinks(context, since, '/external/messages/rcs');
	const page = await open(links[0]);
	assert.match(page.html, /name="field-0" type="number"/);
	await answer(links[0], { 'field-0': '2500', 'field-1': 'Viber' });
	const execution = await finished(context, executionId);
	const [output] = outputOf(execution, ASK) as Array<{ data: Record<string, unknown> }>;
	assert.equal(output.data.Budget, 2500);
	assert.equal(output.data.Channel, 'Viber');
}

async function expiry(context: SuiteContext): Promise<void> {
	const workflow = askWorkflow('Send and wait: the wait limit passes', context, {
		options: { limitWaitTime: { values: { limitType: 'afterTimeInterval', resumeAmount: 1, resumeUnit: 'minutes' } } },
	});
	const { executionId, since } = await startWaiting(context, workflow);
	sentLinks(context, since, WHATSAPP);
	// n8n's wait tracker looks for due executions once a minute.
	const execution = await finished(context, executionId, 200_000);
	const [output] = outputOf(execution, ASK) as Array<{ data: { timedOut: boolean; waitedUntil: string } }>;
	assert.equal(output.data.timedOut, true);
	assert.match(output.data.waitedUntil, /^\d{4}-\d\d-\d\dT/);
	assert.equal(outputOf(execution, AFTER).length, 1, 'the next node ran');
}

/** Outside the 24-hour window (the simulator refuses free-form sends): an approved template carries the links. */
async function templateOutsideWindow(context: SuiteContext): Promise<void> {
	const { simulator, n8n } = context.env;
	const buttonUrl = `${n8n.url}/webhook-waiting/{{1}}`;
	const template = simulator.state.createWabaTemplate(
		{
			name: 'approval_request_e2e',
			language: 'en_US',
			category: 'UTILITY',
			components: [
				{ type: 'BODY', text: 'Please review {{1}}.', example: { body_text: [['the campaign']] } },
				{ type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Approve', url: buttonUrl, example: [`${n8n.url}/webhook-waiting/1`] }] },
			],
		},
		'APPROVED',
	);
	simulator.setOptions({ enforceServiceWindow: true });
	try {
		const workflow = askWorkflow('Send and wait: a template outside the 24-hour window', context, {
			messageFormat: 'template',
			template: { __rl: true, mode: 'id', value: template.template_id },
			variables: { mappingMode: 'defineBelow', value: { body_1: 'the December campaign' }, matchingColumns: [], schema: [] },
		});
		const { executionId, since } = await startWaiting(context, workflow);
		const sends = simulator.journal.query({ sinceSeq: since, method: 'POST', pathPrefix: '/external/messages/' });
		assert.equal(sends.length, 1);
		assert.equal(sends[0].outcome, 'accepted', `${sends[0].code}: ${sends[0].message}`);
		const body = sends[0].body as { type: string; template: { name: string; components: Array<{ type: string; parameters: Array<{ text: string }> }> } };
		assert.equal(body.type, 'template');
		assert.equal(body.template.name, 'approval_request_e2e');
		const button = body.template.components.find((component) => component.type === 'button');
		assert.ok(button, JSON.stringify(body));
		const link = buttonUrl.replace('{{1}}', button.parameters[0].text);
		assert.match(link, /approved=true&wait=1&signature=[0-9a-f]{64}$/);
		await answer(link);
		const execution = await finished(context, executionId);
		const [output] = outputOf(execution, ASK) as Array<{ data: { approved: boolean } }>;
		assert.equal(output.data.approved, true);
	} finally {
		simulator.setOptions({ enforceServiceWindow: false });
	}
}

function hitlListed(catalog: NodeCatalog): E2eTest {
	return {
		name: 'send and wait: n8n lists the INCS "Request human approval for tools" variant',
		async run() {
			assert.ok(catalog.loadedTypes.has(HITL_TYPE), `${HITL_TYPE} is among n8n's node types`);
		},
	};
}

/** AI Agent ← OpenAI Chat Model (the stub); tool "Account" (INCS Tool) gated by the INCS HitlTool. */
function agentWorkflow(name: string, context: SuiteContext, openAiCredential: { id: string; name: string }): WorkflowJson {
	const node = (nodeName: string, type: string, typeVersion: number, parameters: JsonObject, x: number, y: number) => ({
		id: `${nodeName.toLowerCase().replace(/\W/g, '-')}-${Date.now()}`,
		name: nodeName,
		type,
		typeVersion,
		position: [x, y] as [number, number],
		parameters,
	});
	const incsCredential = { [CREDENTIAL_TYPE]: context.env.credential };
	return {
		name,
		nodes: [
			node(MANUAL_TRIGGER, 'n8n-nodes-base.manualTrigger', 1, {}, 0, 0),
			node('Agent', '@n8n/n8n-nodes-langchain.agent', 3.1, { promptType: 'define', text: 'Check the INCS account', options: {} }, 240, 0),
			{
				...node('Model', '@n8n/n8n-nodes-langchain.lmChatOpenAi', 1.3, { model: { __rl: true, value: STUB_MODEL, mode: 'id' }, responsesApiEnabled: false, options: {} }, 160, 200),
				credentials: { openAiApi: openAiCredential },
			},
			{
				...node('Approval', HITL_TYPE, 1, { resource: 'whatsAppMessage', operation: 'sendAndWait', to: PHONE, approvalOptions: { values: { approvalType: 'double' } } }, 320, 200),
				credentials: incsCredential,
			},
			{
				...node('Account', `${INCS_NODE_TYPE}Tool`, 1, { resource: 'account', operation: 'get' }, 320, 400),
				credentials: incsCredential,
			},
		],
		connections: {
			[MANUAL_TRIGGER]: { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
			Model: { ai_languageModel: [[{ node: 'Agent', type: 'ai_languageModel', index: 0 }]] },
			Approval: { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
			Account: { ai_tool: [[{ node: 'Approval', type: 'ai_tool', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		// The suite's Connections type knows only `main`; n8n takes the AI connection types as they are.
	} as unknown as WorkflowJson;
}

function hitlAgent(decision: 'approve' | 'decline'): E2eTest {
	return {
		name: `send and wait: an AI Agent's tool call waits for approval on WhatsApp (${decision})`,
		async run(context) {
			const stub = await startOpenAiStub();
			try {
				const openAi = await context.env.client.createCredential(`OpenAI stub ${decision} ${Date.now()}`, 'openAiApi', {
					apiKey: 'sk-stub',
					url: stub.baseUrl,
					header: false,
				});
				stub.script([callTool(/account/i, {}), finalAnswer('Done.')]);
				const workflow = agentWorkflow(`Send and wait: agent tool approval (${decision})`, context, openAi);
				const { executionId, since } = await startWaiting(context, workflow);
				const { body, links } = sentLinks(context, since, WHATSAPP);
				assert.match(JSON.stringify(body), /The agent wants to run this tool/);
				assert.equal(context.env.simulator.journal.query({ sinceSeq: since, pathPrefix: '/external/account' }).length, 0, 'the tool has not run yet');
				await answer(decision === 'approve' ? links[0] : links[1]);
				await finished(context, executionId);
				const accountCalls = context.env.simulator.journal.query({ sinceSeq: since }).filter((e) => e.method === 'GET' && !e.path.startsWith('/external/messages'));
				if (decision === 'approve') assert.ok(accountCalls.length >= 1, 'the approved tool ran (INCS account read)');
				else assert.equal(accountCalls.length, 0, `the declined tool did not run: ${JSON.stringify(accountCalls.map((e) => e.path))}`);
				const results = stub.toolResults();
				assert.equal(results.length, 1, JSON.stringify(results));
				if (decision === 'decline') assert.match(results[0].content, /rejected/i);
			} finally {
				await stub.stop();
			}
		},
	};
}

/**
 * The agent calls the approval-gated tool twice. The first call is approved; while the second
 * waits, the first message's Approve link is opened again (a double tap, or a late click): it must
 * not approve the second call. The second is declined: the tool ran once.
 */
function hitlAgentTwice(): E2eTest {
	return {
		name: "send and wait: an AI Agent calls a gated tool twice; the first approval's link does not approve the second call",
		async run(context) {
			const stub = await startOpenAiStub();
			try {
				const openAi = await context.env.client.createCredential(`OpenAI stub twice ${Date.now()}`, 'openAiApi', { apiKey: 'sk-stub', url: stub.baseUrl, header: false });
				stub.script([callTool(/account/i, {}), callTool(/account/i, {}), finalAnswer('Done.')]);
				const workflow = agentWorkflow('Send and wait: agent calls a gated tool twice', context, openAi);
				const { executionId, since } = await startWaiting(context, workflow);
				const [first] = await waitingForMessage(context, executionId, since, 1);
				await answer(first[0]);
				const second = (await waitingForMessage(context, executionId, since, 2))[1];
				await assertEarlierQuestion(context, first[0], executionId);
				await answer(second[1]);
				await finished(context, executionId);
				const accountCalls = context.env.simulator.journal.query({ sinceSeq: since }).filter((e) => e.method === 'GET' && !e.path.startsWith('/external/messages'));
				assert.equal(accountCalls.length, 1, `the tool ran once (the approved call): ${JSON.stringify(accountCalls.map((e) => e.path))}`);
				const results = stub.toolResults();
				assert.equal(results.length, 2, JSON.stringify(results));
				assert.doesNotMatch(results[0].content, /rejected/i);
				assert.match(results[1].content, /rejected/i);
			} finally {
				await stub.stop();
			}
		},
	};
}

export function sendAndWaitTests(catalog: NodeCatalog): E2eTest[] {
	const skip = catalog.hasOperation('whatsAppMessage', 'sendAndWait') ? undefined : 'the node has no Send and Wait for Response';
	const tests: E2eTest[] = [
		{ name: 'send and wait: approval with one button; changed and unsigned links refused; a second click', run: approvalOneButton },
		{ name: 'send and wait: approval with two buttons, declined', run: approvalTwoButtons },
		{ name: 'send and wait: free text (Viber)', run: freeText },
		{ name: 'send and wait: custom form (RCS)', run: customForm },
		{ name: 'send and wait: a WhatsApp template carries the link outside the 24-hour window', run: templateOutsideWindow },
		{ name: 'send and wait: the wait limit passes without an answer', run: expiry },
		{
			name: "send and wait: the same node asks twice in one execution; the first message's link does not answer the second question",
			run: async (context) => {
				await askedAgain(context);
			},
		},
		hitlListed(catalog),
		hitlAgent('approve'),
		hitlAgent('decline'),
		hitlAgentTwice(),
	];
	return tests.map((test) => ({
		...test,
		skip,
		run: async (context: SuiteContext) => {
			context.env.simulator.reset();
			await test.run(context);
		},
	}));
}
