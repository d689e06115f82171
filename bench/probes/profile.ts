// Probe (not part of `npm run bench`): a CPU profile of one scenario, taken with the inspector
// only around the measured run, printed as inclusive time per unit (item, callback, listing).
//
//   node build/bench/probes/profile.js send [items=2000] [concurrency=20]
//   node build/bench/probes/profile.js paging
//   node build/bench/probes/profile.js trigger [callbacks=4000]
//
// The profiler itself slows everything down; read the shares, not the absolute times.

import { Session } from 'node:inspector/promises';

import { checkSends, recipientItems, runIncsNode, whatsAppTextParameters } from '../lib/nodeRunner';
import { cpuMs, nowMs } from '../lib/stats';
import { warmUp } from '../sections/perItem';
import { callbackBodies, post, trigger } from '../sections/trigger';
import { SimProcess } from '../sim/process';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

async function profiled(work: () => Promise<void>): Promise<Profile> {
	const session = new Session();
	session.connect();
	try {
		await session.post('Profiler.enable');
		await session.post('Profiler.setSamplingInterval', { interval: 200 });
		await session.post('Profiler.start');
		const cpuStart = cpuMs();
		const start = nowMs();
		await work();
		console.log(`run: ${(nowMs() - start).toFixed(0)} ms wall, ${(cpuMs() - cpuStart).toFixed(0)} ms CPU (profiled)`);
		const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
		return profile;
	} finally {
		session.disconnect();
	}
}

const NOISE = /^\(root\)|^\(anon\) :|^\(program\)|processTicksAndRejections|runMicrotasks|node:inspector|node:internal\/util|^dispatch :|probes\/profile/;

function print(profile: Profile, units: number, unit: string): void {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
	const keyOf = (n: ProfileNode) =>
		`${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(node_modules|build)\//, '')}:${n.callFrame.lineNumber + 1}`;
	const inclusive = new Map<string, number>();
	const self = new Map<string, number>();
	let busy = 0;
	profile.samples.forEach((id, i) => {
		const micros = profile.timeDeltas[i] ?? 0;
		const leaf = byId.get(id);
		if (!leaf || leaf.callFrame.functionName === '(idle)' || leaf.callFrame.url.includes('node:inspector')) return;
		busy += micros;
		self.set(keyOf(leaf), (self.get(keyOf(leaf)) ?? 0) + micros);
		const seen = new Set<string>();
		for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
			const node = byId.get(current);
			if (!node) break;
			const key = keyOf(node);
			if (seen.has(key)) continue;
			seen.add(key);
			inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
		}
	});
	console.log(`busy: ${(busy / units).toFixed(0)} µs per ${unit}`);
	const show = (title: string, map: Map<string, number>, count: number) => {
		console.log(`--- ${title} (µs per ${unit}, share of busy time)`);
		[...map]
			.filter(([key]) => !NOISE.test(key))
			.sort((a, b) => b[1] - a[1])
			.slice(0, count)
			.forEach(([key, micros]) => console.log(`${(micros / units).toFixed(1).padStart(8)}  ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${key}`));
	};
	show('inclusive', inclusive, 40);
	show('self', self, 20);
}

async function main(): Promise<void> {
	const [scenario = 'send', first, second] = process.argv.slice(2);
	if (scenario === 'trigger') {
		const bodies = callbackBodies(Number(first ?? 4000));
		await post(trigger, undefined, bodies.mix);
		print(await profiled(async () => void (await post(trigger, undefined, bodies.mix))), bodies.mix.length, 'callback');
		return;
	}
	const sim = await SimProcess.start({ latencyMs: scenario === 'paging' ? 0 : 20 });
	try {
		if (scenario === 'paging') {
			await sim.seedWabaTemplates(10_000);
			const parameters = { resource: 'whatsAppTemplate', operation: 'getAll', returnAll: true };
			for (let i = 0; i < 3; i++) await runIncsNode(sim.url, parameters, [{ json: {} }]);
			print(await profiled(async () => void (await runIncsNode(sim.url, parameters, [{ json: {} }]))), 101, 'page');
			return;
		}
		const items = Number(first ?? 2000);
		const concurrency = Number(second ?? 20);
		await warmUp(sim);
		await sim.configure({ latencyMs: 20 });
		const profile = await profiled(async () => {
			const result = await runIncsNode(sim.url, whatsAppTextParameters({ maxConcurrentRequests: concurrency }), recipientItems(items));
			checkSends(result, items);
		});
		print(profile, items, 'item');
	} finally {
		await sim.stop();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
