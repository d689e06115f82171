// `npm run bench`: the five measurements of issue 7. Prints one table and writes every number
// (each block and repetition, the pacer trace) to bench/results/latest.json.
//
//   node build/bench/run.js [--quick] [--only=perItem,rateLimit,trigger,paging,footprint,n8n,n8nQueue]
//                           [--rate-reps=N] [--diagnostics=5,20] [--queue-settings=lazyAcquire,defaults]
//
// --quick shrinks every size for a smoke test (its numbers are not comparable); --rate-reps
// repeats the 20 s rate-limited run; --diagnostics picks the concurrencies at which the bare
// n8n node and the raw client without keep-alive run too (default 20; adding 5 costs ~20 s,
// adding 1 ~90 s); --queue-settings picks the n8n settings queue mode runs under (each takes a
// fresh cluster and ~8 minutes). `n8n` and `n8nQueue` run the package inside a real n8n (the e2e runtime,
// scripts/e2e-setup.sh; queue mode also needs redis-server) and hold the machine's n8n lock while
// they do (bench/n8n/lock.ts).

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_CONCURRENT_REQUESTS } from '../nodes/Incs/v1/transport/settings';
import { fmt, kib, renderTable, type TableRow } from './lib/table';
import { median, nowMs } from './lib/stats';
import { measureFootprint, type FootprintResult } from './sections/footprint';
import { measurePaging, type PagingRow } from './sections/paging';
import { measurePerItem, warmUp, type PerItemRow } from './sections/perItem';
import { measureRateLimited, type RateLimitRun } from './sections/rateLimit';
import { measureTrigger, type TriggerResult } from './sections/trigger';
import { measureN8nQueue, type N8nQueueResult } from './n8n/queue';
import { n8nQueueRows, n8nRows } from './n8n/report';
import { measureN8n, type N8nSectionResult } from './n8n/section';
import { SimProcess } from './sim/process';

const SECTIONS = ['perItem', 'rateLimit', 'trigger', 'paging', 'footprint', 'n8n', 'n8nQueue'] as const;
type Section = (typeof SECTIONS)[number];

const ROOT = path.resolve(__dirname, '..', '..');
const TARGET_RATIO = 0.95;
const TARGET_RATE_FACTOR = 1.05;

interface Args {
	quick: boolean;
	only: Set<Section>;
	rateReps: number;
	/** Concurrencies at which the per-item diagnostics run. */
	diagnosticsAt: number[];
	queueSettings: Array<'lazyAcquire' | 'defaults'>;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { quick: false, only: new Set(SECTIONS), rateReps: 1, diagnosticsAt: [20], queueSettings: ['lazyAcquire', 'defaults'] };
	for (const arg of argv) {
		if (arg === '--quick') args.quick = true;
		else if (arg.startsWith('--rate-reps=')) args.rateReps = Math.max(1, Math.min(10, Number(arg.slice('--rate-reps='.length)) || 1));
		else if (arg.startsWith('--diagnostics=')) args.diagnosticsAt = arg.slice('--diagnostics='.length).split(',').filter((v) => v !== '').map(Number);
		else if (arg.startsWith('--queue-settings=')) {
			const names = arg.slice('--queue-settings='.length).split(',');
			for (const name of names) if (name !== 'lazyAcquire' && name !== 'defaults') throw new Error(`unknown queue setting ${name}; one of lazyAcquire, defaults`);
			args.queueSettings = names as Args['queueSettings'];
		} else if (arg.startsWith('--only=')) {
			const names = arg.slice('--only='.length).split(',');
			for (const name of names) if (!(SECTIONS as readonly string[]).includes(name)) throw new Error(`unknown section ${name}; one of ${SECTIONS.join(', ')}`);
			args.only = new Set(names as Section[]);
		} else throw new Error(`unknown argument ${arg}`);
	}
	return args;
}

function configFor(args: Args) {
	const q = args.quick;
	return {
		perItem: { totalItems: q ? 200 : 2000, blocks: q ? 2 : 4, concurrencies: [1, 5, 20], latencyMs: 20, diagnosticsAt: args.diagnosticsAt },
		rateLimit: { items: q ? 400 : 2000, ratePerSecond: 100, burst: 100, latencyMs: 20 },
		trigger: { callbacks: q ? 400 : 4000, reps: q ? 2 : 5 },
		paging: { templates: q ? 1000 : 10_000, reps: q ? 2 : 3, latencies: [0, 20] },
		footprint: { root: ROOT, reps: q ? 2 : 3 },
		n8n: {
			callbacks: { callbacks: q ? 100 : 300, concurrency: 10, rounds: q ? 1 : 2, warmUp: q ? 20 : 50 },
			campaign: { items: q ? 400 : 2000, ratePerSecond: 100, burst: 100, latencyMs: 20, batchSize: 100, batchIntervalMs: 1000 },
		},
		n8nQueue: {
			callbacks: { callbacks: q ? 100 : 500, concurrency: 10, rounds: q ? 1 : 5, warmUp: 20 },
			workers: 2,
			settings: args.queueSettings,
		},
	};
}

