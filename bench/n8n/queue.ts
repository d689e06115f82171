// Section `n8nQueue`: the callback comparison in n8n's queue mode, main + 2 workers + 1 webhook
// processor on Redis and PostgreSQL (the queue-mode suite's cluster), a fresh cluster per setting.
// Callbacks go to the webhook processor, which runs only the webhook phase and hands each run to
// the workers through Redis; the bench still waits for every block's runs (counted on main)
// before the next block, so the workers' backlog never spills into another block.

import path from 'node:path';

import { startQueueCluster } from '../../e2e/queue/cluster';
import { compareReceivers, publishReceivers, type CallbackConfig } from './callbacks';
import { BENCH_OWNER } from './instance';
import { n8nCpuMs } from './processCpu';
import { BENCH_WORK_DIR, withN8nMachine } from './machine';
import { loadAverage, receivers, type SettingRun } from './section';
import { N8N_SETTINGS, SAVING_NOTE } from './settings';

export interface N8nQueueConfig {
	callbacks: CallbackConfig;
	workers: number;
	/** Which of N8N_SETTINGS, in order. */
	settings: ReadonlyArray<SettingRun['setting']>;
}

export interface N8nQueueResult {
	workers: number;
	saving: string;
	settings: SettingRun[];
}

export function measureN8nQueue(config: N8nQueueConfig, log: (line: string) => void): Promise<N8nQueueResult> {
	return withN8nMachine(log, async (machine) => {
		const compared = receivers();
		const result: N8nQueueResult = { workers: config.workers, saving: SAVING_NOTE, settings: [] };
		for (const setting of N8N_SETTINGS.filter((s) => config.settings.includes(s.name))) {
			const loadBefore = loadAverage();
			const started = Date.now();
			const workDir = path.join(BENCH_WORK_DIR, `queue-${setting.name}`);
			const cluster = await startQueueCluster({
				workDir,
				tarball: machine.tarball,
				owner: BENCH_OWNER,
				workers: config.workers,
				env: { N8N_LOG_LEVEL: 'warn', ...setting.env },
			});
			machine.track(cluster);
			try {
				const startMs = Date.now() - started;
				log(`  queue mode, ${setting.label}: cluster up in ${(startMs / 1000).toFixed(1)} s, load before ${loadBefore.join(' ')}`);
				const published = await publishReceivers(cluster.client, compared, cluster.webhookUrl);
				// Every n8n process of the cluster, and the webhook processor alone (the webhook phase).
				// Per role too, to see which process pays for a receiver's extra CPU.
				const cpu = {
					n8n: () => n8nCpuMs(workDir),
					webhookProcessor: () => n8nCpuMs(path.join(workDir, 'webhook')),
					main: () => n8nCpuMs(path.join(workDir, 'main')),
					workers: () => n8nCpuMs(path.join(workDir, 'worker-')),
				};
				const comparison = await compareReceivers(cluster.client, published, config.callbacks, cpu, log);
				result.settings.push({ setting: setting.name, label: setting.label, env: setting.env, startMs, loadAverageBefore: loadBefore, comparison });
			} finally {
				await cluster.stop();
				machine.track(undefined);
			}
		}
		return result;
	});
}
