// `npm run demo` (after scripts/demo.sh installed and built everything): the INCS simulator with
// demo templates, a real n8n with the packed package, the "INCS (simulator)" credential and the
// workflows from examples/, until Ctrl-C. Data stays in .n8n-demo/ between runs (--fresh wipes it).

import path from 'node:path';

import { startEnvironment, type Environment } from './support/environment';
import { importExamples } from './support/examples';
import { CREDENTIAL_NAME } from './support/incs';
import { REPO_ROOT } from './support/paths';
import { preferredPort } from './support/ports';

const WORK_DIR = path.join(REPO_ROOT, '.n8n-demo');
const OWNER = { email: 'demo@n8n-nodes-incs.test', password: 'Demo-Passw0rd' };

function portFromEnv(name: string, fallback: number): Promise<number> {
	const value = Number(process.env[name]);
	return Number.isInteger(value) && value > 0 ? Promise.resolve(value) : preferredPort(fallback);
}

async function main(): Promise<void> {
	const fresh = process.argv.includes('--fresh');
	const n8nPort = await portFromEnv('DEMO_N8N_PORT', 5678);
	const simulatorPort = await portFromEnv('DEMO_SIMULATOR_PORT', 8787);
	console.log(`Starting the INCS simulator and n8n${fresh ? ' (fresh data)' : ''}; the first start takes ~20 s…`);

	// Set once started; a Ctrl-C during start-up then finds nothing to stop but the process.
	const running: { env?: Environment } = {};
	let stopping = false;
	const stop = async (signal: string): Promise<void> => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${signal}: stopping n8n and the simulator…`);
		await running.env?.stop();
		console.log('Stopped.');
		process.exit(0);
	};
	process.on('SIGINT', () => void stop('SIGINT'));
	process.on('SIGTERM', () => void stop('SIGTERM'));

	const env = await startEnvironment({
		workDir: WORK_DIR,
		fresh,
		owner: OWNER,
		n8nPort,
		simulator: { port: simulatorPort, seedData: true, logRequests: true },
	});
	running.env = env;
	const { simulator, n8n, client, credential } = env;
	const examples = await importExamples(client, credential, n8n.url);

	// Callbacks from the simulator go to the first published INCS Trigger.
	const receiver = examples.find((example) => example.published && example.triggerUrls.length > 0);
	if (receiver) simulator.setOptions({ callbackUrl: receiver.triggerUrls[0], callbackToken: receiver.callbackToken ?? null });

	const lines = [
		'',
		'INCS demo is running.',
		'',
		`  n8n editor       ${n8n.url}`,
		`  login            ${OWNER.email} / ${OWNER.password}`,
		// The simulator's certification code is fake, but codes are never printed, not even this one.
		`  credential       "${CREDENTIAL_NAME}" → the simulator (ready to use)`,
		`  INCS simulator   ${simulator.url}  (demo templates loaded; requests are logged below)`,
		'',
		'  Workflows from examples/:',
		...examples.map(
			(example) =>
				`    ${example.name}  ${n8n.url}/workflow/${example.id}${example.published ? '  [published]' : ''}${example.created ? '' : '  (kept from last run)'}`,
		),
		'',
	];
	if (receiver) {
		lines.push(
			`  The simulator posts callbacks to ${receiver.triggerUrls[0]}`,
			'  Simulate a customer writing on WhatsApp:',
			`    curl -s -X POST ${simulator.url}/__sim/callbacks -H 'content-type: application/json' \\`,
			`      -d '{"kind":"whatsappMessage","from":"85291234567","text":"Hello"}'`,
			`  then open Executions in n8n. What INCS received: curl -s ${simulator.url}/__sim/journal`,
			'',
		);
	}
	lines.push(
		'  Send and Wait (the approval example): execute it, then open the newest answer link in a browser:',
		`    curl -s ${simulator.url}/__sim/journal | grep -o 'http[^"\\]*webhook-waiting[^"\\]*' | tail -n 1`,
		'',
	);
	lines.push(`  n8n log: ${n8n.logFile}`, '  Ctrl-C stops everything.', '');
	console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
	process.exit(1);
});
