// Section 4: WhatsApp Template → Get Many (Return All) over 10,000 templates against the same
// keyset paging done by hand (GET /external/templates?count=100&last_id=…), interleaved.

import { API_PATHS, PAGE_SIZE_MAX } from '../../nodes/Incs/v1/transport/api';
import { runIncsNode } from '../lib/nodeRunner';
import { RawClient, rawListAll } from '../lib/rawClient';
import { interleaved, median, nowMs } from '../lib/stats';
import type { SimProcess } from '../sim/process';

export interface PagingConfig {
	templates: number;
	reps: number;
	latencies: number[];
}

export interface PagingRow {
	latencyMs: number;
	templates: number;
	/** Requests the node made for one listing (from the journal). */
	nodeRequests: number;
	rawRequests: number;
	nodeMs: number;
	rawMs: number;
	/** Median over reps of raw time ÷ node time (1 = as fast as raw). */
	ratio: number;
	reps: Array<{ nodeMs: number; rawMs: number }>;
}

async function nodeListing(sim: SimProcess, expected: number): Promise<{ ms: number; requests: number }> {
	const before = (await sim.stats(60_000)).requests;
	const start = nowMs();
	const result = await runIncsNode(sim.url, { resource: 'whatsAppTemplate', operation: 'getAll', returnAll: true }, [{ json: {} }]);
	const ms = nowMs() - start;
	if (result.error) throw new Error(`Get Many failed: ${result.error.message}`);
	if (result.items.length !== expected) throw new Error(`Get Many returned ${result.items.length} of ${expected} templates`);
	return { ms, requests: (await sim.stats(60_000)).requests - before };
}

async function rawListing(sim: SimProcess, expected: number): Promise<{ ms: number; requests: number }> {
	const client = new RawClient(sim.url, { keepAlive: true, maxSockets: 1 });
	try {
		const start = nowMs();
		const { items, pages } = await rawListAll(client, API_PATHS.wabaTemplates, PAGE_SIZE_MAX);
		const ms = nowMs() - start;
		if (items !== expected) throw new Error(`raw paging listed ${items} of ${expected} templates`);
		return { ms, requests: pages };
	} finally {
		client.close();
	}
}

export async function measurePaging(sim: SimProcess, config: PagingConfig, log: (line: string) => void): Promise<PagingRow[]> {
	const rows: PagingRow[] = [];
	for (const [index, latencyMs] of config.latencies.entries()) {
		if (index === 0) {
			await sim.configure({ latencyMs, rateLimit: null });
			const stored = await sim.seedWabaTemplates(config.templates);
			if (stored !== config.templates) throw new Error(`the simulator holds ${stored} templates, expected ${config.templates}`);
			// Warm-up, untimed.
			await nodeListing(sim, config.templates);
			await rawListing(sim, config.templates);
		} else {
			// Same store, only the latency changes.
			await sim.configure({ latencyMs }, false);
		}
		const reps: PagingRow['reps'] = [];
		let nodeRequests = 0;
		let rawRequests = 0;
		for (let rep = 0; rep < config.reps; rep++) {
			const timing = { nodeMs: 0, rawMs: 0 };
			for (const side of interleaved<'node' | 'raw'>(rep, 'node', 'raw')) {
				if (side === 'node') {
					const run = await nodeListing(sim, config.templates);
					timing.nodeMs = run.ms;
					nodeRequests = run.requests;
				} else {
					const run = await rawListing(sim, config.templates);
					timing.rawMs = run.ms;
					rawRequests = run.requests;
				}
			}
			reps.push(timing);
			log(`  latency ${latencyMs} ms, rep ${rep + 1}/${config.reps}: node ${timing.nodeMs.toFixed(0)} ms, raw ${timing.rawMs.toFixed(0)} ms`);
		}
		rows.push({
			latencyMs,
			templates: config.templates,
			nodeRequests,
			rawRequests,
			nodeMs: median(reps.map((r) => r.nodeMs)),
			rawMs: median(reps.map((r) => r.rawMs)),
			ratio: median(reps.map((r) => r.rawMs / r.nodeMs)),
			reps,
		});
	}
	return rows;
}
