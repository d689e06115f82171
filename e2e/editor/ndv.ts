// The n8n editor as a person uses it: log in, open a workflow, open a node's panel (NDV), pick
// dropdown options, and see which parameters are shown. Selectors are the data-test-ids n8n's
// own Playwright tests use.

import path from 'node:path';

import type { Browser, BrowserContext, Locator, Page } from './playwright';

export interface EditorSession {
	page: Page;
	close(): Promise<void>;
}

export async function openEditor(browser: Browser, baseUrl: string, login: { email: string; password: string }): Promise<EditorSession> {
	const context: BrowserContext = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1440, height: 960 } });
	const page = await context.newPage();
	// Generous: CI machines can be several times slower than a laptop; a passing step never waits.
	page.setDefaultTimeout(60_000);
	// Logging in through the API sets the session cookie in this browser context.
	const response = await page.request.post('/rest/login', { data: { emailOrLdapLoginId: login.email, password: login.password } });
	if (!response.ok()) throw new Error(`editor login failed: HTTP ${response.status()} ${await response.text()}`);
	return { page, close: () => context.close() };
}

export async function openNode(page: Page, workflowId: string, nodeName: string): Promise<void> {
	await page.goto(`/workflow/${workflowId}`, { waitUntil: 'domcontentloaded' });
	const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`);
	await node.waitFor({ state: 'visible', timeout: 120_000 });
	await node.dblclick();
	await page.locator('[data-test-id="ndv"]').waitFor({ state: 'visible' });
	await page.locator('[data-test-id="node-parameters"]').waitFor({ state: 'visible' });
}

const PARAMETERS = '[data-test-id="node-parameters"]';

/** A plain parameter's input, or a fixed collection (which n8n marks differently). */
function parameterInput(page: Page, name: string): Locator {
	return page.locator(
		`${PARAMETERS} [data-test-id="parameter-input-${name}"], ${PARAMETERS} [data-test-id="fixed-collection-${name}"]`,
	);
}

/** Picks an option of an `options` parameter by the name shown in the dropdown. */
export async function selectOption(page: Page, parameter: string, option: string): Promise<void> {
	const input = parameterInput(page, parameter).first();
	await input.scrollIntoViewIfNeeded();
	await input.click();
	// The open dropdown's option whose text is exactly the name (an option may also show a
	// description, so its whole text is longer).
	await page.locator(`[role="option"]:visible >> text="${option}"`).first().click();
	// The panel re-renders the dependent fields after the change.
	await page.waitForTimeout(300);
}

/**
 * Waits a while for a field to be shown (some load asynchronously: resource mapper, options from
 * INCS) or to go (the panel re-renders after a change, slowly on a slow machine); false when it
 * does not happen in time.
 */
export async function waitForField(page: Page, name: string, state: 'visible' | 'hidden', timeoutMs = 30_000): Promise<boolean> {
	try {
		await parameterInput(page, name).first().waitFor({ state, timeout: timeoutMs });
		return true;
	} catch {
		return false;
	}
}

export async function shownParameters(page: Page): Promise<string[]> {
	const names: string[] = [];
	const inputs = page.locator(`${PARAMETERS} [data-test-id^="parameter-input-"], ${PARAMETERS} [data-test-id^="fixed-collection-"]`);
	const count = await inputs.count();
	for (let index = 0; index < count; index++) {
		const item = inputs.nth(index);
		if (!(await item.isVisible())) continue;
		const id = await item.getAttribute('data-test-id');
		const name = id?.match(/^(?:parameter-input|fixed-collection)-(.+)$/)?.[1];
		if (name !== undefined) names.push(name);
	}
	return [...new Set(names)];
}

export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
	const file = path.join(dir, `${name}.png`);
	await page.screenshot({ path: file, fullPage: false });
	return file;
}

/**
 * Opens a resource locator's "From List" dropdown, types `search` into its search box and returns
 * the entries it shows once they have loaded from INCS and settled on the search (every entry
 * containing it), or whatever it shows after `timeoutMs`, for the caller to report.
 */
export async function searchList(page: Page, parameter: string, search: string, timeoutMs = 60_000): Promise<string[]> {
	const locator = page.locator(`${PARAMETERS} [data-test-id="resource-locator-${parameter}"]`).first();
	await locator.scrollIntoViewIfNeeded();
	await locator.locator('[data-test-id="rlc-input"]').first().click();
	// The dropdown is teleported to the page's end; its search box and entries are what is visible.
	const searchBox = page.locator('input[data-test-id="rlc-search"]:visible, [data-test-id="rlc-search"] input:visible').first();
	await searchBox.waitFor({ state: 'visible' });
	await searchBox.fill(search);
	const entries = page.locator('[data-test-id="rlc-item"]:visible');
	const deadline = Date.now() + timeoutMs;
	let shown: string[] = [];
	do {
		shown = (await entries.allInnerTexts()).map((text) => text.trim());
		if (shown.length > 0 && shown.every((text) => text.toLowerCase().includes(search.toLowerCase()))) return shown;
		await page.waitForTimeout(250);
	} while (Date.now() < deadline);
	return shown;
}

/** Clicks the entry of the open resource locator dropdown whose text is exactly `entry`. */
export async function pickListEntry(page: Page, entry: string): Promise<void> {
	await page.locator(`[data-test-id="rlc-item"]:visible >> text="${entry}"`).first().click();
}
