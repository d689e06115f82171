// Starts a real n8n (Node 24, from the cached runtime) as its own process group, waits until it
// serves requests, and stops it (the whole group: n8n spawns task runners) even when a test
// failed or the runner is interrupted. The same code starts every process of a queue-mode
// cluster: the main instance (`n8n start`), workers (`n8n worker`) and webhook processors
// (`n8n webhook`).

import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { ownerEnv, type OwnerLogin } from './owner';
import { assertRuntimeInstalled, N8N_BIN, NODE24, NODE24_BIN_DIR } from './paths';
import { freePort } from './ports';
import { startProcessGroup } from './processGroup';
import { waitFor } from './wait';

export type N8nCommand = 'start' | 'worker' | 'webhook';

export interface N8nOptions {
	/** N8N_USER_FOLDER: n8n keeps `.n8n/` (database, config, community nodes) inside. */
	userFolder: string;
	/** Created by the main instance (`start`) from the environment; others only log in. */
	owner: OwnerLogin;
	/** Where n8n's stdout and stderr go. */
	logFile: string;
	/** A restart must reuse the key the credentials were encrypted with. */
	encryptionKey: string;
	/** Default `start`. */
	command?: N8nCommand;
	/** Extra command-line arguments, e.g. `--concurrency=1` for a worker. */
	args?: string[];
	port?: number;
	extraEnv?: Record<string, string>;
	/** Polled until it answers 2xx; default `<url>/healthz/readiness` (a worker needs its health port's). */
	readinessUrl?: string;
	/** Milliseconds to wait for readiness. */
	startTimeoutMs?: number;
	/** Milliseconds between SIGTERM and SIGKILL on stop (a webhook processor can hang on shutdown). */
	stopGraceMs?: number;
}

export interface N8nInstance {
	readonly url: string;
	readonly port: number;
	readonly owner: OwnerLogin;
	readonly logFile: string;
	readonly userFolder: string;
	stop(): Promise<void>;
	/** SIGKILL to the whole process group: a crash, with no shutdown work at all. */
	kill(): Promise<void>;
	/** The log so far, for failure messages. */
	logTail(lines?: number): string;
}

export async function startN8n(options: N8nOptions): Promise<N8nInstance> {
	assertRuntimeInstalled();
	mkdirSync(options.userFolder, { recursive: true });
	mkdirSync(path.dirname(options.logFile), { recursive: true });
	const port = options.port ?? (await freePort());
	const brokerPort = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const command = options.command ?? 'start';
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
		// Only the main instance creates the owner; the other processes share its database.
		...(command === 'start' ? ownerEnv(options.owner) : {}),
		...options.extraEnv,
	};
	const group = startProcessGroup({
		command: NODE24,
		args: [N8N_BIN, command, ...(options.args ?? [])],
		env,
		cwd: options.userFolder,
		logFile: options.logFile,
	});
	const stop = (): Promise<void> => group.stop(options.stopGraceMs ?? 20_000);
	const readinessUrl = options.readinessUrl ?? `${url}/healthz/readiness`;

	try {
		await waitFor(
			async () => {
				if (group.hasExited()) throw new Error(`n8n ${command} exited during start`);
				return (await isReady(readinessUrl)) ? true : undefined;
			},
			{ timeoutMs: options.startTimeoutMs ?? 600_000, intervalMs: 300, what: `n8n ${command} at ${readinessUrl}` },
		);
	} catch (error) {
		await stop();
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${reason}\n--- n8n log (${options.logFile}) ---\n${group.logTail()}`);
	}
	return {
		url,
		port,
		owner: options.owner,
		logFile: options.logFile,
		userFolder: options.userFolder,
		stop,
		kill: group.kill,
		logTail: group.logTail,
	};
}

async function isReady(readinessUrl: string): Promise<boolean> {
	try {
		const response = await fetch(readinessUrl, { signal: AbortSignal.timeout(2000) });
		return response.ok;
	} catch {
		return false;
	}
}

/** Settings n8n reads from the environment; the caller's would override ours. */
const OWN_PREFIXES = ['N8N_', 'DB_', 'QUEUE_', 'EXECUTIONS_', 'OFFLOAD_'];

/** The caller's environment without n8n settings it may carry (they would override ours). */
function inheritedEnv(): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined || OWN_PREFIXES.some((prefix) => key.startsWith(prefix))) continue;
		env[key] = value;
	}
	return env;
}
