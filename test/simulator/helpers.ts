// Test helpers: a raw HTTP client (so resets and hangs are visible as such) and a callback receiver.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { DEFAULT_CERTIFICATION_CODE } from '../../simulator/options';
import type { Simulator } from '../../simulator/server';

export const CERT = DEFAULT_CERTIFICATION_CODE;

export interface RawResponse {
	status: number;
	headers: http.IncomingHttpHeaders;
	text: string;
}

export interface EnvelopeResponse extends RawResponse {
	body: { status: string; code: number; message: string; data: unknown; error: unknown };
}

export interface CallOptions {
	headers?: Record<string, string>;
	/** Abort after this many ms (for the timeout fault). */
	timeoutMs?: number;
	rawBody?: string;
}

export function call(sim: Simulator, method: string, urlPath: string, body?: unknown, options: CallOptions = {}): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const payload = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
		const request = http.request(
			`${sim.url}${urlPath}`,
			{
				method,
				headers: {
					'certification-code': CERT,
					...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
					...options.headers,
				},
				timeout: options.timeoutMs,
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
				response.on('error', reject);
			},
		);
		request.on('timeout', () => request.destroy(new Error('client timeout')));
		request.on('error', reject);
		request.end(payload);
	});
}

export async function api(sim: Simulator, method: string, urlPath: string, body?: unknown, options: CallOptions = {}): Promise<EnvelopeResponse> {
	const response = await call(sim, method, urlPath, body, options);
	return { ...response, body: JSON.parse(response.text) as EnvelopeResponse['body'] };
}

export function dataOf<T>(response: EnvelopeResponse): T {
	return response.body.data as T;
}

export interface ReceivedCallback {
	url: string;
	body: Record<string, unknown>;
}

/** A local HTTP server that records every callback POSTed to it. */
export class CallbackReceiver {
	readonly received: ReceivedCallback[] = [];
	private readonly server: http.Server;
	status = 200;

	constructor() {
		this.server = http.createServer((request, response) => {
			const chunks: Buffer[] = [];
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', () => {
				const text = Buffer.concat(chunks).toString('utf8');
				let body: Record<string, unknown>;
				try {
					body = JSON.parse(text) as Record<string, unknown>;
				} catch {
					body = { raw: text };
				}
				this.received.push({ url: request.url ?? '', body });
				response.writeHead(this.status).end();
			});
		});
	}

	async start(): Promise<string> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
	}

	events(name?: string): Record<string, unknown>[] {
		return this.received.map((r) => r.body).filter((b) => name === undefined || b.event === name);
	}

	async close(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}
}
