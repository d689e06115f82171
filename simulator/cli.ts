#!/usr/bin/env node
// `node build/simulator/cli.js --port 8787 …` — see CLI_USAGE.

import { CLI_USAGE, parseCliArgs, type CliConfig } from './cliArgs';
import { startSimulator } from './server';

async function main(): Promise<void> {
	let config: CliConfig;
	try {
		config = parseCliArgs(process.argv.slice(2));
	} catch (error) {
		console.error(error instanceof Error ? error.message : String(error));
		console.error(CLI_USAGE);
		process.exitCode = 2;
		return;
	}
	if (config.help) {
		console.log(CLI_USAGE);
		return;
	}
	const simulator = await startSimulator(config.options);
	const options = simulator.options;
	console.log(`INCS simulator listening on ${simulator.url}`);
	console.log(`  certification-code: ${options.certificationCodes.join(', ')}`);
	console.log(`  callbacks: ${options.callbackUrl ?? 'off'}; seed data: ${options.seedData ? 'on' : 'off'}; control API: ${simulator.url}/__sim/config`);
	const stop = (): void => {
		simulator.close().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
