// The simulator's own API under /__sim: knobs, journal, reset, callbacks, template review.
// Plain JSON with meaningful HTTP statuses (it is not INCS, so no envelope).

import type { ServerResponse } from 'node:http';

import { sendJson } from './http';
import { InjectionError, parseInjection } from './inject';
import type { Channel, JournalFilter, Outcome } from './journal';
import { OptionsError, parseOptionsPatch } from './options';
import type { SimulatorState, TemplateKind } from './state';
import { isRecord } from './validation/common';

const CHANNELS: readonly string[] = ['whatsapp', 'viber', 'rcs'];
const OUTCOMES: readonly string[] = ['pending', 'accepted', 'rejected', 'fault'];

function journalFilter(query: URLSearchParams): JournalFilter {
	const filter: JournalFilter = {};
	const channel = query.get('channel');
	if (channel && CHANNELS.includes(channel)) filter.channel = channel as Channel;
	const outcome = query.get('outcome');
	if (outcome && OUTCOMES.includes(outcome)) filter.outcome = outcome as Outcome;
	filter.method = query.get('method') ?? undefined;
	filter.pathPrefix = query.get('pathPrefix') ?? undefined;
	filter.to = query.get('to') ?? undefined;
	const since = query.get('sinceSeq');
	if (since && /^\d+$/.test(since)) filter.sinceSeq = Number(since);
	return filter;
}

function channelParam(query: URLSearchParams): Channel | undefined {
	const channel = query.get('channel');
	return channel && CHANNELS.includes(channel) ? (channel as Channel) : undefined;
}

export async function handleControl(
	state: SimulatorState,
	method: string,
	path: string,
	query: URLSearchParams,
	body: unknown,
	response: ServerResponse,
): Promise<void> {
	try {
		if (path === '/__sim/health' && method === 'GET') return sendJson(response, 200, { ok: true });
		if (path === '/__sim/config') {
			if (method === 'GET') return sendJson(response, 200, state.options);
			if (method === 'POST' || method === 'PATCH') return sendJson(response, 200, state.setOptions(parseOptionsPatch(body)));
		}
		if (path === '/__sim/reset' && method === 'POST') {
			state.reset();
			return sendJson(response, 200, { ok: true });
		}
		if (path === '/__sim/journal' && method === 'GET') return sendJson(response, 200, { entries: state.journal.query(journalFilter(query)) });
		if (path === '/__sim/journal/summary' && method === 'GET') {
			const channel = channelParam(query);
			return sendJson(response, 200, {
				total: state.journal.size,
				acceptedSends: state.journal.acceptedSends(channel).length,
				byRecipient: state.journal.countByRecipient(channel),
				duplicateRecipients: state.journal.duplicateRecipients(channel),
			});
		}
		if (path === '/__sim/callbacks') {
			if (method === 'GET') return sendJson(response, 200, { deliveries: state.callbacks.deliveries });
			if (method === 'POST') return sendJson(response, 200, await state.injectCallback(parseInjection(body)));
		}
		if (path === '/__sim/settled' && method === 'POST') {
			await state.callbacks.settled();
			return sendJson(response, 200, { ok: true });
		}
		const review = /^\/__sim\/templates\/(waba|rcs)\/([^/]+)\/(approve|reject|status)$/.exec(path);
		if (review && method === 'POST') {
			const [, kind, id, action] = review;
			const input = isRecord(body) ? body : {};
			const reason = typeof input.reason === 'string' ? input.reason : '';
			let status = action === 'approve' ? 'APPROVED' : 'REJECTED';
			if (action === 'status') {
				if (typeof input.status !== 'string') return sendJson(response, 400, { error: 'status must be a string' });
				status = input.status;
			}
			const template = state.review(kind as TemplateKind, id, { status, reason });
			return template ? sendJson(response, 200, template) : sendJson(response, 404, { error: 'template not found' });
		}
		return sendJson(response, 404, { error: `no control endpoint ${method} ${path}` });
	} catch (error) {
		if (error instanceof OptionsError || error instanceof InjectionError) return sendJson(response, 400, { error: error.message });
		return sendJson(response, 500, { error: error instanceof Error ? error.message : String(error) });
	}
}
