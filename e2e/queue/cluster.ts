// n8n 2.41 in queue mode on one machine, as an operator would run it: Redis (the job queue),
// PostgreSQL (shared by every process), one main instance (editor, REST API, triggers, no
// production webhooks), workers that run the executions, and a webhook processor that takes the
// production webhooks (INCS callbacks). Every n8n process has its own user folder with the packed
// package installed as the README's manual install says.
//
//   const cluster = await startQueueCluster({ workDir, tarball, owner });
//   cluster.mainUrl, cluster.webhookUrl, cluster.client   // main's APIs, logged in
//   await cluster.killWorker(0);                          // SIGKILL, like a crashed container
//   await cluster.stop();                                 // everything, also after a failure
//
// Start-up takes about 30 s on 2 cores (main must finish its migrations before the others start).

import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

import { N8nClient } from '../support/n8nClient';
import { startN8n, type N8nInstance } from '../support/n8nProcess';
import type { OwnerLogin } from '../support/owner';
import { installPackedPackage } from '../support/packageInstall';
import { freePort } from '../support/ports';
import { startPostgres, type PostgresServer } from './postgres';
import { startRedis, type RedisServer } from './redis';
import { workerLogMentions } from './workerLogs';

export interface QueueClusterOptions {
	/** Emptied, then holds every process's user folder, the logs and the database. */
	workDir: string;
	/** `npm pack` output, installed into every n8n process. */
	tarball: string;
	owner: OwnerLogin;
	/** Default 2. */
	workers?: number;
	/** Executions one worker runs at once (`n8n worker --concurrency`); n8n's default is 10. */
	workerConcurrency?: number;
	/** Added to every n8n process's environment (e.g. QUEUE_WORKER_LOCK_DURATION). */
	env?: Record<string, string>;
	log?: (line: string) => void;
}

export interface QueueCluster {
	/** The main instance: editor, REST and public API. */
	readonly mainUrl: string;
	/** The webhook processor: production webhooks are `${webhookUrl}/webhook/<id>/<path>`. */
	readonly webhookUrl: string;
	/** Logged in to main, with an API key. */
	readonly client: N8nClient;
	readonly workerCount: number;
	/** Every process's log file, for CI artifacts. */
	readonly logFiles: string[];
	/** Milliseconds each start-up phase took. */
	readonly timings: Record<string, number>;
	/** SIGKILLs worker `index` (its whole process group) and waits until it is gone. */
	killWorker(index: number): Promise<void>;
	/** The worker whose log says it started `executionId`, if any. */
	workerOf(executionId: string): number | undefined;
	/** Stops everything that is still running; safe to call twice. */
	stop(): Promise<void>;
}

/** A webhook processor can hang on SIGTERM; a shorter grace keeps CI's stop quick. */
const STOP_GRACE_MS = 10_000;

export async function startQueueCluster(options: QueueClusterOptions): Promise<QueueCluster> {
	const log = options.log ?? (() => undefined);
	const timings: Record<string, number> = {};
	const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
		const start = Date.now();
		try {
			return await work();
		} finally {
			timings[phase] = Date.now() - start;
		}
	};
	rmSync(options.workDir, { recursive: true, force: true });
	mkdirSync(options.workDir, { recursive: true });

	let redis: RedisServer | undefined;
	let postgres: PostgresServer | undefined;
	const processes: N8nInstance[] = [];
	const stop = async (): Promise<void> => {
		// Webhook processor and workers first, then main, then the services they use.
		const [main, ...others] = processes.splice(0);
		await Promise.all(others.map((instance) => instance.stop()));
		await main?.stop();
		await redis?.stop();
		await postgres?.stop();
		redis = undefined;
		postgres = undefined;
	};

	try {
		[redis, postgres] = await timed('services', () => Promise.all([startRedis(options.workDir), startPostgres(options.workDir)]));
		log(`redis on ${redis.port}, postgres on ${postgres.port}`);
		const encryptionKey = randomBytes(24).toString('hex');
		const webhookPort = await freePort();
		const webhookUrl = `http://127.0.0.1:${webhookPort}`;
		const shared: Record<string, string> = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(postgres.port),
			DB_POSTGRESDB_USER: postgres.user,
			DB_POSTGRESDB_PASSWORD: '',
			DB_POSTGRESDB_DATABASE: postgres.database,
			// The URL INCS is given (the editor shows it on the trigger): the webhook processor's.
			WEBHOOK_URL: `${webhookUrl}/`,
			// Stops take seconds, not n8n's default 30 s (QUEUE_WORKER_TIMEOUT is its deprecated name).
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
			...options.env,
		};
		const start = (name: string, extra: Partial<Parameters<typeof startN8n>[0]>): Promise<N8nInstance> => {
			const userFolder = path.join(options.workDir, name);
			installPackedPackage(options.tarball, userFolder);
			return startN8n({
				userFolder,
				owner: options.owner,
				logFile: path.join(options.workDir, `${name}.log`),
				encryptionKey,
				stopGraceMs: STOP_GRACE_MS,
				...extra,
				extraEnv: { ...shared, ...extra.extraEnv },
			}).then((instance) => {
				processes.push(instance);
				return instance;
			});
		};

		// Main runs the migrations; the others would race it for the same tables.
		const main = await timed('main', () =>
			start('main', {
				command: 'start',
				extraEnv: {
					// Production webhooks go to the webhook processor only.
					N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
					// "Execute workflow" in the editor runs on a worker too.
					OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
				},
			}),
		);
		log(`main at ${main.url}`);

		const workerCount = options.workers ?? 2;
		const concurrency = options.workerConcurrency ?? 10;
		const workers: N8nInstance[] = [];
		await timed('workersAndWebhook', async () => {
			const starting = Array.from({ length: workerCount }, async (_, index) => {
				const healthPort = await freePort();
				workers[index] = await start(`worker-${index + 1}`, {
					command: 'worker',
					args: [`--concurrency=${concurrency}`],
					readinessUrl: `http://127.0.0.1:${healthPort}/healthz/readiness`,
					extraEnv: { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort) },
				});
			});
			const webhook = start('webhook', { command: 'webhook', port: webhookPort });
			await Promise.all([...starting, webhook]);
		});
		log(`${workerCount} workers (concurrency ${concurrency}) and the webhook processor at ${webhookUrl}`);

		const client = new N8nClient(main.url, options.owner);
		await timed('login', () => client.connect());
		return {
			mainUrl: main.url,
			webhookUrl,
			client,
			workerCount,
			logFiles: [...processes.map((instance) => instance.logFile), path.join(options.workDir, 'redis.log'), path.join(options.workDir, 'postgres.log')],
			timings,
			async killWorker(index) {
				const worker = workers[index];
				if (worker === undefined) throw new Error(`no worker ${index}`);
				await worker.kill();
			},
			workerOf(executionId) {
				const index = workers.findIndex((worker) => workerLogMentions(worker.logFile, executionId));
				return index === -1 ? undefined : index;
			},
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}
