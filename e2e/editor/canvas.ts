// The INCS nodes as a person first meets them in the real n8n editor: the node creator's action
// list, the name and canvas subtitle of a node added from it, and the trigger panel's first lines.
// The same run photographs the panels the README shows into docs/images/ (README_IMAGES), so every
// run of the editor test refreshes them.

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import type { E2eTest, SuiteContext } from '../suites/context';
import type { NodeCatalog } from '../support/nodeDescription';
import { REPO_ROOT } from '../support/paths';
import { chainWorkflow, triggerWorkflow } from '../support/workflowBuilder';
import type { JsonObject } from '../support/workflowTypes';
import { openEditor, openedOptions, openNode, screenshot, waitForField } from './ndv';
import type { Browser, Page } from './playwright';

/** Where the README's screenshots live; the names below are the files this suite writes there. */
export const README_IMAGES_DIR = path.join(REPO_ROOT, 'docs', 'images');
export const README_IMAGES = {
	nodeCreator: 'node-creator-actions',
	sendTemplate: 'whatsapp-send-template',
	sendText: 'whatsapp-send-text',
	sendAndWait: 'whatsapp-send-and-wait',
	triggerPanel: 'trigger-panel',
} as const;

/**
 * The Send and Wait actions are left out of the order checked: n8n's panel may list them in its
 * own "Send and wait for response" section. The node's action texts and their order (sending
 * first) are pinned by actionTexts.test.ts; here the node creator must show them as declared.
 */
const SEND_AND_WAIT = 'sendAndWait';

/** The trigger's events in the order the panel must offer them. */
const TRIGGER_EVENTS = [
	'Message Status Update',
	'New WhatsApp Message',
	'New RCS Message',
	'Template Status Update',
	'Template Category Update',
	'Template Quality Update',
	'Workbench Message',
	'Any Other Event',
];

async function readmeScreenshot(page: Page, name: string): Promise<void> {
	mkdirSync(README_IMAGES_DIR, { recursive: true });
	await screenshot(page, README_IMAGES_DIR, name);
}

/** The text of a node on the canvas: its name and, below it, its subtitle. */
async function canvasNodeText(page: Page, nodeName: string): Promise<string> {
	const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`).first();
	await node.waitFor({ state: 'visible' });
	return (await node.innerText()).replace(/\s+/g, ' ').trim();
}

async function closePanel(page: Page): Promise<void> {
	await page.locator('[data-test-id="ndv-close-button"]').first().click();
	await page.locator('[data-test-id="ndv"]').waitFor({ state: 'hidden' });
}

type Run = (page: Page, context: SuiteContext) => Promise<void>;

/** Runs `run` in a fresh editor session; on failure the page is kept as a screenshot. */
function inEditor(name: string, browser: (context: SuiteContext) => Promise<Browser>, run: Run): E2eTest {
	return {
		name: `editor, as people see it: ${name}`,
		run: async (context) => {
			const { env, artifactsDir } = context;
			const session = await openEditor(await browser(context), env.n8n.url, env.n8n.owner);
			try {
				await run(session.page, context);
			} catch (error) {
				await screenshot(session.page, artifactsDir, `editor-error-${name.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
				throw error;
			} finally {
				await session.close();
			}
		},
	};
}

const nodeCreatorTest = (catalog: NodeCatalog): Run => async (page, { env }) => {
	const declared = catalog.actions([SEND_AND_WAIT]);
	assert.ok(declared.length > 0, 'the INCS node declares its actions');
	const stored = await env.client.createWorkflow(chainWorkflow('e2e editor: node creator', [], env.credential));
	await page.goto(`/workflow/${stored.id}`, { waitUntil: 'domcontentloaded' });
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ state: 'visible', timeout: 120_000 });
	await page.locator('[data-test-id="node-creator-plus-button"]').first().click();
	const creator = page.locator('[data-test-id="node-creator"]');
	await creator.waitFor({ state: 'visible' });
	await creator.locator('[data-test-id="node-creator-search-bar"] input, input[data-test-id="node-creator-search-bar"]').first().fill('INCS');
	await creator.locator('[data-test-id="node-creator-item-name"]:text-is("INCS")').first().click();

	// The actions view: every action's name, in the order shown (section labels are not items).
	const firstAction = creator.locator(`[data-test-id="node-creator-item-name"]:text-is("${declared[0]}")`).first();
	await firstAction.waitFor({ state: 'visible' });
	const shown = (await creator.locator('[data-test-id="item-iterator-item"]:visible [data-test-id="node-creator-item-name"]').allInnerTexts()).map((text) => text.trim());
	// The search results the panel slid over stay in the page; INCS's actions are the ones below.
	const actions = shown.filter((text) => declared.includes(text));
	assert.deepEqual(actions, declared, `the node creator lists ${JSON.stringify(shown)}`);
	// The actions panel slides in over the search results: photograph it once it has arrived.
	await page.waitForTimeout(800);
	await readmeScreenshot(page, README_IMAGES.nodeCreator);

	// Picking the most used action adds a node named after it; the canvas says what it does.
	await firstAction.click();
	await page.locator('[data-test-id="ndv"]').waitFor({ state: 'visible' });
	await closePanel(page);
	const text = await canvasNodeText(page, declared[0]);
	assert.match(text, /Send WhatsApp template/, `the added node shows "${text}"`);
	assert.doesNotMatch(text, /sendTemplate|whatsAppMessage/, `the added node shows internal values: "${text}"`);
};

