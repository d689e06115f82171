// Posts callback bodies to a webhook URL at a fixed concurrency, as INCS would deliver them, over
// keep-alive connections (one per concurrent request), and times each answer.

import http from 'node:http';

import { median, nowMs } from '../lib/stats';

export interface LoadResult {
	posted: number;
	/** Answers other than 200 (none expected). */
	failed: number;
	firstFailure?: string;
	ms: number;
	perSecond: number;
	p50Ms: number;
	p95Ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return Number.NaN;
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function postOnce(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
	return new Promise((resolve, reject) => {
		const request = http.request(
			url,
			{ method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
				response.on('error', reject);
			},
		);
		request.setTimeout(120_000, () => request.destroy(new Error(`no answer from ${url.pathname} in 120 s`)));
		request.on('error', reject);
		request.end(body);
	});
}

export async function postAll(target: string, bodies: readonly string[], concurrency: number): Promise<LoadResult> {
	const url = new URL(target);
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const latencies: number[] = [];
	let failed = 0;
	let firstFailure: string | undefined;
	let next = 0;
	const start = nowMs();
	const worker = async (): Promise<void> => {
		while (next < bodies.length) {
			const body = bodies[next++];
			const sent = nowMs();
			try {
				const answer = await postOnce(agent, url, body);
				if (answer.status !== 200) {
					failed++;
					firstFailure ??= `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
				}
			} catch (error) {
				failed++;
				firstFailure ??= error instanceof Error ? error.message : String(error);
			}
			latencies.push(nowMs() - sent);
		}
	};
	try {
		await Promise.all(Array.from({ length: Math.min(concurrency, bodies.length) }, worker));
	} finally {
		agent.destroy();
	}
	const ms = nowMs() - start;
	const sorted = [...latencies].sort((a, b) => a - b);
	return {
		posted: bodies.length,
		failed,
		firstFailure,
		ms,
		perSecond: (bodies.length * 1000) / ms,
		p50Ms: median(sorted),
		p95Ms: percentile(sorted, 0.95),
	};
}
