// A private PostgreSQL 17 for the queue-mode cluster (n8n 2.41 warns on 15 and wants 16+): the
// binaries come from the npm package pinned in e2e/n8n, the data lives in a fresh directory of the
// run, tuned for a throw-away database (no fsync), on a free loopback port, stopped at the end.
// PostgreSQL refuses to run as root, so as root it runs as `nobody`, from a copy of the binaries
// and a data directory in the system's temporary folder: `nobody` may not be able to reach the
// clone (a CI checkout under /root, say).

import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { POSTGRES_BIN_DIR } from '../support/paths';
import { freePort } from '../support/ports';
import { startProcessGroup } from '../support/processGroup';
import { waitForLogLine } from './logReady';

export interface PostgresServer {
	port: number;
	user: string;
	database: string;
	stop(): Promise<void>;
}

const USER = 'n8n';
const DATABASE = 'postgres';

interface RunAs {
	uid?: number;
	gid?: number;
}

function unprivilegedUser(): RunAs {
	if (process.getuid?.() !== 0) return {};
	const id = (flag: string): number => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
	return { uid: id('-u'), gid: id('-g') };
}

/** The binaries (with their libraries) where `runAs` can run them. */
function copyBinaries(dir: string): string {
	const native = path.dirname(POSTGRES_BIN_DIR);
	execFileSync('cp', ['-a', native, path.join(dir, 'native')]);
	return path.join(dir, 'native', 'bin');
}

export async function startPostgres(workDir: string): Promise<PostgresServer> {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'incs-queue-postgres-'));
	const runAs = unprivilegedUser();
	const binDir = runAs.uid === undefined ? POSTGRES_BIN_DIR : copyBinaries(dir);
	if (runAs.uid !== undefined && runAs.gid !== undefined) chownSync(dir, runAs.uid, runAs.gid);
	try {
		return await initAndStart(workDir, dir, binDir, runAs);
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw error;
	}
}

async function initAndStart(workDir: string, dir: string, binDir: string, runAs: RunAs): Promise<PostgresServer> {
	const dataDir = path.join(dir, 'data');
	const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' };
	// Trust on loopback: the server is private to this run and gone afterwards.
	execFileSync(
		path.join(binDir, 'initdb'),
		['-D', dataDir, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
		{ env, cwd: dir, stdio: 'pipe', uid: runAs.uid, gid: runAs.gid },
	);
	const port = await freePort();
	const group = startProcessGroup({
		command: path.join(binDir, 'postgres'),
		args: [
			'-D', dataDir,
			'-p', String(port),
			'-c', 'listen_addresses=127.0.0.1',
			'-c', 'unix_socket_directories=',
			'-c', 'max_connections=200',
			// Durability is pointless for a database deleted after the run; speed is not.
			'-c', 'fsync=off',
			'-c', 'synchronous_commit=off',
			'-c', 'full_page_writes=off',
		],
		env,
		cwd: dir,
		logFile: path.join(workDir, 'postgres.log'),
		...runAs,
	});
	await waitForLogLine(group, /database system is ready to accept connections/, `postgres on port ${port}`);
	return {
		port,
		user: USER,
		database: DATABASE,
		async stop() {
			await group.stop(10_000);
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
