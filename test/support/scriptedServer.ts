import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What the server does with one request. */
export type ScriptedAnswer =
	| { kind: 'reply'; status: number; body: unknown; headers?: Record<string, string> }
	/** Destroys the socket without an answer: the client sees ECONNRESET / "socket hang up". */
	| { kind: 'reset' }
	/** Never answers: the client's timeout decides. */
	| { kind: 'hang' };

export interface RecordedRequest {
	method: string;
	url: string;
	headers: IncomingMessage['headers'];
	body: string;
}

export interface ScriptedServer {
	url: string;
	requests: RecordedRequest[];
	close(): Promise<void>;
}

/**
 * A loopback HTTP server that answers requests in the order of a script (the last answer
 * repeats). nock cannot fake socket-level failures through n8n's HTTP stack, so the transport's
 * network-failure paths are tested against real sockets.
 */
export async function startScriptedServer(script: ScriptedAnswer[]): Promise<ScriptedServer> {
	const requests: RecordedRequest[] = [];
	const sockets = new Set<Socket>();
	const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			requests.push({
				method: request.method ?? '',
				url: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			});
			const answer = script[Math.min(requests.length - 1, script.length - 1)];
			if (answer.kind === 'reset') {
				request.socket.destroy();
			} else if (answer.kind === 'reply') {
				const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
				response.writeHead(answer.status, { 'Content-Type': 'application/json', ...(answer.headers ?? {}) });
				response.end(text);
			}
		});
	});
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** A loopback port with nothing listening: connecting to it is refused at once. */
export async function closedPortUrl(): Promise<string> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise<void>((resolve) => server.close(() => resolve()));
	return `http://127.0.0.1:${port}`;
}
