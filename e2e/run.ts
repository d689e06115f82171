// `npm run test:e2e` entry point (after scripts/test-e2e.sh installed and built everything):
// starts the simulator and a real n8n with the packed package, runs the credential, workflow,
// trigger, example, AI agent and editor tests in order, stops everything, and ends with `e2e: N passed, N failed`.
//
// Options: --only <text> runs the tests whose name contains it; --no-editor skips the browser.

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { editorTests } from './editor/editorTests';
import { agentTests } from './suites/agent';
import type { SuiteContext, E2eTest } from './suites/context';
import { credentialTests } from './suites/credential';
import { exampleTests } from './suites/examples';
import { sendAndWaitTests } from './suites/sendAndWait';
import { triggerTests } from './suites/trigger';
import { workflowCaseTests } from './suites/workflowCases';
import { startEnvironment, type Environment } from './support/environment';
import { loadNodeCatalog } from './support/nodeDescription';
import { ARTIFACTS_DIR, CACHE_DIR } from './support/paths';
import { exitWith, finishRun, runTests, type RunSummary } from './support/runner';

const WORK_DIR = path.join(CACHE_DIR, 'e2e-run');
const OWNER = { email: 'e2e@n8n-nodes-incs.test', password: 'E2e-Passw0rd-Incs' };

function argValue(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<number> {
	const started = Date.now();
	const only = argValue('--only');
	const withEditor = !process.argv.includes('--no-editor');
	mkdirSync(ARTIFACTS_DIR, { recursive: true });
	// Screenshots of an earlier run would pass for this one's.
	for (const file of readdirSync(ARTIFACTS_DIR)) if (file.startsWith('editor-') && file.endsWith('.png')) rmSync(path.join(ARTIFACTS_DIR, file));

	let env: Environment | undefined;
	const stop = async (): Promise<void> => {
		const running = env;
		env = undefined;
		await running?.stop();
	};
	// Ctrl-C or CI's kill: stop n8n (its process group) before leaving.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			console.log(`\n${signal}: stopping n8n and the simulator`);
			stop().finally(() => process.exit(130));
		});
	}

	let summary: RunSummary;
	const cleanups: SuiteContext['cleanups'] = [];
	try {
		env = await startEnvironment({
			workDir: WORK_DIR,
			fresh: true,
			owner: OWNER,
			log: (line) => console.log(`[e2e] ${line}`),
		});
		console.log(`[e2e] start-up: ${Object.entries(env.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
		const catalog = await loadNodeCatalog(env.client);
		for (const type of ['n8n-nodes-incs.incs', 'n8n-nodes-incs.incsTrigger']) {
			if (!catalog.loadedTypes.has(type)) throw new Error(`n8n did not load ${type}; see ${env.n8n.logFile}`);
		}
		const context: SuiteContext = { env, artifactsDir: ARTIFACTS_DIR, cleanups };
		const tests: E2eTest[] = [
			...credentialTests,
			...workflowCaseTests(catalog),
			...triggerTests,
			...exampleTests(),
			...agentTests,
			...sendAndWaitTests(catalog),
			...(withEditor ? editorTests(catalog) : []),
		];
		summary = await runTests(tests, context, only);
	} catch (error) {
		console.log(`[e2e] setup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		summary = { passed: 0, failed: 1, skipped: 0, failures: ['setup'] };
	} finally {
		for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.log(`[e2e] cleanup: ${String(error)}`));
		await stop();
		const log = path.join(WORK_DIR, 'n8n.log');
		if (existsSync(log)) copyFileSync(log, path.join(ARTIFACTS_DIR, 'n8n.log'));
	}
	return finishRun('e2e', summary, started, `n8n log and screenshots: ${ARTIFACTS_DIR}`);
}

exitWith(main);
