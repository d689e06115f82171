// One real n8n for the bench: a fresh user folder (empty database, so execution counts start at
// zero) with the packed package installed, started with the setting under test, a logged-in
// client and the INCS credential pointing at the simulator (which runs in the bench's child
// process). Built from the e2e support modules, so the bench runs the same n8n the suite tests.

import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';

import { DEFAULT_CERTIFICATION_CODE } from '../../simulator';
import { simulatorCredentialData } from '../../e2e/support/environment';
import { CREDENTIAL_NAME, CREDENTIAL_TYPE } from '../../e2e/support/incs';
import { N8nClient } from '../../e2e/support/n8nClient';
import { startN8n, type N8nInstance } from '../../e2e/support/n8nProcess';
import { installPackedPackage } from '../../e2e/support/packageInstall';
import type { CredentialRef } from '../../e2e/support/workflowTypes';

export const BENCH_OWNER = { email: 'bench@n8n-nodes-incs.test', password: 'Bench-Passw0rd-Incs' };

export interface BenchN8n {
	n8n: N8nInstance;
	client: N8nClient;
	incsCredential: CredentialRef;
	startMs: number;
	stop(): Promise<void>;
}

export interface BenchN8nOptions {
	/** The packed package (npm pack), installed as n8n installs community packages. */
	tarball: string;
	/** Holds this instance's user folder and log; emptied first. */
	workDir: string;
	simulatorUrl: string;
	/** The n8n setting under test, on top of the e2e suite's quiet local start. */
	env: Record<string, string>;
}

export async function startBenchN8n(options: BenchN8nOptions): Promise<BenchN8n> {
	rmSync(options.workDir, { recursive: true, force: true });
	const userFolder = path.join(options.workDir, 'n8n-home');
	installPackedPackage(options.tarball, userFolder);
	const started = Date.now();
	const n8n = await startN8n({
		userFolder,
		owner: BENCH_OWNER,
		logFile: path.join(options.workDir, 'n8n.log'),
		encryptionKey: randomBytes(24).toString('hex'),
		// The bench's own warnings and errors are enough; info lines for thousands of
		// executions would be log writing measured along with everything else.
		extraEnv: { N8N_LOG_LEVEL: 'warn', ...options.env },
	});
	try {
		const startMs = Date.now() - started;
		const client = new N8nClient(n8n.url, BENCH_OWNER);
		await client.connect();
		const credential = await client.createCredential(
			CREDENTIAL_NAME,
			CREDENTIAL_TYPE,
			simulatorCredentialData(options.simulatorUrl, DEFAULT_CERTIFICATION_CODE),
		);
		return { n8n, client, incsCredential: { id: credential.id, name: credential.name }, startMs, stop: () => n8n.stop() };
	} catch (error) {
		await n8n.stop();
		throw error;
	}
}
