// CPU time n8n itself spent (user + system, from /proc), summed over the process groups of the n8n
// processes whose user folder lies under a given folder: the main process with its task runner,
// or every process of a queue-mode cluster. Unlike callbacks per second, CPU per callback hardly
// moves when something else on the machine competes for the cores.

import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

interface ProcStat {
	pid: number;
	pgid: number;
	/** utime + stime + the reaped children's, in clock ticks. */
	ticks: number;
}

function readStat(pid: number): ProcStat | undefined {
	try {
		const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may hold spaces): state is field 3.
		const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
		const at = (field: number) => Number(fields[field - 3]);
		return { pid, pgid: at(5), ticks: at(14) + at(15) + at(16) + at(17) };
	} catch {
		return undefined;
	}
}

function userFolderOf(pid: number): string | undefined {
	try {
		const entry = readFileSync(`/proc/${pid}/environ`, 'utf8')
			.split('\0')
			.find((variable) => variable.startsWith('N8N_USER_FOLDER='));
		return entry?.slice('N8N_USER_FOLDER='.length);
	} catch {
		return undefined;
	}
}

/** Milliseconds of CPU used so far by the n8n process groups whose leader's user folder starts with `folder`. */
export function n8nCpuMs(folder: string): number {
	const stats = readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.map((name) => readStat(Number(name)))
		.filter((stat): stat is ProcStat => stat !== undefined);
	// n8n runs as its own process group (see e2e/support/n8nProcess.ts): its leader carries the
	// user folder; the task runner it spawns is in the same group.
	const groups = new Set(stats.filter((s) => s.pid === s.pgid && (userFolderOf(s.pid) ?? '').startsWith(folder)).map((s) => s.pgid));
	const ticks = stats.filter((s) => groups.has(s.pgid)).reduce((total, s) => total + s.ticks, 0);
	return (ticks * 1000) / TICKS_PER_SECOND;
}
