// Section 3: callbacks per second through the INCS Trigger's webhook handler, in process, with
// n8n-core's real WebhookContext (test/harness/webhook.ts, which also builds the Workflow per
// call as n8n's webhook server does). Half of the mix is for events the trigger does not
// listen to. A do-nothing trigger run through the same path gives the harness + n8n floor.

import type { INodeType, INodeTypeDescription, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { IncsTrigger } from '../../nodes/IncsTrigger/IncsTrigger.node';
import * as events from '../../simulator/events';
import { callWebhook } from '../../test/harness/webhook';
import { median, nowMs } from '../lib/stats';

export interface TriggerConfig {
	callbacks: number;
	reps: number;
}

export interface TriggerResult {
	callbacks: number;
	/** Median callbacks per second through the INCS Trigger, and through the do-nothing one. */
	perSecond: number;
	floorPerSecond: number;
	/** Median µs per callback: INCS Trigger minus the floor = the node's own cost. */
	nodeMicrosPerCallback: number;
	/** Same, only the callbacks that start a run, and only those filtered out. */
	startedPerSecond: number;
	filteredPerSecond: number;
	executionsStarted: number;
	reps: Array<{ mix: number; floor: number; started: number; filtered: number }>;
}

const SENDER = { channelId: 99999, businessPhone: '85200000001' };
const SELECTED_EVENTS = ['message_status_update', 'new_whatsapp_message'];

/** Callback bodies as INCS posts them (simulator/events.ts), as raw JSON text. */
export function callbackBodies(count: number): { selected: string[]; filtered: string[]; mix: string[] } {
	const selected: string[] = [];
	const filtered: string[] = [];
	const mix: string[] = [];
	for (let i = 0; i < count; i++) {
		const from = `8526${String(i).padStart(7, '0')}`;
		let body;
		switch (i % 4) {
			case 0:
				body = events.messageStatusUpdate(SENDER, `wamid.BENCH${i}`, i % 8 === 0 ? 'delivered' : 'read', null);
				break;
			case 1:
				body = events.whatsAppNewMessage(SENDER, '100000000000001', { from, text: `Reply number ${i}` });
				break;
			case 2:
				body = events.templateUpdate('template_status_update', SENDER, { template_id: String(1000000000100001 + i), name: `t_${i}` }, 'APPROVED', '');
				break;
			default:
				body = events.messageCreated(SENDER, { from, text: `Agent note ${i}` });
		}
		const text = JSON.stringify(body);
		mix.push(text);
		(i % 4 < 2 ? selected : filtered).push(text);
	}
	return { selected, filtered, mix };
}

/** Starts a run for every callback and reads nothing: what n8n and the harness cost alone. */
class NoopTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Noop Trigger',
		name: 'noopTrigger',
		group: ['trigger'],
		version: 1,
		description: 'Floor for the webhook benchmark',
		defaults: { name: 'Noop Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: 'noData', path: 'webhook' }],
		properties: [],
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return { workflowData: [[{ json: {} }]] };
	}
}

export const trigger = new IncsTrigger();
const noop = new NoopTrigger();

export async function post(nodeType: INodeType, typeName: string | undefined, bodies: readonly string[]): Promise<{ perSecond: number; started: number }> {
	let started = 0;
	const start = nowMs();
	for (const body of bodies) {
		const result = await callWebhook({
			nodeType,
			typeName,
			parameters: nodeType === trigger ? { events: SELECTED_EVENTS } : {},
			request: { body },
		});
		if (result.statusCode !== 200) throw new Error(`the webhook answered ${result.statusCode}`);
		if (result.executionStarted) started++;
	}
	return { perSecond: (bodies.length * 1000) / (nowMs() - start), started };
}

export async function measureTrigger(config: TriggerConfig, log: (line: string) => void): Promise<TriggerResult> {
	const bodies = callbackBodies(config.callbacks);
	// Warm-up, untimed.
	await post(trigger, undefined, bodies.mix);
	await post(noop, 'n8n-nodes-bench.noopTrigger', bodies.mix);
	const reps: TriggerResult['reps'] = [];
	let executionsStarted = 0;
	for (let rep = 0; rep < config.reps; rep++) {
		const runs = {
			mix: () => post(trigger, undefined, bodies.mix),
			floor: () => post(noop, 'n8n-nodes-bench.noopTrigger', bodies.mix),
			started: () => post(trigger, undefined, bodies.selected),
			filtered: () => post(trigger, undefined, bodies.filtered),
		};
		const order = Object.keys(runs) as Array<keyof typeof runs>;
		const row = { mix: 0, floor: 0, started: 0, filtered: 0 };
		for (const name of rep % 2 === 0 ? order : [...order].reverse()) {
			const { perSecond, started } = await runs[name]();
			row[name] = perSecond;
			if (name === 'mix') executionsStarted = started;
		}
		reps.push(row);
		log(`  rep ${rep + 1}/${config.reps}: mix ${row.mix.toFixed(0)}/s, floor ${row.floor.toFixed(0)}/s, starting ${row.started.toFixed(0)}/s, filtered ${row.filtered.toFixed(0)}/s`);
	}
	const perSecond = median(reps.map((r) => r.mix));
	const floorPerSecond = median(reps.map((r) => r.floor));
	return {
		callbacks: config.callbacks,
		perSecond,
		floorPerSecond,
		nodeMicrosPerCallback: median(reps.map((r) => 1e6 / r.mix - 1e6 / r.floor)),
		startedPerSecond: median(reps.map((r) => r.started)),
		filteredPerSecond: median(reps.map((r) => r.filtered)),
		executionsStarted,
		reps,
	};
}