function git(args: string[]): string {
	try {
		return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return 'unknown';
	}
}

function environment() {
	return {
		node: process.version,
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
		commit: git(['rev-parse', '--short', 'HEAD']),
		uncommittedFiles: git(['status', '--porcelain']).split('\n').filter((l) => l.trim() !== '').length,
		startedAt: new Date().toISOString(),
	};
}

const log = (line: string): void => console.error(line);

/** Seconds each section took, so the bench's own budget (~3 min) stays visible. */
const sectionSeconds: Record<string, number> = {};

async function section<T>(name: string, work: () => Promise<T> | T): Promise<T> {
	const start = nowMs();
	try {
		return await work();
	} finally {
		sectionSeconds[name] = Number(((nowMs() - start) / 1000).toFixed(1));
	}
}

interface Results {
	perItem?: PerItemRow[];
	rateLimit?: RateLimitRun[];
	trigger?: TriggerResult;
	paging?: PagingRow[];
	footprint?: FootprintResult;
	n8n?: N8nSectionResult;
	n8nQueue?: N8nQueueResult;
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const config = configFor(args);
	const env = environment();
	const results: Results = {};
	const started = nowMs();
	log(`INCS benchmark${args.quick ? ' (quick)' : ''} — Node ${env.node}, ${env.cpus} cores, load ${env.loadAverage.join(' ')}`);

	const needsSim = args.only.has('perItem') || args.only.has('rateLimit') || args.only.has('paging');
	const sim = needsSim ? await SimProcess.start({ latencyMs: 20 }) : undefined;
	try {
		if (sim) {
			log('warming up…');
			await section('warmUp', () => warmUp(sim));
		}
		if (sim && args.only.has('perItem')) {
			log(`1. per-item overhead: ${config.perItem.totalItems} sends per side and concurrency, ${config.perItem.blocks} interleaved blocks`);
			results.perItem = await section('perItem', () => measurePerItem(sim, config.perItem, log));
		}
		if (sim && args.only.has('rateLimit')) {
			log(`2. rate-limited delivery: ${config.rateLimit.items} sends into ${config.rateLimit.ratePerSecond}/s (burst ${config.rateLimit.burst}), node defaults`);
			const runs: RateLimitRun[] = [];
			await section('rateLimit', async () => {
				for (let rep = 0; rep < args.rateReps; rep++) runs.push(await measureRateLimited(sim, config.rateLimit, `run ${rep + 1}`, log));
			});
			results.rateLimit = runs;
		}
		if (sim && args.only.has('paging')) {
			log(`4. paging: Get Many (Return All) over ${config.paging.templates} templates vs raw keyset paging`);
			results.paging = await section('paging', () => measurePaging(sim, config.paging, log));
		}
	} finally {
		await sim?.stop();
	}
	if (args.only.has('trigger')) {
		log(`3. trigger: ${config.trigger.callbacks} callbacks per run, half for events not selected`);
		results.trigger = await section('trigger', () => measureTrigger(config.trigger, log));
	}
	if (args.only.has('footprint')) {
		log(`5. footprint: dist, npm tarball, cold require (${config.footprint.reps} fresh processes each)`);
		results.footprint = await section('footprint', () => measureFootprint(config.footprint, log));
	}

	if (args.only.has('n8n')) {
		log('6.–7. real n8n: callbacks vs the Webhook node under three settings, campaign at the rate limit');
		results.n8n = await section('n8n', () => measureN8n(config.n8n, log));
	}
	if (args.only.has('n8nQueue')) {
		log('8. real n8n, queue mode: callbacks to the webhook processor vs the Webhook node');
		results.n8nQueue = await section('n8nQueue', () => measureN8nQueue(config.n8nQueue, log));
	}

	const totalSeconds = (nowMs() - started) / 1000;
	console.log(report(results, config, env, totalSeconds));
	const outDir = path.join(ROOT, 'bench', 'results');
	fs.mkdirSync(outDir, { recursive: true });
	const file = path.join(outDir, 'latest.json');
	fs.writeFileSync(file, `${JSON.stringify({ env: { ...env, finishedLoadAverage: os.loadavg() }, config, totalSeconds, sectionSeconds, results }, null, '\t')}\n`);
	console.log(`\nAll numbers (each block, repetition and the pacer trace): ${path.relative(ROOT, file)}`);
}

