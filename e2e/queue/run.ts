// `npm run test:queue` entry point (after scripts/test-queue.sh installed and built everything):
// packs the package, starts the INCS simulator and n8n in queue mode (Redis, PostgreSQL, main,
// two workers, a webhook processor), runs the queue tests in order, stops everything (also on
// failure or Ctrl-C), prints the measured figures and ends with `queue: N passed, N failed`.
//
// Option: --only <text> runs the tests whose name contains it (the worker-kill test stays last).

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { DEFAULT_CERTIFICATION_CODE, startSimulator, type Simulator } from '../../simulator';
import { simulatorCredentialData } from '../support/environment';
import { CREDENTIAL_NAME, CREDENTIAL_TYPE, INCS_NODE_TYPE, INCS_TRIGGER_TYPE } from '../support/incs';
import { loadNodeCatalog } from '../support/nodeDescription';
import { packPackage } from '../support/packageInstall';
import { ARTIFACTS_DIR, CACHE_DIR } from '../support/paths';
import { exitWith, finishRun, runTests, type RunSummary } from '../support/runner';
import { startQueueCluster, type QueueCluster } from './cluster';
import type { QueueContext, QueueTest } from './context';
import { campaignTests } from './tests/campaigns';
import { callbackTests } from './tests/callbacks';
import { editorListTests } from './tests/editorLists';
import { sendAndWaitTests } from './tests/sendAndWait';
import { workerKillTests } from './tests/workerKill';

const WORK_DIR = path.join(CACHE_DIR, 'queue-run');
const PACK_DIR = path.join(CACHE_DIR, 'queue-pack');
const LOG_DIR = path.join(ARTIFACTS_DIR, 'queue');
const OWNER = { email: 'queue@n8n-nodes-incs.test', password: 'Queue-Passw0rd-Incs' };

/**
 * Settings of the suite. The lock and stalled-check times are shorter than n8n's defaults (60 s
 * lock, 30 s check) so a killed worker's job is noticed in about 25 s instead of 90 s; concurrency
 * 1 makes two campaigns started together land on two different workers. Lazy isolate acquisition
 * stops n8n taking an expression isolate for every callback (4x the webhook processor's rate; see
 * docs/queue-mode.md): the 3,000 callbacks take about 1.5 minutes instead of 5-6.
 */
const CLUSTER_ENV = {
	QUEUE_WORKER_LOCK_DURATION: '15000',
	QUEUE_WORKER_LOCK_RENEW_TIME: '3000',
	QUEUE_WORKER_STALLED_INTERVAL: '5000',
	N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true',
};
const WORKER_CONCURRENCY = 1;

function argValue(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<number> {
	const started = Date.now();
	let simulator: Simulator | undefined;
	let cluster: QueueCluster | undefined;
	const stop = async (): Promise<void> => {
		const [runningCluster, runningSimulator] = [cluster, simulator];
		cluster = undefined;
		simulator = undefined;
		await runningCluster?.stop();
		await runningSimulator?.close();
	};
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			console.log(`\n${signal}: stopping n8n, Redis, PostgreSQL and the simulator`);
			stop().finally(() => process.exit(130));
		});
	}

	let summary: RunSummary;
	const report = new Map<string, string>();
	let logFiles: string[] = [];
	try {
		const tarball = packPackage(PACK_DIR);
		simulator = await startSimulator({ seedData: true });
		cluster = await startQueueCluster({
			workDir: WORK_DIR,
			tarball,
			owner: OWNER,
			workers: 2,
			workerConcurrency: WORKER_CONCURRENCY,
			env: CLUSTER_ENV,
			log: (line) => console.log(`[queue] ${line}`),
		});
		logFiles = cluster.logFiles;
		console.log(`[queue] start-up: ${Object.entries(cluster.timings).map(([k, v]) => `${k} ${v} ms`).join(', ')}`);
		const catalog = await loadNodeCatalog(cluster.client);
		for (const type of [INCS_NODE_TYPE, INCS_TRIGGER_TYPE]) {
			if (!catalog.loadedTypes.has(type)) throw new Error(`main did not load ${type}; see ${LOG_DIR}`);
		}
		const credential = await cluster.client.ensureCredential(
			CREDENTIAL_NAME,
			CREDENTIAL_TYPE,
			simulatorCredentialData(simulator.url, DEFAULT_CERTIFICATION_CODE),
		);
		const context: QueueContext = { cluster, simulator, credential, report };
		const tests: QueueTest[] = [...editorListTests, ...callbackTests, ...campaignTests, ...sendAndWaitTests, ...workerKillTests];
		summary = await runTests(tests, context, argValue('--only'));
	} catch (error) {
		console.log(`[queue] setup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		summary = { passed: 0, failed: 1, skipped: 0, failures: ['setup'] };
	} finally {
		await stop();
		mkdirSync(LOG_DIR, { recursive: true });
		for (const file of logFiles) if (existsSync(file)) copyFileSync(file, path.join(LOG_DIR, path.basename(file)));
	}
	for (const [name, value] of report) console.log(`[queue] ${name}: ${value}`);
	return finishRun('queue', summary, started, `logs: ${LOG_DIR}`);
}

exitWith(main);
