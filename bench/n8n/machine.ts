// What every real-n8n measurement needs around it: the e2e runtime, the package packed once, the
// machine's n8n lock for the whole measurement, and n8n stopped on Ctrl-C (the e2e helper's
// exit hook does not run when a signal ends the process).

import path from 'node:path';

import { assertRuntimeInstalled, CACHE_DIR } from '../../e2e/support/paths';
import { packPackage } from '../../e2e/support/packageInstall';
import { holdN8nLock } from './lock';

export const BENCH_WORK_DIR = path.join(CACHE_DIR, 'bench-n8n');

export interface Stoppable {
	stop(): Promise<void>;
}

export interface N8nMachine {
	/** The packed package (npm pack of the built dist). */
	tarball: string;
	/** Names what a signal must stop; undefined once it is stopped. */
	track(running: Stoppable | undefined): void;
}

export async function withN8nMachine<T>(log: (line: string) => void, work: (machine: N8nMachine) => Promise<T>): Promise<T> {
	assertRuntimeInstalled();
	const tarball = packPackage(path.join(BENCH_WORK_DIR, 'pack'));
	const lock = await holdN8nLock(log);
	log(`  n8n lock ${lock.how === 'ancestor' ? 'held by the caller' : 'taken'}`);
	let running: Stoppable | undefined;
	const onSignal = (signal: NodeJS.Signals) => {
		console.error(`\n${signal}: stopping n8n`);
		(running ? running.stop() : Promise.resolve()).finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		return await work({ tarball, track: (value) => (running = value) });
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		await lock.release();
	}
}