function report(results: Results, config: ReturnType<typeof configFor>, env: ReturnType<typeof environment>, totalSeconds: number): string {
	const rows: TableRow[] = [];
	const perItem = results.perItem;
	if (perItem) {
		perItem.forEach((row, i) => {
			rows.push({
				section: i === 0 ? `1. Per-item overhead — ${row.items} WhatsApp text sends per side, ${config.perItem.latencyMs} ms latency, median of ${config.perItem.blocks} interleaved blocks` : undefined,
				cells: [
					`concurrency ${row.concurrency}: node vs raw keep-alive`,
					`${fmt(row.perSecond.node)} /s`,
					`${fmt(row.perSecond.raw)} /s`,
					`${fmt(row.ratio, 3)} ×`,
					`≥ ${TARGET_RATIO} ×`,
					`+${fmt(row.overheadPerItemMs, 2)} ms/item; client CPU ${fmt(row.cpuMicrosPerItem.node, 0)} vs ${fmt(row.cpuMicrosPerItem.raw, 0)} µs/item`,
				],
				mark: row.ratio >= TARGET_RATIO ? 'PASS' : 'FAIL',
			});
			if (row.perSecond.bare !== undefined) {
				rows.push({
					cells: [`  diagnostic c=${row.concurrency}: node vs bare n8n node`, `${fmt(row.perSecond.node)} /s`, `${fmt(row.perSecond.bare)} /s`, `${fmt(row.ratioToBare, 3)} ×`, '', `bare = httpRequestWithAuthentication only; CPU ${fmt(row.cpuMicrosPerItem.bare, 0)} µs/item`],
					mark: 'info',
				});
			}
			const raw = row.perSecond.raw ?? Number.NaN;
			if (row.perSecond.rawNoKeepAlive !== undefined) {
				rows.push({
					cells: [`  diagnostic c=${row.concurrency}: raw without keep-alive`, `${fmt(row.perSecond.rawNoKeepAlive)} /s`, `${fmt(raw)} /s`, `${fmt(row.perSecond.rawNoKeepAlive / raw, 3)} ×`, '', `a connection per request, as n8n-core; CPU ${fmt(row.cpuMicrosPerItem.rawNoKeepAlive, 0)} µs/item`],
					mark: 'info',
				});
			}
		});
	}
	const rate = results.rateLimit;
	if (rate && rate.length > 0) {
		const c = config.rateLimit;
		const physicalS = c.items / c.ratePerSecond;
		const wall = median(rate.map((r) => r.wallMs)) / 1000;
		const factor = median(rate.map((r) => r.ofPhysicalLimit));
		const lost = Math.max(...rate.map((r) => r.lost));
		const duplicated = Math.max(...rate.map((r) => r.duplicated));
		const defaults = `defaults: ${DEFAULT_MAX_CONCURRENT_REQUESTS} concurrent, ${DEFAULT_MAX_ATTEMPTS} attempts`;
		rows.push({
			section: `2. Rate-limited delivery — ${c.items} sends, limit ${c.ratePerSecond}/s burst ${c.burst}, ${c.latencyMs} ms latency, node ${defaults}${rate.length > 1 ? `, median of ${rate.length} runs` : ''}`,
			cells: ['wall time vs physical limit N/R', `${fmt(wall, 2)} s`, `${fmt(physicalS, 2)} s`, `${fmt(factor, 3)} ×`, `≤ ${TARGET_RATE_FACTOR} ×`, `${fmt((c.items - c.burst) / c.ratePerSecond, 0)} s with the burst`],
			mark: factor <= TARGET_RATE_FACTOR ? 'PASS' : 'FAIL',
		});
		rows.push({ cells: ['messages lost (journal, worst run)', `${lost}`, '', '', '0', ''], mark: lost === 0 ? 'PASS' : 'FAIL' });
		rows.push({ cells: ['messages duplicated (journal, worst run)', `${duplicated}`, '', '', '0', ''], mark: duplicated === 0 ? 'PASS' : 'FAIL' });
		rows.push({
			cells: ['HTTP 429 answers (retried by the node)', `${fmt(median(rate.map((r) => r.rateLimited429)), 0)}`, '', '', '', 'HTTP Request node at defaults: ~89% lost'],
			mark: 'info',
		});
		const paced = rate.flatMap((r) => r.pacer.filter((s) => s.rate !== null).map((s) => s.rate as number));
		if (paced.length > 0) {
			rows.push({ cells: ['pacer rate once paced (min / median / max)', `${fmt(Math.min(...paced), 0)} / ${fmt(median(paced), 0)} / ${fmt(Math.max(...paced), 0)} /s`, '', '', '', 'trace in latest.json'], mark: 'info' });
		}
		const failed = rate.find((r) => r.nodeError !== undefined);
		if (failed) rows.push({ cells: [`node error (${failed.label})`, failed.nodeError ?? '', '', '', '', ''], mark: 'info' });
	}
	const t = results.trigger;
	if (t) {
		rows.push({
			section: `3. Trigger — ${t.callbacks} callbacks per run through WebhookContext, half for unselected events, median of ${t.reps.length}`,
			cells: ['callbacks per second (mix) vs do-nothing trigger', `${fmt(t.perSecond, 0)} /s`, `${fmt(t.floorPerSecond, 0)} /s`, `${fmt(t.perSecond / t.floorPerSecond, 3)} ×`, '', `node's own cost ${fmt(t.nodeMicrosPerCallback, 0)} µs/callback`],
			mark: 'info',
		});
		rows.push({ cells: ['  only callbacks that start a run', `${fmt(t.startedPerSecond, 0)} /s`, '', '', '', ''], mark: 'info' });
		rows.push({ cells: ['  only callbacks filtered out', `${fmt(t.filteredPerSecond, 0)} /s`, '', '', '', `runs started for the mix: ${t.executionsStarted}`], mark: 'info' });
	}
	const paging = results.paging;
	if (paging) {
		paging.forEach((row, i) => {
			rows.push({
				section: i === 0 ? `4. Paging — Get Many (Return All) over ${row.templates} WhatsApp templates vs raw keyset paging, median of ${row.reps.length}` : undefined,
				cells: [`latency ${row.latencyMs} ms: node vs raw (${row.nodeRequests} vs ${row.rawRequests} requests)`, `${fmt(row.nodeMs, 0)} ms`, `${fmt(row.rawMs, 0)} ms`, `${fmt(row.ratio, 3)} ×`, '', `${fmt((row.templates * 1000) / row.nodeMs, 0)} templates/s`],
				mark: row.nodeRequests === row.rawRequests ? 'info' : 'FAIL',
			});
		});
	}
	const f = results.footprint;
	if (f) {
		const js = f.byKind['.js'];
		const drift = [
			f.staleSources.length > 0 ? `${f.staleSources.length} source(s) edited after the build, e.g. ${f.staleSources[0]}` : '',
			f.orphans.length > 0 ? `${f.orphans.length} orphan(s) in dist, e.g. ${f.orphans[0]}` : '',
		].filter((text) => text !== '');
		rows.push({
			section: `5. Footprint${drift.length > 0 ? ` — WARNING: ${drift.join('; ')}` : ''}`,
			cells: ['dist (all files)', kib(f.distBytes), `${f.distFiles} files`, '', '', `.js ${kib(js?.bytes)}, .d.ts ${kib(f.byKind['.d.ts']?.bytes)}, .map ${kib(f.byKind['.js.map']?.bytes)}`],
			mark: 'info',
		});
		if (f.pack) rows.push({ cells: ['npm tarball (npm pack --dry-run)', kib(f.pack.size), `${f.pack.entryCount} files`, '', '', `unpacked ${kib(f.pack.unpackedSize)}`], mark: 'info' });
		rows.push({ cells: ['cold require of n8n-workflow alone (scale)', `${fmt(f.n8nWorkflowColdMs, 1)} ms`, '', '', '', ''], mark: 'info' });
		for (const r of f.requires) {
			rows.push({
				cells: [`cold require: ${r.label}`, `${fmt(r.coldMs, 1)} ms`, `${fmt(r.warmDepsMs, 1)} ms`, '', '', `new ${fmt(r.constructMs, 2)} ms; 2nd column: n8n-workflow already loaded`],
				mark: 'info',
			});
		}
	}
	if (results.n8n) rows.push(...n8nRows(results.n8n, config.n8n));
	if (results.n8nQueue) rows.push(...n8nQueueRows(results.n8nQueue, config.n8nQueue));
	const header = ['Measurement', 'Value', 'Reference', 'Ratio', 'Target', 'Notes', 'Result'];
	const title = `INCS benchmark — ${env.startedAt}, Node ${env.node}, ${env.cpus} × ${env.cpuModel}, load at start ${env.loadAverage.join(' ')}, commit ${env.commit} (+${env.uncommittedFiles} uncommitted), ${fmt(totalSeconds, 0)} s`;
	const timings = Object.entries(sectionSeconds)
		.map(([name, seconds]) => `${name} ${seconds} s`)
		.join(', ');
	return `\n${title}\n\n${renderTable(header, rows)}\n\nSection times: ${timings}. Load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.`;
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
