// Sections `n8n` of `npm run bench`: the package inside a real n8n 2.41.1 (the e2e runtime,
// Node 24), started fresh for each setting with the packed package, the simulator in the bench's
// child process. Callbacks: every INCS Trigger version vs n8n's Webhook node under three
// expression-engine settings. Campaign: 2,000 sends into INCS's rate limit, INCS node vs a
// hand-tuned HTTP Request node.

import os from 'node:os';
import path from 'node:path';

import { trigger } from '../sections/trigger';
import { SimProcess } from '../sim/process';
import { compareReceivers, publishReceivers, type CallbackComparison, type CallbackConfig } from './callbacks';
import { createCampaignWorkflows, runCampaign, type CampaignConfig, type CampaignRun } from './campaign';
import { startBenchN8n, type BenchN8n } from './instance';
import { BENCH_WORK_DIR, withN8nMachine } from './machine';
import { n8nCpuMs } from './processCpu';
import { N8N_SETTINGS, SAVING_NOTE, type N8nSetting } from './settings';
import { incsReceiver, WEBHOOK_NODE, type Receiver } from './triggerWorkflows';

export interface N8nSectionConfig {
	callbacks: CallbackConfig;
	campaign: CampaignConfig;
}

export interface SettingRun {
	setting: N8nSetting['name'];
	label: string;
	env: Record<string, string>;
	/** n8n's start (single process) or the whole cluster's (queue mode), ms. */
	startMs: number;
	loadAverageBefore: number[];
	comparison: CallbackComparison;
}

export interface N8nSectionResult {
	/** The INCS Trigger's type versions in the packed package. */
	triggerVersions: number[];
	saving: string;
	settings: SettingRun[];
	campaign: CampaignRun[];
}

export const loadAverage = (): number[] => os.loadavg().map((l) => Number(l.toFixed(2)));

/** Every receiver compared: each INCS Trigger version the package has, and the Webhook node. */
export function receivers(): Receiver[] {
	const versions = [trigger.description.version].flat();
	return [...versions.map(incsReceiver), WEBHOOK_NODE];
}

export function measureN8n(config: N8nSectionConfig, log: (line: string) => void): Promise<N8nSectionResult> {
	return withN8nMachine(log, async (machine) => {
		const compared = receivers();
		const result: N8nSectionResult = {
			triggerVersions: compared.filter((r) => r.kind === 'incs').map((r) => r.version),
			saving: SAVING_NOTE,
			settings: [],
			campaign: [],
		};
		const sim = await SimProcess.start({ latencyMs: config.campaign.latencyMs });
		try {
			for (const setting of N8N_SETTINGS) {
				const loadBefore = loadAverage();
				const instance = await startBenchN8n({ tarball: machine.tarball, workDir: path.join(BENCH_WORK_DIR, setting.name), simulatorUrl: sim.url, env: setting.env });
				machine.track(instance);
				try {
					log(`  ${setting.label}: n8n up in ${(instance.startMs / 1000).toFixed(1)} s, load before ${loadBefore.join(' ')}`);
					const published = await publishReceivers(instance.client, compared, instance.n8n.url);
					const cpu = { n8n: () => n8nCpuMs(instance.n8n.userFolder) };
					const comparison = await compareReceivers(instance.client, published, config.callbacks, cpu, log);
					result.settings.push({ setting: setting.name, label: setting.label, env: setting.env, startMs: instance.startMs, loadAverageBefore: loadBefore, comparison });
					// The campaign does not depend on the expression engine: once, at n8n's defaults.
					if (setting.name === 'defaults') result.campaign = await campaign(instance, sim, config.campaign, log);
				} finally {
					await instance.stop();
					machine.track(undefined);
				}
			}
		} finally {
			await sim.stop();
		}
		return result;
	});
}

async function campaign(
	instance: BenchN8n,
	sim: SimProcess,
	config: CampaignConfig,
	log: (line: string) => void,
): Promise<CampaignRun[]> {
	log(`  campaign: ${config.items} sends into ${config.ratePerSecond}/s, load ${loadAverage().join(' ')}`);
	const workflows = await createCampaignWorkflows(instance.client, instance.incsCredential, sim.url, config);
	const batching = `batches of ${config.batchSize} per ${config.batchIntervalMs} ms`;
	return [
		await runCampaign(instance.client, sim, workflows.incs, 'INCS node (defaults)', config, log),
		await runCampaign(instance.client, sim, workflows.httpRequest, `HTTP Request node (${batching})`, config, log),
	];
}
