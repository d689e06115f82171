// Section 1: what the node costs per item on top of the request itself. The node and a raw
// keep-alive node:http client send the same WhatsApp texts to the same simulator (20 ms
// latency) at the same concurrency, in alternating blocks, and their throughputs are compared.
// Two diagnostics can run in the same rotation: a bare n8n node (the floor any n8n node has,
// see bareSendNode.ts) and the raw client without keep-alive (as n8n-core connects).

import { API_PATHS } from '../../nodes/Incs/v1/transport/api';
import { RawClient, runRawBatch } from '../lib/rawClient';
import { checkSends, recipient, recipientItems, runBareSend, runIncsNode, SEND_TEXT, whatsAppTextParameters } from '../lib/nodeRunner';
import { cpuMs, median, nowMs, sum } from '../lib/stats';
import type { SimProcess } from '../sim/process';

export type Side = 'node' | 'raw' | 'bare' | 'rawNoKeepAlive';

export interface PerItemConfig {
	totalItems: number;
	blocks: number;
	concurrencies: number[];
	latencyMs: number;
	/** Concurrencies at which the diagnostics (bare n8n node, raw without keep-alive) run too. */
	diagnosticsAt: number[];
}

export interface BlockTiming {
	side: Side;
	items: number;
	ms: number;
	perSecond: number;
	/** CPU this process spent per item, µs (the simulator runs in another process). */
	cpuMicrosPerItem: number;
}

export interface PerItemRow {
	concurrency: number;
	items: number;
	blocks: BlockTiming[];
	/** Medians over blocks, requests per second. */
	perSecond: Partial<Record<Side, number>>;
	/** Median over blocks of node ÷ raw throughput of the same round. */
	ratio: number;
	ratios: number[];
	/** Median over blocks of node ÷ bare n8n node (diagnostic). */
	ratioToBare?: number;
	/** Extra wall time per item in one lane: c/node − c/raw. */
	overheadPerItemMs: number;
	/** Medians over blocks, client CPU µs per item. */
	cpuMicrosPerItem: Partial<Record<Side, number>>;
	/** All node items ÷ all node time, and the same for raw. */
	aggregatePerSecond: { node: number; raw: number };
}

async function nodeBlock(sim: SimProcess, side: 'node' | 'bare', items: number, concurrency: number, offset: number): Promise<BlockTiming> {
	const input = recipientItems(items, offset);
	const cpuStart = cpuMs();
	const start = nowMs();
	const result =
		side === 'node'
			? await runIncsNode(sim.url, whatsAppTextParameters({ maxConcurrentRequests: concurrency }), input)
			: await runBareSend(sim.url, concurrency, input);
	const ms = nowMs() - start;
	const cpuMicrosPerItem = ((cpuMs() - cpuStart) * 1000) / items;
	checkSends(result, items);
	return { side, items, ms, perSecond: (items * 1000) / ms, cpuMicrosPerItem };
}

async function rawBlock(sim: SimProcess, items: number, concurrency: number, offset: number, keepAlive: boolean): Promise<BlockTiming> {
	const client = new RawClient(sim.url, { keepAlive, maxSockets: concurrency });
	try {
		const cpuStart = cpuMs();
		const start = nowMs();
		const { failures } = await runRawBatch(client, items, concurrency, (i) => ({
			method: 'POST',
			path: API_PATHS.sendWhatsApp,
			body: { to: recipient(offset + i), type: 'text', text: SEND_TEXT },
		}));
		const ms = nowMs() - start;
		const cpuMicrosPerItem = ((cpuMs() - cpuStart) * 1000) / items;
		if (failures > 0) throw new Error(`the raw client had ${failures} failed sends`);
		return { side: keepAlive ? 'raw' : 'rawNoKeepAlive', items, ms, perSecond: (items * 1000) / ms, cpuMicrosPerItem };
	} finally {
		client.close();
	}
}

