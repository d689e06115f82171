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
 * Opens an `options`/`multiOptions` dropdown and returns the first line of each option shown, once
 * the list has rendered and holds still: the list opens with an animation, and on a slow machine
 * reading it right after the click finds no options yet.
 */
export async function openedOptions(page: Page, parameter: string, timeoutMs = 30_000): Promise<string[]> {
	const input = parameterInput(page, parameter).first();
	await input.scrollIntoViewIfNeeded();
	await input.click();
	const options = page.locator('[role="option"]:visible');
	await options.first().waitFor({ state: 'visible', timeout: timeoutMs });
	const read = async (): Promise<string[]> => (await options.allInnerTexts()).map((text) => text.split('\n')[0].trim());
	const deadline = Date.now() + timeoutMs;
	let previous = await read();
	for (;;) {
		await page.waitForTimeout(250);
		const current = await read();
		if (JSON.stringify(current) === JSON.stringify(previous) || Date.now() > deadline) return current;
		previous = current;
	}
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

/**
 * Edits a text parameter into `text` as a person would: keeps what it already starts with, erases
 * the rest with Backspace and types the remainder key by key, then leaves the field. (n8n turns a
 * fixed field into an expression when text holding `{{` is pasted or replaces a selection, and
 * WhatsApp variables are written `{{1}}`; typed into place they stay text.)
 */
export async function fillParameter(page: Page, parameter: string, text: string): Promise<void> {
	const input = parameterInput(page, parameter).first();
	await input.scrollIntoViewIfNeeded();
	const field = input.locator('textarea, input').first();
	const current = await field.inputValue();
	let kept = 0;
	while (kept < current.length && kept < text.length && current[kept] === text[kept]) kept++;
	await field.click();
	await field.press('Control+End');
	for (let erase = current.length - kept; erase > 0; erase--) await field.press('Backspace');
	await field.pressSequentially(text.slice(kept));
	// Leaving the field commits the value; dependent fields (a resource mapper) then reload.
	await page.keyboard.press('Tab');
	await page.waitForTimeout(500);
}

/**
 * Puts `text` into a text parameter at once, replacing its value, as a paste does (n8n reacts to
 * text holding `{{` that arrives in one piece by making the field an expression), then leaves it.
 */
export async function pasteParameter(page: Page, parameter: string, text: string): Promise<void> {
	const input = parameterInput(page, parameter).first();
	await input.scrollIntoViewIfNeeded();
	const field = input.locator('textarea, input').first();
	await field.click();
	await field.fill(text);
	// Now an expression editor, which keeps Tab for itself: leave it by clicking the input panel
	// beside, as a person clicks elsewhere; the field's preview closes and dependent fields reload.
	await page.locator('[data-test-id="ndv-input-panel"]').first().click();
	await page.waitForTimeout(500);
}

/** Switches a parameter from Expression to Fixed with the toggle n8n shows above it on hover. */
export async function makeFixed(page: Page, parameter: string): Promise<void> {
	const item = page.locator(`${PARAMETERS} .parameter-item:has([data-test-id="parameter-input-${parameter}"])`).first();
	await item.scrollIntoViewIfNeeded();
	await item.hover();
	await item.getByRole('radio', { name: 'Fixed', exact: true }).or(item.locator('text="Fixed"')).first().click();
	await page.waitForTimeout(500);
}

/** Whether the parameter is an n8n expression in the panel (its input is the expression editor). */
export async function isExpression(page: Page, parameter: string): Promise<boolean> {
	return await page.evaluate<boolean>(`(() => {
		for (const input of document.querySelectorAll('${PARAMETERS} [data-test-id="parameter-input-${parameter}"]')) {
			if (input.offsetParent === null) continue;
			const item = input.closest('.parameter-item') || input;
			if (item.querySelector('[data-test-id="inline-expression-editor-input"], [data-test-id="expression-editor-input"]')) return true;
		}
		return false;
	})()`);
}

/**
 * Everything the panel shows as text: labels, notices, hints and the values inside its inputs and
 * code editors (a read-only input's value is not part of the page's innerText).
 */
export async function panelText(page: Page): Promise<string> {
	return await page.evaluate<string>(`(() => {
		const root = document.querySelector('${PARAMETERS}');
		if (!root) return '';
		const values = Array.from(root.querySelectorAll('input, textarea')).map((input) => input.value);
		return [root.innerText, ...values].join('\\n');
	})()`);
}

/**
 * Field labels of the panel that are cut off (wider than the space they get, or ellipsed), as
 * their full text. n8n draws a parameter's label on one line and cuts what does not fit.
 */
export async function truncatedLabels(page: Page): Promise<string[]> {
	return await page.evaluate<string[]>(`(() => {
		const root = document.querySelector('${PARAMETERS}');
		if (!root) return [];
		const cut = [];
		for (const label of root.querySelectorAll('[data-test-id="input-label"] label')) {
			if (label.offsetParent === null) continue;
			const parts = [label, ...label.querySelectorAll('*')];
			if (parts.some((part) => part.scrollWidth > part.clientWidth + 1)) cut.push(label.innerText.trim());
		}
		return cut;
	})()`);
}

/**
 * What the panel shows in red on first sight: a code editor's lint errors, the resource mapper's
 * "Retry" after a failed load, and n8n's issue mark on any of `fields`. (Every required field
 * that is still empty carries n8n's issue mark, e.g. the recipient of a new node; a check names
 * the fields whose mark would be a defect: a JSON box with a working default, an optional date.)
 */
export async function redMarks(page: Page, fields: string[] = []): Promise<string[]> {
	return await page.evaluate<string[]>(`(() => {
		const root = document.querySelector('${PARAMETERS}');
		if (!root) return [];
		const marks = [];
		const visible = (element) => element.offsetParent !== null;
		for (const name of ${JSON.stringify(fields)}) {
			for (const input of root.querySelectorAll('[data-test-id="parameter-input-' + name + '"]')) {
				const item = input.closest('.parameter-item') || input.parentElement;
				const issue = item && item.querySelector('[data-test-id="parameter-issues"]');
				if (visible(input) && issue && visible(issue)) marks.push('an issue mark at ' + name);
			}
		}
		for (const lint of root.querySelectorAll('.cm-lintRange-error, .cm-lint-marker-error')) {
			if (visible(lint)) marks.push('a JSON lint error');
		}
		for (const element of root.querySelectorAll('a, button, span')) {
			if (visible(element) && element.innerText && element.innerText.trim() === 'Retry') marks.push('a Retry link');
		}
		return marks;
	})()`);
}

/**
 * The text printed under a parameter (its hint; n8n renders it without a stable marker), read as
 * the parameter's block without its label, or undefined when the parameter is not shown.
 */
export async function hintOf(page: Page, parameter: string): Promise<string | undefined> {
	return await page.evaluate<string | undefined>(`(() => {
		const root = document.querySelector('${PARAMETERS}');
		if (!root) return undefined;
		for (const input of root.querySelectorAll('[data-test-id="parameter-input-${parameter}"], [data-test-id="fixed-collection-${parameter}"]')) {
			if (input.offsetParent === null) continue;
			const item = input.closest('.parameter-item');
			if (!item) continue;
			const label = item.querySelector('[data-test-id="input-label"] label');
			const text = item.innerText.trim();
			const labelText = label ? label.innerText.trim() : '';
			return (text.startsWith(labelText) ? text.slice(labelText.length) : text).trim();
		}
		return undefined;
	})()`);
}
