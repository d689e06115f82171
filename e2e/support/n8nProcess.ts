// Starts a real n8n (Node 24, from the cached runtime) as its own process group, waits until it
// serves requests, and stops it (the whole group: n8n spawns task runners) even when a test
// failed or the runner is interrupted.

import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { ownerEnv, type OwnerLogin } from './owner';
import { assertRuntimeInstalled, N8N_BIN, NODE24, NODE24_BIN_DIR } from './paths';
import { freePort } from './ports';
import { sleep, waitFor } from './wait';

export interface N8nOptions {
	/** N8N_USER_FOLDER: n8n keeps `.n8n/` (database, config, community nodes) inside. */
	userFolder: string;
	owner: OwnerLogin;
	/** Where n8n's stdout and stderr go. */
	logFile: string;
	/** A restart must reuse the key the credentials were encrypted with. */
	encryptionKey: string;
	port?: number;
	extraEnv?: Record<string, string>;
	/** Milliseconds to wait for readiness. */
	startTimeoutMs?: number;
}

export interface N8nInstance {
	readonly url: string;
	readonly port: number;
	readonly owner: OwnerLogin;
	readonly logFile: string;
	readonly userFolder: string;
	stop(): Promise<void>;
	/** The log so far, for failure messages. */
	logTail(lines?: number): string;
}

const running = new Set<ChildProcess>();

/** Last resort (uncaught exception, process.exit): never leave an n8n behind. */
process.on('exit', () => {
	for (const child of running) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}

export async function startN8n(options: N8nOptions): Promise<N8nInstance> {
	assertRuntimeInstalled();
	mkdirSync(options.userFolder, { recursive: true });
	mkdirSync(path.dirname(options.logFile), { recursive: true });
	const port = options.port ?? (await freePort());
	const brokerPort = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const env: Record<string, string> = {
		...inheritedEnv(),
		// n8n starts its task runner as plain `node`: Node 24 must come first.
		PATH: `${NODE24_BIN_DIR}:${process.env.PATH ?? ''}`,
		N8N_USER_FOLDER: options.userFolder,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `${url}/`,
		N8N_EDITOR_BASE_URL: `${url}/`,
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_ENCRYPTION_KEY: options.encryptionKey,
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_LOG_LEVEL: 'info',
		...ownerEnv(options.owner),
		...options.extraEnv,
	};
	const log = openSync(options.logFile, 'a');
	const child = spawn(NODE24, [N8N_BIN, 'start'], {
		env,
		cwd: options.userFolder,
		detached: true,
		stdio: ['ignore', log, log],
	});
	closeSync(log);
	running.add(child);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	exited.then(() => running.delete(child)).catch(() => undefined);

	const logTail = (lines = 40): string => {
		try {
			return readFileSync(options.logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '(no log)';
		}
	};

	const stop = async (): Promise<void> => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		killGroup(child, 'SIGTERM');
		const stopped = await Promise.race([exited.then(() => true), sleep(20_000).then(() => false)]);
		if (!stopped) {
			killGroup(child, 'SIGKILL');
			await exited;
		}
		// Task runners are in the same group; make sure none outlives n8n.
		killGroup(child, 'SIGKILL');
	};

	try {
		await waitFor(
			async () => {
				if (child.exitCode !== null || child.signalCode !== null) {
					throw new Error(`n8n exited during start (code ${String(child.exitCode)})`);
				}
				return (await isReady(url)) ? true : undefined;
			},
			{ timeoutMs: options.startTimeoutMs ?? 600_000, intervalMs: 300, what: `n8n at ${url}` },
		);
	} catch (error) {
		await stop();
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${reason}\n--- n8n log (${options.logFile}) ---\n${logTail()}`);
	}
	return { url, port, owner: options.owner, logFile: options.logFile, userFolder: options.userFolder, stop, logTail };
}

async function isReady(url: string): Promise<boolean> {
	try {
		const response = await fetch(`${url}/healthz/readiness`, { signal: AbortSignal.timeout(2000) });
		return response.ok;
	} catch {
		return false;
	}
}

/** The caller's environment without n8n settings it may carry (they would override ours). */
function inheritedEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined || key.startsWith('N8N_') || key.startsWith('DB_')) continue;
		env[key] = value;
	}
	return env;
}
