// One running setup for the suite and the demo: the INCS simulator, a real n8n with the packed
// package installed, a logged-in API client and a credential that points at the simulator.

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DEFAULT_CERTIFICATION_CODE, startSimulator, type Simulator, type SimulatorOptionsInput } from '../../simulator';
import { CREDENTIAL_NAME, CREDENTIAL_TYPE } from './incs';
import { N8nClient } from './n8nClient';
import { startN8n, type N8nInstance } from './n8nProcess';
import type { OwnerLogin } from './owner';
import { installPackedPackage, packPackage } from './packageInstall';

export interface EnvironmentOptions {
	/** Holds n8n's user folder, logs and the packed tarball. */
	workDir: string;
	/** Start from an empty n8n database (the suite); the demo keeps its data between runs. */
	fresh: boolean;
	owner: OwnerLogin;
	n8nPort?: number;
	simulator?: SimulatorOptionsInput;
	log?: (line: string) => void;
}

export interface Environment {
	simulator: Simulator;
	n8n: N8nInstance;
	client: N8nClient;
	credential: { id: string; name: string };
	/** Milliseconds each start-up phase took. */
	timings: Record<string, number>;
	stop(): Promise<void>;
}

async function timed<T>(timings: Record<string, number>, phase: string, work: () => Promise<T> | T): Promise<T> {
	const start = Date.now();
	try {
		return await work();
	} finally {
		timings[phase] = Date.now() - start;
	}
}

/** The encryption key lives next to the database so a restarted demo can read its credentials. */
function encryptionKey(workDir: string): string {
	const file = path.join(workDir, 'encryption-key');
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	const key = randomBytes(24).toString('hex');
	writeFileSync(file, `${key}\n`, { mode: 0o600 });
	return key;
}

export async function startEnvironment(options: EnvironmentOptions): Promise<Environment> {
	const log = options.log ?? (() => undefined);
	const timings: Record<string, number> = {};
	if (options.fresh) rmSync(options.workDir, { recursive: true, force: true });
	mkdirSync(options.workDir, { recursive: true });
	const userFolder = path.join(options.workDir, 'n8n-home');

	const tarball = await timed(timings, 'pack', () => packPackage(path.join(options.workDir, 'pack')));
	installPackedPackage(tarball, userFolder);
	log(`installed ${path.basename(tarball)} into ${userFolder}/.n8n/nodes`);

	const simulator = await timed(timings, 'simulator', () => startSimulator({ seedData: true, ...options.simulator }));
	log(`simulator at ${simulator.url}`);
	let n8n: N8nInstance | undefined;
	try {
		n8n = await timed(timings, 'n8nStart', () =>
			startN8n({
				userFolder,
				owner: options.owner,
				logFile: path.join(options.workDir, 'n8n.log'),
				encryptionKey: encryptionKey(options.workDir),
				port: options.n8nPort,
			}),
		);
		log(`n8n at ${n8n.url}`);
		const client = new N8nClient(n8n.url, options.owner);
		await timed(timings, 'login', () => client.connect());
		const credential = await timed(timings, 'credential', () =>
			client.ensureCredential(CREDENTIAL_NAME, CREDENTIAL_TYPE, simulatorCredentialData(simulator.url, DEFAULT_CERTIFICATION_CODE)),
		);
		const running = n8n;
		return {
			simulator,
			n8n: running,
			client,
			credential: { id: credential.id, name: credential.name },
			timings,
			async stop() {
				await running.stop();
				await simulator.close();
			},
		};
	} catch (error) {
		await n8n?.stop();
		await simulator.close();
		throw error;
	}
}

export function simulatorCredentialData(simulatorUrl: string, certificationCode: string): { [key: string]: string } {
	return { certificationCode, messagingBaseUrl: simulatorUrl, managementBaseUrl: simulatorUrl };
}
