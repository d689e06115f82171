// A long-running child (n8n, PostgreSQL, Redis) started as its own process group, with its output
// in a log file, so that stopping it also stops whatever it spawned (n8n's task runners,
// PostgreSQL's backends). Every group still running when this process exits is killed.

import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { sleep } from './wait';

export interface GroupOptions {
	command: string;
	args: string[];
	env: Record<string, string>;
	cwd: string;
	/** Where stdout and stderr go (appended). */
	logFile: string;
	/** Run as this user (PostgreSQL refuses to run as root). */
	uid?: number;
	gid?: number;
}

export interface ProcessGroup {
	readonly pid: number;
	readonly logFile: string;
	/** True once the leader exited. */
	hasExited(): boolean;
	/** Resolves when the leader exited. */
	readonly exited: Promise<void>;
	/** SIGTERM to the group, SIGKILL after `graceMs`; never leaves a member behind. */
	stop(graceMs: number): Promise<void>;
	/** SIGKILL to the whole group at once (a crash, not a shutdown). */
	kill(): Promise<void>;
	/** The log so far, for failure messages. */
	logTail(lines?: number): string;
}

const running = new Set<ChildProcess>();

/** Last resort (uncaught exception, process.exit): never leave a child group behind. */
process.on('exit', () => {
	for (const child of running) signalGroup(child, 'SIGKILL');
});

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is already gone.
	}
}

export function startProcessGroup(options: GroupOptions): ProcessGroup {
	mkdirSync(path.dirname(options.logFile), { recursive: true });
	const log = openSync(options.logFile, 'a');
	const child = spawn(options.command, options.args, {
		env: options.env,
		cwd: options.cwd,
		detached: true,
		stdio: ['ignore', log, log],
		uid: options.uid,
		gid: options.gid,
	});
	closeSync(log);
	if (child.pid === undefined) throw new Error(`could not start ${options.command}`);
	running.add(child);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	exited.then(() => running.delete(child)).catch(() => undefined);
	const hasExited = (): boolean => child.exitCode !== null || child.signalCode !== null;

	const kill = async (): Promise<void> => {
		signalGroup(child, 'SIGKILL');
		await exited;
	};

	const stop = async (graceMs: number): Promise<void> => {
		if (!hasExited()) {
			signalGroup(child, 'SIGTERM');
			const stopped = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
			if (!stopped) await kill();
		}
		// Members (task runners, backends) may outlive the leader; none may outlive the run.
		signalGroup(child, 'SIGKILL');
	};

	const logTail = (lines = 40): string => {
		try {
			return readFileSync(options.logFile, 'utf8').split('\n').slice(-lines).join('\n');
		} catch {
			return '(no log)';
		}
	};

	return { pid: child.pid, logFile: options.logFile, hasExited, exited, stop, kill, logTail };
}
