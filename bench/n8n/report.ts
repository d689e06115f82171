// Table rows for the real-n8n section: each INCS Trigger version against n8n's Webhook node under
// each setting, the execution counts that prove no run was lost, and the campaign.

import { fmt, type TableRow } from '../lib/table';
import type { CallbackComparison, EventKind, ReceiverFigures } from './callbacks';
import type { CampaignConfig, CampaignRun } from './campaign';
import type { N8nQueueConfig, N8nQueueResult } from './queue';
import type { N8nSectionConfig, N8nSectionResult, SettingRun } from './section';
import { WEBHOOK_NODE } from './triggerWorkflows';

/** What lazy isolate acquisition was expected to give v1.1 (docs/performance.md). */
const LAZY_TARGETS: Record<EventKind, number> = { selected: 1.0, unselected: 4.0 };
const TARGET_RATE_FACTOR = 1.05;

function figure(comparison: CallbackComparison, receiver: string, events: EventKind): ReceiverFigures | undefined {
	return comparison.figures.find((f) => f.receiver === receiver && f.events === events);
}

const METER_NAMES: Record<string, string> = { n8n: 'n8n CPU', webhookProcessor: 'webhook processor', main: 'main', workers: 'workers' };

/** n8n's CPU per callback (its block and the runs it started), INCS vs the Webhook node, per meter. */
function cpuNote(mine: ReceiverFigures, reference: ReceiverFigures): string {
	return Object.keys(mine.cpuMsPerCallback)
		.map((name) => `${METER_NAMES[name] ?? name} ${fmt(mine.cpuMsPerCallback[name], 1)} vs ${fmt(reference.cpuMsPerCallback[name], 1)} ms/cb`)
		.join(', ');
}

export interface ComparisonContext {
	/** Row prefix, e.g. "defaults". */
	name: string;
	/** Mark v1.1 against the expected ratios (lazy acquisition only). */
	withTargets: boolean;
}

export function comparisonRows(comparison: CallbackComparison, context: ComparisonContext): TableRow[] {
	const rows: TableRow[] = [];
	const incsLabels = [...new Set(comparison.figures.map((f) => f.receiver))].filter((label) => label !== WEBHOOK_NODE.label);
	for (const events of ['selected', 'unselected'] as const) {
		const reference = figure(comparison, WEBHOOK_NODE.label, events);
		for (const label of incsLabels) {
			const mine = figure(comparison, label, events);
			if (!mine || !reference) continue;
			const ratio = mine.perSecond / reference.perSecond;
			const target = context.withTargets && label === 'INCS v1.1' ? LAZY_TARGETS[events] : undefined;
			rows.push({
				cells: [
					`${context.name}: ${label} vs Webhook node, ${events}`,
					`${fmt(mine.perSecond, 0)} /s`,
					`${fmt(reference.perSecond, 0)} /s`,
					`${fmt(ratio, 2)} ×`,
					target === undefined ? '' : `≥ ${fmt(target, 1)} ×`,
					`p50 ${fmt(mine.p50Ms, 0)} vs ${fmt(reference.p50Ms, 0)} ms; ${cpuNote(mine, reference)}`,
				],
				mark: target === undefined ? 'info' : ratio >= target ? 'PASS' : 'FAIL',
			});
		}
	}
	const lost = comparison.executions.reduce((total, e) => total + e.lost + e.extra, 0);
	const failed = comparison.figures.reduce((total, f) => total + f.failed, 0);
	rows.push({
		cells: [
			`${context.name}: runs started vs expected (all blocks)`,
			comparison.executions.map((e) => `${e.counted}`).join(' / '),
			comparison.executions.map((e) => `${e.expected}`).join(' / '),
			'',
			'0 lost',
			`${comparison.executions.map((e) => e.receiver).join(' / ')}; lost ${lost}, non-200 answers ${failed}, failed runs ${comparison.executions.reduce((t, e) => t + e.errors, 0)}`,
		],
		mark: lost === 0 && failed === 0 ? 'PASS' : 'FAIL',
	});
	return rows;
}

export function campaignRows(runs: readonly CampaignRun[], config: CampaignConfig): TableRow[] {
	const physicalS = config.items / config.ratePerSecond;
	return runs.map((run, i) => {
		const isIncs = run.label.startsWith('INCS');
		const clean = run.lost === 0 && run.duplicated === 0;
		return {
			section:
				i === 0
					? `7. Campaign inside n8n — ${config.items} WhatsApp text sends, limit ${config.ratePerSecond}/s burst ${config.burst} (429 + Retry-After beyond), ${config.latencyMs} ms latency, run via n8n's REST API`
					: undefined,
			cells: [
				`${run.label}: start → last request`,
				`${fmt(run.toLastRequestMs / 1000, 2)} s`,
				`${fmt(physicalS, 2)} s`,
				`${fmt(run.ofPhysicalLimit, 3)} ×`,
				isIncs ? `≤ ${TARGET_RATE_FACTOR} ×, 0 lost` : '',
				`first request after ${fmt(run.toFirstRequestMs / 1000, 2)} s; execution ${fmt(run.executionMs / 1000, 2)} s, ${run.status}; lost ${run.lost}, duplicated ${run.duplicated}, 429s ${run.rateLimited429}${run.error ? `; ${run.error.slice(0, 80)}` : ''}`,
			],
			mark: isIncs ? (clean && run.ofPhysicalLimit <= TARGET_RATE_FACTOR ? 'PASS' : 'FAIL') : 'info',
		};
	});
}

function settingsRows(settings: readonly SettingRun[], header: string, prefix: string): TableRow[] {
	return settings.flatMap((run, i) => {
		const rows = comparisonRows(run.comparison, { name: `${prefix}${run.setting}`, withTargets: run.setting === 'lazyAcquire' });
		return i === 0 ? [{ ...rows[0], section: header }, ...rows.slice(1)] : rows;
	});
}

export function n8nRows(result: N8nSectionResult, config: N8nSectionConfig): TableRow[] {
	const { callbacks, concurrency, rounds } = config.callbacks;
	const header = `6. Callbacks inside n8n, single process — ${callbacks} per block at concurrency ${concurrency}, median of ${rounds} interleaved rounds, a fresh n8n per setting; ${result.saving}`;
	return [...settingsRows(result.settings, header, ''), ...campaignRows(result.campaign, config.campaign)];
}

export function n8nQueueRows(result: N8nQueueResult, config: N8nQueueConfig): TableRow[] {
	const { callbacks, concurrency, rounds } = config.callbacks;
	const header = `8. Callbacks inside n8n, queue mode (main + ${result.workers} workers + 1 webhook processor, Redis, PostgreSQL), posted to the webhook processor — ${callbacks} per block at concurrency ${concurrency}, median of ${rounds} interleaved rounds, a fresh cluster per setting`;
	return settingsRows(result.settings, header, 'queue ');
}
