// playwright-core comes from the cached e2e runtime (.cache/n8n), not from the package's dev
// dependencies, so it is loaded at run time and typed here by the few calls the suite makes.

import { createRequire } from 'node:module';
import path from 'node:path';

import { CHROMIUM, RUNTIME_DIR } from '../support/paths';

export interface Locator {
	click(options?: { timeout?: number }): Promise<void>;
	dblclick(options?: { timeout?: number }): Promise<void>;
	hover(options?: { timeout?: number }): Promise<void>;
	or(locator: Locator): Locator;
	waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
	count(): Promise<number>;
	isVisible(): Promise<boolean>;
	innerText(): Promise<string>;
	allInnerTexts(): Promise<string[]>;
	fill(value: string): Promise<void>;
	getAttribute(name: string): Promise<string | null>;
	nth(index: number): Locator;
	inputValue(): Promise<string>;
	locator(selector: string): Locator;
	first(): Locator;
	press(key: string): Promise<void>;
	pressSequentially(text: string): Promise<void>;
	getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
	scrollIntoViewIfNeeded(): Promise<void>;
}

export interface APIResponse {
	ok(): boolean;
	status(): number;
	text(): Promise<string>;
}

export interface Page {
	goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle'; timeout?: number }): Promise<unknown>;
	locator(selector: string): Locator;
	getByRole(role: string, options?: { name?: string | RegExp; exact?: boolean }): Locator;
	screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
	keyboard: { press(key: string): Promise<void> };
	request: { post(url: string, options: { data: unknown }): Promise<APIResponse> };
	on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
	setDefaultTimeout(ms: number): void;
	waitForTimeout(ms: number): Promise<void>;
	/** Runs a JavaScript expression in the page (a string: the suite compiles without DOM types). */
	evaluate<R>(expression: string): Promise<R>;
}

export interface BrowserContext {
	newPage(): Promise<Page>;
	close(): Promise<void>;
}

export interface Browser {
	newContext(options: { baseURL: string; viewport: { width: number; height: number } }): Promise<BrowserContext>;
	close(): Promise<void>;
}

interface PlaywrightCore {
	chromium: {
		launch(options: { executablePath: string; headless: boolean; args: string[]; timeout?: number }): Promise<Browser>;
	};
}

export function launchChromium(): Promise<Browser> {
	const load = createRequire(path.join(RUNTIME_DIR, 'package.json'));
	const playwright = load('playwright-core') as PlaywrightCore;
	return playwright.chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		timeout: 180_000,
		// Debian's Chromium as root in a container: no sandbox, no GPU, nothing that phones home.
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