function runSide(sim: SimProcess, side: Side, items: number, concurrency: number, offset: number): Promise<BlockTiming> {
	if (side === 'node' || side === 'bare') return nodeBlock(sim, side, items, concurrency, offset);
	return rawBlock(sim, items, concurrency, offset, side === 'raw');
}

/** Untimed: loads n8n-core's lazily required code and lets V8 optimise every path. */
export async function warmUp(sim: SimProcess): Promise<void> {
	await sim.configure({ latencyMs: 0, rateLimit: null });
	for (let i = 0; i < 3; i++) {
		for (const side of ['node', 'raw', 'bare', 'rawNoKeepAlive'] as const) await runSide(sim, side, 200, 10, 0);
	}
}

/** Rotates the order of the sides block by block, so none always runs first or last. */
function rotated<T>(list: readonly T[], by: number): T[] {
	const shift = by % list.length;
	return [...list.slice(shift), ...list.slice(0, shift)];
}

export async function measurePerItem(sim: SimProcess, config: PerItemConfig, log: (line: string) => void): Promise<PerItemRow[]> {
	const rows: PerItemRow[] = [];
	const blockItems = Math.ceil(config.totalItems / config.blocks);
	for (const concurrency of config.concurrencies) {
		const sides: Side[] = config.diagnosticsAt.includes(concurrency) ? ['node', 'raw', 'bare', 'rawNoKeepAlive'] : ['node', 'raw'];
		const blocks: BlockTiming[] = [];
		const ratios: number[] = [];
		const bareRatios: number[] = [];
		for (let block = 0; block < config.blocks; block++) {
			const round = new Map<Side, BlockTiming>();
			for (const side of rotated(sides, block)) {
				// A fresh journal per run keeps the simulator's memory (and its GC pauses) flat.
				await sim.configure({ latencyMs: config.latencyMs, rateLimit: null });
				round.set(side, await runSide(sim, side, blockItems, concurrency, block * blockItems));
			}
			blocks.push(...round.values());
			const node = round.get('node') as BlockTiming;
			const raw = round.get('raw') as BlockTiming;
			const bare = round.get('bare');
			ratios.push(node.perSecond / raw.perSecond);
			if (bare) bareRatios.push(node.perSecond / bare.perSecond);
			const extra = [...round.values()].filter((b) => b.side !== 'node' && b.side !== 'raw').map((b) => `, ${b.side} ${b.perSecond.toFixed(1)}/s`);
			const cpu = [...round.values()].map((b) => `${b.side} ${b.cpuMicrosPerItem.toFixed(0)}`).join(', ');
			log(`  c=${concurrency} block ${block + 1}/${config.blocks}: node ${node.perSecond.toFixed(1)}/s, raw ${raw.perSecond.toFixed(1)}/s${extra.join('')} → node/raw ${(node.perSecond / raw.perSecond).toFixed(3)}; CPU µs/item: ${cpu}`);
		}
		const of = (side: Side) => blocks.filter((b) => b.side === side);
		const perSecond: Partial<Record<Side, number>> = {};
		const cpuMicrosPerItem: Partial<Record<Side, number>> = {};
		for (const side of sides) {
			perSecond[side] = median(of(side).map((b) => b.perSecond));
			cpuMicrosPerItem[side] = median(of(side).map((b) => b.cpuMicrosPerItem));
		}
		const aggregate = (list: BlockTiming[]) => (sum(list.map((b) => b.items)) * 1000) / sum(list.map((b) => b.ms));
		const nodePerSecond = perSecond.node as number;
		const rawPerSecond = perSecond.raw as number;
		rows.push({
			concurrency,
			items: blockItems * config.blocks,
			blocks,
			perSecond,
			ratio: median(ratios),
			ratios,
			ratioToBare: bareRatios.length > 0 ? median(bareRatios) : undefined,
			overheadPerItemMs: (concurrency * 1000) / nodePerSecond - (concurrency * 1000) / rawPerSecond,
			cpuMicrosPerItem,
			aggregatePerSecond: { node: aggregate(of('node')), raw: aggregate(of('raw')) },
		});
	}
	return rows;
}
