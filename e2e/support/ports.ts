// Free loopback ports: the OS picks one (listen on 0) and we release it at once. Another process
// could take it in between, which is why n8n's start is retried on EADDRINUSE by the caller.

import net from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address !== null ? address.port : 0;
			server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port assigned'))));
		});
	});
}

/** `preferred` when nothing listens there (stable URLs for the demo), else any free port. */
export function preferredPort(preferred: number): Promise<number> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.unref();
		server.once('error', () => resolve(freePort()));
		server.listen(preferred, '127.0.0.1', () => server.close(() => resolve(preferred)));
	});
}
