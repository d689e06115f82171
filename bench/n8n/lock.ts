// Only one n8n setup may run at a time on the project's machines: everything that starts n8n
// holds the advisory lock on one shared file (`flock <file> <command>`). The bench respects that
// lock whether or not it was started under `flock`: when an ancestor process already holds it
// (`flock … npm run bench`) there is nothing to do; otherwise a small `flock` child takes it and
// keeps it until released (or until this process dies and the child's stdin closes).

import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

export const N8N_LOCK_FILE = '/tmp/incs-n8n.lock';

export interface HeldLock {
	/** How the lock was obtained, for the log. */
	how: 'ancestor' | 'taken';
	release(): Promise<void>;
}

function parentOf(pid: number): number | undefined {
	try {
		// The command name (field 2) may hold spaces and parentheses: read after its last ')'.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		return Number.isInteger(ppid) && ppid > 0 ? ppid : undefined;
	} catch {
		return undefined;
	}
}

function ancestors(): Set<number> {
	const pids = new Set<number>();
	for (let pid: number | undefined = process.pid; pid !== undefined && !pids.has(pid); pid = parentOf(pid)) pids.add(pid);
	return pids;
}

/** Whether a process above this one holds a flock on the lock file (per /proc/locks). */
function heldByAncestor(file: string): boolean {
	let inode: number;
	let locks: string;
	try {
		inode = statSync(file).ino;
		locks = readFileSync('/proc/locks', 'utf8');
	} catch {
		return false;
	}
	const mine = ancestors();
	return locks.split('\n').some((line) => {
		// "1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF"
		const fields = line.trim().split(/\s+/);
		if (fields[1] !== 'FLOCK') return false;
		const device = fields[5]?.split(':') ?? [];
		return Number(device[2]) === inode && mine.has(Number(fields[4]));
	});
}

export async function holdN8nLock(log: (line: string) => void, file = N8N_LOCK_FILE): Promise<HeldLock> {
	if (heldByAncestor(file)) return { how: 'ancestor', release: async () => undefined };
	const child = spawn('flock', [file, 'sh', '-c', 'echo locked; exec cat >/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const waitingNote = setTimeout(() => log(`  waiting for ${file}: another n8n setup is running`), 1000);
	try {
		await new Promise<void>((resolve, reject) => {
			child.stdout.once('data', () => resolve());
			child.once('error', reject);
			child.once('exit', (code) => reject(new Error(`flock ${file} exited with ${String(code)}`)));
		});
	} finally {
		clearTimeout(waitingNote);
	}
	return {
		how: 'taken',
		async release() {
			child.stdin.end();
			await exited;
		},
	};
}
