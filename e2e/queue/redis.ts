// A private Redis for n8n's job queue: Debian's redis-server (installed by scripts/e2e-setup.sh
// with E2E_WITH_REDIS=1) on a free loopback port, nothing written to disk, stopped at the end.

import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { freePort } from '../support/ports';
import { startProcessGroup } from '../support/processGroup';
import { waitForLogLine } from './logReady';

export interface RedisServer {
	port: number;
	stop(): Promise<void>;
}

function redisBinary(): string {
	try {
		return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim();
	} catch {
		throw new Error('redis-server is not installed: run E2E_WITH_REDIS=1 scripts/e2e-setup.sh (or apt-get install redis-server)');
	}
}

export async function startRedis(workDir: string): Promise<RedisServer> {
	const dir = path.join(workDir, 'redis');
	mkdirSync(dir, { recursive: true });
	const port = await freePort();
	const group = startProcessGroup({
		command: redisBinary(),
		// No RDB snapshots, no append-only file: the queue lives only as long as the run.
		args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no'],
		env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
		cwd: dir,
		logFile: path.join(workDir, 'redis.log'),
	});
	await waitForLogLine(group, /Ready to accept connections/, `redis-server on port ${port}`);
	return { port, stop: () => group.stop(5000) };
}
