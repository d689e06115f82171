// The reference client: what a hand-written integration would do with nothing but node:http —
// JSON in, JSON out, check the envelope — with none of n8n's machinery around it.

import http from 'node:http';

import { DEFAULT_CERTIFICATION_CODE } from '../../simulator';

export interface RawRequest {
	method: 'GET' | 'POST';
	/** Path and query below the base URL. */
	path: string;
	body?: unknown;
}

export interface RawAnswer {
	status: number;
	body: unknown;
}

export class RawClient {
	private readonly agent: http.Agent;
	private readonly base: URL;

	/** `keepAlive: false` opens a connection per request, as n8n-core's request helper does. */
	constructor(baseUrl: string, options: { keepAlive: boolean; maxSockets: number }) {
		this.base = new URL(baseUrl);
		this.agent = new http.Agent({ keepAlive: options.keepAlive, maxSockets: options.maxSockets });
	}

	request(request: RawRequest): Promise<RawAnswer> {
		const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
		const headers: http.OutgoingHttpHeaders = {
			accept: 'application/json',
			'certification-code': DEFAULT_CERTIFICATION_CODE,
		};
		if (payload !== undefined) {
			headers['content-type'] = 'application/json';
			headers['content-length'] = Buffer.byteLength(payload);
		}
		return new Promise((resolve, reject) => {
			const outgoing = http.request(
				{
					agent: this.agent,
					hostname: this.base.hostname,
					port: this.base.port,
					method: request.method,
					path: request.path,
					headers,
				},
				(response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('end', () => {
						try {
							resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
						} catch (error) {
							reject(error instanceof Error ? error : new Error(String(error)));
						}
					});
					response.on('error', reject);
				},
			);
			outgoing.on('error', reject);
			outgoing.end(payload);
		});
	}

	close(): void {
		this.agent.destroy();
	}
}

export function isSuccessEnvelope(body: unknown): body is { status: 'success'; data: unknown } {
	return typeof body === 'object' && body !== null && (body as { status?: unknown }).status === 'success';
}

/** Sends `count` requests with at most `concurrency` in flight; counts non-success answers. */
export async function runRawBatch(
	client: RawClient,
	count: number,
	concurrency: number,
	build: (index: number) => RawRequest,
): Promise<{ failures: number }> {
	let next = 0;
	let failures = 0;
	const lane = async (): Promise<void> => {
		while (next < count) {
			const index = next++;
			const answer = await client.request(build(index));
			if (answer.status !== 200 || !isSuccessEnvelope(answer.body)) failures++;
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
	return { failures };
}

/** Keyset paging the way REFERENCE §6.4 describes it; returns how many templates were listed. */
export async function rawListAll(client: RawClient, path: string, pageSize: number): Promise<{ items: number; pages: number }> {
	let lastId: string | undefined;
	let items = 0;
	// Bounded: 10,000 templates need 100 pages; a runaway server stops here.
	for (let pages = 1; pages <= 10_000; pages++) {
		const query = `count=${pageSize}${lastId === undefined ? '' : `&last_id=${lastId}`}`;
		const answer = await client.request({ method: 'GET', path: `${path}?${query}` });
		if (!isSuccessEnvelope(answer.body) || !Array.isArray(answer.body.data)) throw new Error(`raw paging failed: HTTP ${answer.status}`);
		const page = answer.body.data as Array<{ template_id: string }>;
		items += page.length;
		if (page.length < pageSize) return { items, pages };
		lastId = page[page.length - 1].template_id;
	}
	throw new Error('raw paging did not end');
}
