// Free loopback ports for the processes the suites start. A port is chosen now and bound later by
// another process (n8n binds it seconds afterwards, after its start-up), so two things must not
// take it in between:
// - this process handing it out again (a worker's health port picked while the webhook processor,
//   whose port was picked earlier, is still starting): every port is handed out once;
// - the OS giving it to someone else: ports the OS assigns by itself (listen on 0, and the local
//   end of every outgoing connection, such as n8n's to PostgreSQL and Redis) come from Linux's
//   ephemeral range (`ip_local_port_range`), so ports are drawn from below that range. A suite run
//   once failed with "port … is already in use" when its ports came from inside it.

import { readFileSync } from 'node:fs';
import net from 'node:net';

const handedOut = new Set<number>();
/** Ports below this are never assigned by the OS on its own (Linux's usual range is 32768-60999). */
const EPHEMERAL_START_FALLBACK = 32768;
/** How many ports below the ephemeral range to draw from. */
const DRAW_SPAN = 10_000;
const ATTEMPTS = 100;

function ephemeralRangeStart(): number {
	try {
		const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
		return Number.isInteger(low) && low > 0 ? low : EPHEMERAL_START_FALLBACK;
	} catch {
		return EPHEMERAL_START_FALLBACK;
	}
}

/** Listens on `port` (0: any) and closes again; the port it got, or undefined when it was taken. */
function tryListen(port: number): Promise<number | undefined> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.unref();
		server.once('error', () => resolve(undefined));
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const bound = typeof address === 'object' && address !== null ? address.port : undefined;
			server.close(() => resolve(bound));
		});
	});
}

/** A loopback port nothing listens on, not handed out before by this process. */
export async function freePort(): Promise<number> {
	const high = ephemeralRangeStart();
	const low = Math.max(1024, high - DRAW_SPAN);
	if (high - low >= 1000) {
		for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
			const candidate = low + Math.floor(Math.random() * (high - low));
			if (handedOut.has(candidate)) continue;
			if ((await tryListen(candidate)) === candidate) {
				handedOut.add(candidate);
				return candidate;
			}
		}
	}
	// An unusual port range (or a crowded machine): let the OS choose, still never twice.
	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		const port = await tryListen(0);
		if (port !== undefined && !handedOut.has(port)) {
			handedOut.add(port);
			return port;
		}
	}
	throw new Error('no free loopback port found');
}

/** `preferred` when nothing listens there (stable URLs for the demo), else any free port. */
export async function preferredPort(preferred: number): Promise<number> {
	if (!handedOut.has(preferred) && (await tryListen(preferred)) === preferred) {
		handedOut.add(preferred);
		return preferred;
	}
	return freePort();
}
