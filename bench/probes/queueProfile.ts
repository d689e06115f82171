// Probe (not part of `npm run bench`): where a queue-mode webhook processor spends its CPU for one
// receiver. Starts the queue cluster with Node's CPU profiler (`--cpu-prof`, written when a
// process exits cleanly; `--prof` is not allowed in NODE_OPTIONS), publishes one receiver, posts
// selected callbacks to the webhook processor, waits for every run, stops the cluster, then prints
// the processor's busy CPU per callback by area (the INCS package, n8n's Webhook node,
// expressions, database, queue, HTTP, n8n's own code), counted from the first callback on.
// The profiler slows the processor down about 2.5×: compare the receivers, not the totals.
//
//   node build/bench/probes/queueProfile.js incs|webhook [callbacks=1500] [concurrency=10]
//
// Run each receiver in its own cluster, one after the other, and compare the shares: the profiler
// slows everything down, so the absolute times mean little.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { startQueueCluster } from '../../e2e/queue/cluster';
import { callbackBodies } from '../sections/trigger';
import { waitForExecutions } from '../n8n/executions';
import { BENCH_OWNER } from '../n8n/instance';
import { postAll } from '../n8n/load';
import { BENCH_WORK_DIR, withN8nMachine } from '../n8n/machine';
import { incsReceiver, publishReceiver, WEBHOOK_NODE } from '../n8n/triggerWorkflows';

/** Areas of the processor's self time, by the file a sampled function lives in; first match wins. */
const AREAS: Array<[string, RegExp]> = [
	['INCS package', /n8n-nodes-incs/],
	["n8n's Webhook node", /n8n-nodes-base\/dist\/nodes\/Webhook\//],
	['expressions', /expression|isolate|tournament/i],
	['database (typeorm, pg)', /typeorm|node_modules\/pg\//],
	['queue (bull, ioredis)', /bull|ioredis/],
	['HTTP (express, body parsing)', /express|body-parser|raw-body|iconv/],
	['n8n-workflow', /n8n-workflow\//],
	['n8n-core', /n8n-core\//],
	["n8n's server (cli)", /node_modules\/n8n\/dist/],
];

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

function areaOf(frame: ProfileNode['callFrame']): string {
	if (frame.url === '') return frame.functionName === '(garbage collector)' ? 'garbage collector' : 'native and V8';
	return AREAS.find(([, pattern]) => pattern.test(frame.url))?.[0] ?? 'other JavaScript';
}

/**
 * Busy (non-idle) self time by area, per callback, from the first sample inside n8n's
 * `executeWebhook` on: start-up (loading nodes, migrations checks) would otherwise dominate.
 */
function summarise(profile: CpuProfile, callbacks: number): string[] {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parentOf = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
	const inWebhook = (id: number): boolean => {
		for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
			if (byId.get(at)?.callFrame.functionName === 'executeWebhook') return true;
		}
		return false;
	};
	const first = profile.samples.findIndex(inWebhook);
	if (first < 0) return ['no sample inside executeWebhook: nothing was measured'];
	const areas = new Map<string, number>();
	let busy = 0;
	for (let index = first; index < profile.samples.length; index++) {
		const frame = byId.get(profile.samples[index])?.callFrame;
		if (!frame || frame.functionName === '(idle)') continue;
		const ms = (profile.timeDeltas[index] ?? 0) / 1000;
		busy += ms;
		areas.set(areaOf(frame), (areas.get(areaOf(frame)) ?? 0) + ms);
	}
	const perCallback = (ms: number) => `${(ms / callbacks).toFixed(3)} ms/callback`;
	return [
		`busy CPU from the first callback on: ${busy.toFixed(0)} ms = ${perCallback(busy)}`,
		...[...areas].sort((x, y) => y[1] - x[1]).map(([name, ms]) => `  ${name}: ${perCallback(ms)} (${((ms * 100) / busy).toFixed(1)} %)`),
	];
}

/** Callbacks posted before the measured ones (they are inside the profiled window too). */
const WARM_UP = 50;

async function main(): Promise<void> {
	const [kind = 'incs', callbacksArg = '1500', concurrencyArg = '10'] = process.argv.slice(2);
	if (kind !== 'incs' && kind !== 'webhook') throw new Error('first argument: incs or webhook');
	const callbacks = Number(callbacksArg);
	const concurrency = Number(concurrencyArg);
	const log = (line: string) => console.error(line);
	await withN8nMachine(log, async (machine) => {
		const workDir = path.join(BENCH_WORK_DIR, `queue-profile-${kind}`);
		const cluster = await startQueueCluster({
			workDir,
			tarball: machine.tarball,
			owner: BENCH_OWNER,
			workers: 2,
			env: { N8N_LOG_LEVEL: 'warn', N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true', NODE_OPTIONS: '--cpu-prof' },
		});
		machine.track(cluster);
		try {
			const receiver = kind === 'incs' ? incsReceiver(1.1) : WEBHOOK_NODE;
			const published = await publishReceiver(cluster.client, receiver, cluster.webhookUrl);
			const bodies = callbackBodies(callbacks).selected.slice(0, callbacks);
			await postAll(published.url, bodies.slice(0, WARM_UP), concurrency);
			const load = await postAll(published.url, bodies, concurrency);
			await waitForExecutions(cluster.client, published.workflowId, WARM_UP + callbacks);
			log(`${receiver.label}: ${load.perSecond.toFixed(1)} callbacks/s, p50 ${load.p50Ms.toFixed(0)} ms, failed ${load.failed}`);
		} finally {
			await cluster.stop();
			machine.track(undefined);
		}
		const folder = path.join(workDir, 'webhook');
		const profiles = readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'));
		if (profiles.length === 0) throw new Error(`no CPU profile in ${folder}: the webhook processor did not exit cleanly`);
		// The biggest profile is the webhook processor's main thread (the task runner's is small).
		const read = profiles.map((name) => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as CpuProfile);
		const biggest = read.sort((x, y) => y.samples.length - x.samples.length)[0];
		console.log(summarise(biggest, callbacks + WARM_UP).join('\n'));
	});
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