const triggerPanelTest: Run = async (page, { env }) => {
	const parameters: JsonObject = { events: ['message_status_update', 'new_whatsapp_message'] };
	const stored = await env.client.createWorkflow(triggerWorkflow('e2e editor: trigger panel', randomUUID(), parameters));
	await openNode(page, stored.id, 'INCS Trigger');
	// The notice renders with the fields; the Events field below it says the panel is complete.
	await page.locator('[data-test-id="node-parameters"] [data-test-id="parameter-input-events"]').first().waitFor({ state: 'visible' });

	const panel = (await page.locator('[data-test-id="node-parameters"]').first().innerText()).trim();
	// After n8n's collapsed "Webhook URLs": the notice, one line per step.
	const lines = panel.split('\n').map((line) => line.trim()).filter((line) => line !== '' && line !== 'Webhook URLs');
	assert.match(lines[0] ?? '', /^1\. Copy this node's Production URL \(open Webhook URLs above\) into the INCS console's callback settings, and publish the workflow\.$/, `the panel starts ${JSON.stringify(lines.slice(0, 4))}`);
	assert.equal(lines[1], '2. Pick the events that start it below.', `the panel starts ${JSON.stringify(lines.slice(0, 4))}`);
	assert.match(lines[2] ?? '', /^Using a Callback Token\? Add \?token=your-token to the URL/);

	const offered = await openedOptions(page, 'events');
	assert.deepEqual(offered, TRIGGER_EVENTS, `the Events list offers ${JSON.stringify(offered)}`);
	// The README shows the two steps above the open list of events, once its opening animation ended.
	await page.waitForTimeout(500);
	await readmeScreenshot(page, README_IMAGES.triggerPanel);
	await page.keyboard.press('Escape');
	await page.locator('[role="option"]:visible').first().waitFor({ state: 'hidden' });

	await closePanel(page);
	const text = await canvasNodeText(page, 'INCS Trigger');
	assert.match(text, /Message status, New WhatsApp message/, `the trigger shows "${text}"`);
};

/**
 * The read-only "Template Text" the variable fields open with. The mapper fills it in when a
 * template is picked; a workflow saved with its values (as the screenshot's is) keeps what it was
 * saved with, so it is read from a panel that picked the template fresh.
 */
async function templateTextOf(page: Page, env: Parameters<Run>[1]['env'], template: string): Promise<string> {
	const parameters = { resource: 'whatsAppMessage', operation: 'sendTemplate', template: { __rl: true, mode: 'name', value: template } };
	const stored = await env.client.createWorkflow(chainWorkflow('e2e editor: template text', [{ name: 'Template text', parameters }], env.credential));
	await openNode(page, stored.id, 'Template text');
	assert.ok(await waitForField(page, 'template-text', 'visible'), 'the template text field is not shown');
	const text = await page.locator('[data-test-id="parameter-input-template-text"] textarea, [data-test-id="parameter-input-template-text"] input').first().inputValue();
	await closePanel(page);
	assert.match(text, /Body: /, `the template text reads "${text}"`);
	return text;
}

/** The sending panels the README walks through, as a campaign fills them. */
const sendPanelsTest: Run = async (page, { env }) => {
	const templateText = await templateTextOf(page, env, 'summer_sale');
	const template = {
		resource: 'whatsAppMessage',
		operation: 'sendTemplate',
		to: '={{ $json.phone }}',
		template: { __rl: true, mode: 'name', value: 'summer_sale' },
		variables: {
			mappingMode: 'defineBelow',
			value: {
				'template-text': templateText,
				header_image_url: 'https://example.com/media/summer.png',
				body_1: '={{ $json.firstName }}',
				body_2: '={{ $json.code }}',
				body_3: '10%',
				button_1_url_suffix: 'summer',
				button_3_coupon_code: '={{ $json.code }}',
			},
			matchingColumns: [],
			schema: [],
		},
	};
	const text = { resource: 'whatsAppMessage', operation: 'send', to: '={{ $json.from }}', messageType: 'text', text: 'Thanks, we got your message!' };
	const ask = { resource: 'whatsAppMessage', operation: 'sendAndWait', to: '={{ $json.phone }}', message: 'The summer campaign is ready: publish it today?' };
	for (const [name, parameters, field, image] of [
		['Send a WhatsApp template message', template, 'body_1', README_IMAGES.sendTemplate],
		['Send a WhatsApp message', text, 'text', README_IMAGES.sendText],
		['Send a WhatsApp message and wait for the answer', ask, 'responseType', README_IMAGES.sendAndWait],
	] as const) {
		const stored = await env.client.createWorkflow(chainWorkflow(`e2e editor: ${name}`, [{ name, parameters }], env.credential));
		await openNode(page, stored.id, name);
		assert.ok(await waitForField(page, field, 'visible'), `${field} is not shown for ${name}`);
		await readmeScreenshot(page, image);
	}
};

export function canvasTests(catalog: NodeCatalog, browser: (context: SuiteContext) => Promise<Browser>): E2eTest[] {
	return [
		inEditor('node creator lists the INCS send actions first, and a node added from one is named after it with a plain subtitle', browser, nodeCreatorTest(catalog)),
		inEditor('INCS Trigger panel opens with the two setup steps, offers events by use, and its subtitle names them', browser, triggerPanelTest),
		inEditor('README screenshots of the WhatsApp send panels (template, message, send and wait)', browser, sendPanelsTest),
	];
}
