// A WhatsApp text campaign inside a real n8n against INCS's rate limit: the INCS node at its
// defaults, next to n8n's HTTP Request node tuned by hand to the limit (batches of 100 items every
// 1,000 ms) posting the same request with the same certification-code header. Each workflow is a
// Manual Trigger with the recipients pinned, run through the editor's REST API; the simulator's
// journal (in the bench's child process) says when the last request arrived and which messages
// were lost or went out twice.

import type { N8nClient } from '../../e2e/support/n8nClient';
import { chainWorkflow, MANUAL_TRIGGER, type ChainNode } from '../../e2e/support/workflowBuilder';
import type { CredentialRef, Execution, JsonObject } from '../../e2e/support/workflowTypes';
import { DEFAULT_CERTIFICATION_CODE } from '../../simulator';
import { API_PATHS, AUTH_HEADER } from '../../nodes/Incs/v1/transport/api';
import { recipient, SEND_TEXT, whatsAppTextParameters } from '../lib/nodeRunner';
import type { SimStats } from '../sim/protocol';
import type { SimProcess } from '../sim/process';

export interface CampaignConfig {
	items: number;
	ratePerSecond: number;
	burst: number;
	latencyMs: number;
	/** The HTTP Request node's hand tuning. */
	batchSize: number;
	batchIntervalMs: number;
}

export interface CampaignRun {
	label: string;
	/** The POST that started the run until the first / the last request INCS received, ms. */
	toFirstRequestMs: number;
	toLastRequestMs: number;
	/** n8n's own startedAt → stoppedAt. */
	executionMs: number;
	/** toLastRequestMs ÷ (items ÷ rate). */
	ofPhysicalLimit: number;
	status: string;
	error?: string;
	delivered: number;
	lost: number;
	duplicated: number;
	rateLimited429: number;
	/** Journal totals and the per-second timeline of accepted and 429 answers. */
	sim: SimStats;
}

const HTTP_NODE = 'HTTP Request';
const SEND_NODE = 'Send';

function httpRequestNode(simulatorUrl: string, config: CampaignConfig): ChainNode {
	return {
		name: HTTP_NODE,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: `${simulatorUrl}${API_PATHS.sendWhatsApp}`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpHeaderAuth',
			sendBody: true,
			bodyParameters: {
				parameters: [
					{ name: 'to', value: '={{ $json.phone }}' },
					{ name: 'type', value: 'text' },
					{ name: 'text', value: SEND_TEXT },
				],
			},
			options: { batching: { batch: { batchSize: config.batchSize, batchInterval: config.batchIntervalMs } } },
		},
	};
}

interface CampaignWorkflows {
	incs: string;
	httpRequest: string;
}

export async function createCampaignWorkflows(
	client: N8nClient,
	incsCredential: CredentialRef,
	simulatorUrl: string,
	config: CampaignConfig,
): Promise<CampaignWorkflows> {
	// The header the INCS credential's `authenticate` adds, as n8n's generic Header Auth.
	const header = await client.createCredential('INCS header (bench)', 'httpHeaderAuth', { name: AUTH_HEADER, value: DEFAULT_CERTIFICATION_CODE });
	const items: JsonObject[] = Array.from({ length: config.items }, (_, i) => ({ phone: recipient(i) }));
	const incs = chainWorkflow('bench: campaign, INCS node', [{ name: SEND_NODE, parameters: whatsAppTextParameters() as JsonObject }], incsCredential, items);
	const http = chainWorkflow('bench: campaign, HTTP Request node', [httpRequestNode(simulatorUrl, config)], incsCredential, items);
	http.nodes = http.nodes.map((node) => (node.name === HTTP_NODE ? { ...node, credentials: { httpHeaderAuth: { id: header.id, name: header.name } } } : node));
	const ids: string[] = [];
	for (const workflow of [incs, http]) {
		const stored = await client.createWorkflow(workflow);
		if (workflow.pinData) await client.setPinData(stored.id, workflow.pinData);
		ids.push(stored.id);
	}
	return { incs: ids[0], httpRequest: ids[1] };
}

function executionMs(execution: Execution): number {
	const started = execution.startedAt ? Date.parse(execution.startedAt) : Number.NaN;
	const stopped = execution.stoppedAt ? Date.parse(execution.stoppedAt) : Number.NaN;
	return stopped - started;
}

function executionError(execution: Execution): string | undefined {
	const error = execution.data?.resultData?.error;
	return error === undefined ? undefined : [error.message, error.description].filter((part) => part).join(': ');
}

export async function runCampaign(
	client: N8nClient,
	sim: SimProcess,
	workflowId: string,
	label: string,
	config: CampaignConfig,
	log: (line: string) => void,
): Promise<CampaignRun> {
	// A fresh journal and a full token bucket for every run.
	await sim.configure({ latencyMs: config.latencyMs, rateLimit: { ratePerSecond: config.ratePerSecond, burst: config.burst } });
	const started = Date.now();
	const execution = await client.runManually(workflowId, MANUAL_TRIGGER, 600_000);
	const stats = await sim.stats(1000);
	const toFirstRequestMs = stats.firstAt > 0 ? stats.firstAt - started : Number.NaN;
	const toLastRequestMs = stats.lastAt > 0 ? stats.lastAt - started : Number.NaN;
	const run: CampaignRun = {
		label,
		toFirstRequestMs,
		toLastRequestMs,
		executionMs: executionMs(execution),
		ofPhysicalLimit: toLastRequestMs / ((config.items * 1000) / config.ratePerSecond),
		status: execution.status,
		error: executionError(execution),
		delivered: stats.uniqueRecipients,
		lost: config.items - stats.uniqueRecipients,
		duplicated: stats.duplicateRecipients,
		rateLimited429: stats.rateLimited,
		sim: stats,
	};
	log(
		`    ${label}: first request after ${(toFirstRequestMs / 1000).toFixed(2)} s, last after ${(toLastRequestMs / 1000).toFixed(2)} s (${run.ofPhysicalLimit.toFixed(3)}× N/R), execution ${(run.executionMs / 1000).toFixed(2)} s, ${run.status}, delivered ${run.delivered}, lost ${run.lost}, duplicated ${run.duplicated}, 429s ${run.rateLimited429}${run.error ? `; ${run.error.slice(0, 160)}` : ''}`,
	);
	return run;
}
