// Section 5: what installing and loading the package costs: the size of dist (and of the npm
// tarball), and the cold require time of both nodes and the credential, each in a fresh node
// process so nothing is cached.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { median } from '../lib/stats';

export interface FootprintConfig {
	root: string;
	reps: number;
}

export interface RequireTiming {
	label: string;
	file: string;
	/** Median ms to require the file in a fresh process (n8n-workflow loaded by it). */
	coldMs: number;
	/** Median ms when n8n-workflow is already loaded, as it always is inside n8n. */
	warmDepsMs: number;
	/** Median ms to construct the exported class once (n8n does it when loading the package). */
	constructMs: number;
	samples: { cold: number[]; warmDeps: number[]; construct: number[] };
}

export interface FootprintResult {
	distBytes: number;
	distFiles: number;
	byKind: Record<string, { files: number; bytes: number }>;
	/** Sources newer than their dist output (edited since the build). */
	staleSources: string[];
	/** dist .js files without a source (left over from an earlier build; they would ship). */
	orphans: string[];
	pack?: { size: number; unpackedSize: number; entryCount: number };
	requires: RequireTiming[];
	/** Median cold require of n8n-workflow alone, for scale. */
	n8nWorkflowColdMs: number;
}

function walk(dir: string, visit: (file: string, size: number, mtimeMs: number) => void): void {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) walk(full, visit);
		else if (entry.isFile()) {
			const stat = fs.statSync(full);
			visit(full, stat.size, stat.mtimeMs);
		}
	}
}

function kindOf(file: string): string {
	if (file.endsWith('.d.ts')) return '.d.ts';
	if (file.endsWith('.js.map')) return '.js.map';
	const ext = path.extname(file);
	return ext === '' ? '(none)' : ext;
}

/**
 * Sources compiled after dist was built (or never), and dist files whose source is gone: `tsc`
 * does not clean dist, so such orphans would ship in the tarball.
 */
function distDrift(root: string): { stale: string[]; orphans: string[] } {
	const stale: string[] = [];
	const orphans: string[] = [];
	for (const dir of ['nodes', 'credentials']) {
		walk(path.join(root, dir), (file, _size, mtimeMs) => {
			if (!file.endsWith('.ts')) return;
			const relative = path.relative(root, file);
			const output = path.join(root, 'dist', relative.replace(/\.ts$/, '.js'));
			if (!fs.existsSync(output) || fs.statSync(output).mtimeMs < mtimeMs) stale.push(relative);
		});
		walk(path.join(root, 'dist', dir), (file) => {
			if (!file.endsWith('.js')) return;
			const source = path.join(root, path.relative(path.join(root, 'dist'), file).replace(/\.js$/, '.ts'));
			if (!fs.existsSync(source)) orphans.push(path.relative(root, file));
		});
	}
	return { stale, orphans };
}

function packInfo(root: string): FootprintResult['pack'] {
	try {
		const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
		const [info] = JSON.parse(out) as Array<{ size: number; unpackedSize: number; entryCount: number }>;
		return { size: info.size, unpackedSize: info.unpackedSize, entryCount: info.entryCount };
	} catch {
		return undefined;
	}
}

/** The measuring script run by each fresh process; prints JSON. */
function probeScript(file: string, preloadWorkflow: boolean): string {
	return `
const preload = ${JSON.stringify(preloadWorkflow)};
if (preload) require('n8n-workflow');
const t0 = process.hrtime.bigint();
const exported = require(${JSON.stringify(file)});
const t1 = process.hrtime.bigint();
let constructMs = 0;
const Class = Object.values(exported).find((value) => typeof value === 'function');
if (Class && ${JSON.stringify(!file.includes('n8n-workflow'))}) {
	const t2 = process.hrtime.bigint();
	new Class();
	constructMs = Number(process.hrtime.bigint() - t2) / 1e6;
}
process.stdout.write(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6, constructMs }));
`;
}

function probe(root: string, file: string, preloadWorkflow: boolean): { requireMs: number; constructMs: number } {
	const out = execFileSync(process.execPath, ['-e', probeScript(file, preloadWorkflow)], { cwd: root, encoding: 'utf8' });
	return JSON.parse(out) as { requireMs: number; constructMs: number };
}

export function measureFootprint(config: FootprintConfig, log: (line: string) => void): FootprintResult {
	const dist = path.join(config.root, 'dist');
	if (!fs.existsSync(dist)) throw new Error('dist is missing: run `npm run build` first');
	const byKind: FootprintResult['byKind'] = {};
	let distBytes = 0;
	let distFiles = 0;
	walk(dist, (file, size) => {
		distBytes += size;
		distFiles++;
		const kind = kindOf(file);
		byKind[kind] ??= { files: 0, bytes: 0 };
		byKind[kind].files++;
		byKind[kind].bytes += size;
	});

	const targets = [
		{ label: 'INCS node', file: path.join(dist, 'nodes/Incs/Incs.node.js') },
		{ label: 'INCS Trigger', file: path.join(dist, 'nodes/IncsTrigger/IncsTrigger.node.js') },
		{ label: 'INCS API credential', file: path.join(dist, 'credentials/IncsApi.credentials.js') },
	];
	const samples = targets.map(() => ({ cold: [] as number[], warmDeps: [] as number[], construct: [] as number[] }));
	const workflowCold: number[] = [];
	for (let rep = 0; rep < config.reps; rep++) {
		// Round-robin, so a busy moment on the shared machine hits every target alike.
		workflowCold.push(probe(config.root, 'n8n-workflow', false).requireMs);
		targets.forEach((target, i) => {
			const cold = probe(config.root, target.file, false);
			const warm = probe(config.root, target.file, true);
			samples[i].cold.push(cold.requireMs);
			samples[i].warmDeps.push(warm.requireMs);
			samples[i].construct.push(warm.constructMs);
		});
	}
	const requires = targets.map((target, i) => ({
		label: target.label,
		file: path.relative(config.root, target.file),
		coldMs: median(samples[i].cold),
		warmDepsMs: median(samples[i].warmDeps),
		constructMs: median(samples[i].construct),
		samples: samples[i],
	}));
	for (const r of requires) log(`  ${r.label}: cold ${r.coldMs.toFixed(1)} ms, with n8n-workflow loaded ${r.warmDepsMs.toFixed(1)} ms, construct ${r.constructMs.toFixed(2)} ms`);
	const drift = distDrift(config.root);
	return {
		distBytes,
		distFiles,
		byKind,
		staleSources: drift.stale,
		orphans: drift.orphans,
		pack: packInfo(config.root),
		requires,
		n8nWorkflowColdMs: median(workflowCold),
	};
}
