// The INCS node in the real n8n editor (Debian's Chromium driven by playwright-core): the
// dynamic fields follow the chosen options. Screenshots go to test-artifacts/.

import assert from 'node:assert/strict';

import type { E2eTest, SuiteContext } from '../suites/context';
import type { NodeCatalog } from '../support/nodeDescription';
import { chainWorkflow } from '../support/workflowBuilder';
import { canvasTests } from './canvas';
import { fillParameter, isExpression, makeFixed, openEditor, openNode, pasteParameter, pickListEntry, screenshot, searchList, selectOption, shownParameters, waitForField } from './ndv';
import { panelProblems } from './panelChecks';
import { launchChromium, type Browser } from './playwright';
import { EDITOR_SCENARIOS, NEW_NODE_VERSION, type EditorScenario } from './scenarios';

const NODE_NAME = 'INCS';

let browser: Promise<Browser> | undefined;

function sharedBrowser(context: SuiteContext): Promise<Browser> {
	if (browser === undefined) {
		const launched = launchChromium();
		browser = launched;
		context.cleanups.push(async () => (await launched).close());
	}
	return browser;
}

async function runScenario(scenario: EditorScenario, context: SuiteContext): Promise<void> {
	const { env, artifactsDir } = context;
	const stored = await env.client.createWorkflow(
		chainWorkflow(
			`e2e editor: ${scenario.name}`,
			[{ name: NODE_NAME, typeVersion: scenario.typeVersion ?? NEW_NODE_VERSION, parameters: scenario.parameters }],
			env.credential,
		),
	);
	const undo = scenario.arrange?.(env.simulator);
	const session = await openEditor(await sharedBrowser(context), env.n8n.url, env.n8n.owner);
	const { page } = session;
	try {
		await openNode(page, stored.id, NODE_NAME);
		for (const [index, step] of scenario.steps.entries()) {
			const label = step.select
				? `after choosing ${step.select.option} in ${step.select.parameter}`
				: step.search
					? `after searching ${step.search.parameter} for "${step.search.text}"`
					: step.fill
						? `after typing "${step.fill.text}" into ${step.fill.parameter}`
						: step.paste
							? `after pasting "${step.paste.text}" into ${step.paste.parameter}`
							: step.makeFixed !== undefined
								? `after switching ${step.makeFixed} to Fixed`
								: `step ${index + 1}`;
			if (step.select) await selectOption(page, step.select.parameter, step.select.option);
			if (step.fill) await fillParameter(page, step.fill.parameter, step.fill.text);
			if (step.paste) await pasteParameter(page, step.paste.parameter, step.paste.text);
			if (step.makeFixed !== undefined) await makeFixed(page, step.makeFixed);
			const problems: string[] = [];
			for (const name of step.expressions ?? []) if (!(await isExpression(page, name))) problems.push(`${name} is not an expression`);
			if (step.search) {
				const entries = await searchList(page, step.search.parameter, step.search.text);
				if (JSON.stringify(entries) !== JSON.stringify(step.search.entries)) {
					problems.push(`the list shows ${JSON.stringify(entries)}, expected ${JSON.stringify(step.search.entries)}`);
				} else if (step.search.pick !== undefined) {
					await pickListEntry(page, step.search.pick);
				} else {
					if (step.screenshot) await screenshot(page, artifactsDir, step.screenshot);
					await page.keyboard.press('Escape');
				}
			}
			for (const name of step.shown ?? []) if (!(await waitForField(page, name, 'visible'))) problems.push(`${name} is not shown`);
			for (const name of step.hidden ?? []) if (!(await waitForField(page, name, 'hidden'))) problems.push(`${name} is shown`);
			problems.push(...(await panelProblems(page, step)));
			if (problems.length > 0) {
				await screenshot(page, artifactsDir, `editor-failure-${scenario.name.replace(/\W+/g, '-')}-${index + 1}`);
				assert.fail(`${label}: ${problems.join(', ')} (shown: ${(await shownParameters(page)).join(', ')})`);
			}
			// A list search without a pick was photographed while its list was open.
			if (step.screenshot && !(step.search && step.search.pick === undefined)) await screenshot(page, artifactsDir, step.screenshot);
		}
	} catch (error) {
		await screenshot(page, artifactsDir, `editor-error-${scenario.name.replace(/\W+/g, '-')}`).catch(() => undefined);
		throw error;
	} finally {
		await session.close();
		undo?.();
	}
}

export function editorTests(catalog: NodeCatalog): E2eTest[] {
	return EDITOR_SCENARIOS.map((scenario): E2eTest => {
		const missing = scenario.requires.filter((key) => {
			const [resource, operation] = key.split('.');
			return !catalog.hasOperation(resource, operation);
		});
		return {
			name: `editor: ${scenario.name}`,
			skip: missing.length > 0 ? `${missing.join(', ')} not in the INCS node yet` : undefined,
			run: (context: SuiteContext) => runScenario(scenario, context),
		};
	}).concat(canvasTests(catalog, sharedBrowser));
}
