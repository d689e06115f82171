// Command-line flags → simulator options. Kept apart from cli.ts so tests can call it.

import { parseArgs } from 'node:util';

import { FAULT_KINDS, type FaultKind, type FaultRule, type LatencyRange, type SimulatorOptionsInput } from './options';

export const CLI_USAGE = `Usage: node build/simulator/cli.js [flags]

  --port <n>                    listen port (default 8787; 0 = any free port)
  --host <addr>                 listen address (default 127.0.0.1)
  --cert-code <code>            accepted certification-code (repeatable; default sim-certification-code)
  --no-seed                     start without the demo templates
  --callback-url <url>          POST callbacks there (loopback only unless --allow-remote-callbacks)
  --callback-token <token>      appended to callback URLs as ?token=
  --callback-delays <s,d,r>     ms before sent, delivered, read (default 10,10,10)
  --failing-numbers <a,b>       recipients whose messages end "failed"
  --latency <ms | min-max>      delay before every API answer
  --rate-limit <rate:burst>     token bucket, e.g. 10:20 (HTTP 429 + Retry-After beyond it)
  --fault <spec>                repeatable; kind[:probability=p][:requests=3,7][:method=POST]
                                [:path=/external/messages][:after-accept][:retry-after=s]
                                kinds: ${FAULT_KINDS.join(', ')}
  --random-seed <n>             seed for fault probabilities and latency ranges (default 1)
  --review-delay <ms>           template auto-review delay (default 50; 0 = at once; -1 = never)
  --reject-pattern <regex>      reject templates whose name matches
  --http-status-mirrors-code    answer envelope errors with their code as HTTP status
  --enforce-service-window      refuse free-form WhatsApp/RCS sends outside the 24 h window
  --allow-remote-callbacks      allow non-loopback callback hosts
  --verbose                     log one line per request
  --help                        show this text
`;

export class CliError extends Error {}

function integer(value: string, flag: string): number {
	if (!/^-?\d+$/.test(value)) throw new CliError(`${flag} expects an integer, got "${value}"`);
	return Number(value);
}

export function parseLatency(value: string): number | LatencyRange {
	const range = /^(\d+)-(\d+)$/.exec(value);
	if (range) return { minMs: Number(range[1]), maxMs: Number(range[2]) };
	return integer(value, '--latency');
}

export function parseFaultSpec(spec: string): FaultRule {
	const [kind, ...parts] = spec.split(':');
	if (!(FAULT_KINDS as readonly string[]).includes(kind)) throw new CliError(`unknown fault kind "${kind}" (${FAULT_KINDS.join(', ')})`);
	const rule: FaultRule = { kind: kind as FaultKind };
	for (const part of parts) {
		const [key, value = ''] = part.split('=');
		switch (key) {
			case 'probability':
				rule.probability = Number(value);
				if (!(rule.probability >= 0 && rule.probability <= 1)) throw new CliError(`fault probability must be in [0, 1]: ${spec}`);
				break;
			case 'requests':
				rule.onRequests = value.split(',').map((n) => integer(n, '--fault requests'));
				break;
			case 'method':
				rule.method = value.toUpperCase();
				break;
			case 'path':
				rule.pathPrefix = value;
				break;
			case 'after-accept':
				rule.afterAccept = true;
				break;
			case 'retry-after':
				rule.retryAfterSeconds = integer(value, '--fault retry-after');
				break;
			default:
				throw new CliError(`unknown fault option "${key}" in ${spec}`);
		}
	}
	if (rule.probability === undefined && rule.onRequests === undefined) throw new CliError(`fault needs probability= or requests=: ${spec}`);
	return rule;
}

export interface CliConfig {
	help: boolean;
	options: SimulatorOptionsInput;
}

export function parseCliArgs(argv: string[]): CliConfig {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			port: { type: 'string' },
			host: { type: 'string' },
			'cert-code': { type: 'string', multiple: true },
			'no-seed': { type: 'boolean' },
			'callback-url': { type: 'string' },
			'callback-token': { type: 'string' },
			'callback-delays': { type: 'string' },
			'failing-numbers': { type: 'string' },
			latency: { type: 'string' },
			'rate-limit': { type: 'string' },
			fault: { type: 'string', multiple: true },
			'random-seed': { type: 'string' },
			'review-delay': { type: 'string' },
			'reject-pattern': { type: 'string' },
			'http-status-mirrors-code': { type: 'boolean' },
			'enforce-service-window': { type: 'boolean' },
			'allow-remote-callbacks': { type: 'boolean' },
			verbose: { type: 'boolean' },
			help: { type: 'boolean' },
		},
	});
	const options: SimulatorOptionsInput = {
		port: values.port === undefined ? 8787 : integer(values.port, '--port'),
		// The CLI serves demos and e2e runs: templates ready to send unless told otherwise.
		seedData: !values['no-seed'],
	};
	if (values.host !== undefined) options.host = values.host;
	if (values['cert-code']) options.certificationCodes = values['cert-code'];
	if (values['callback-url'] !== undefined) options.callbackUrl = values['callback-url'];
	if (values['callback-token'] !== undefined) options.callbackToken = values['callback-token'];
	if (values['callback-delays'] !== undefined) {
		const [sentMs, deliveredMs, readMs] = values['callback-delays'].split(',').map((n) => integer(n, '--callback-delays'));
		if (readMs === undefined) throw new CliError('--callback-delays expects sent,delivered,read');
		options.callbackDelays = { sentMs, deliveredMs, readMs };
	}
	if (values['failing-numbers'] !== undefined) options.failingNumbers = values['failing-numbers'].split(',').filter(Boolean);
	if (values.latency !== undefined) options.latencyMs = parseLatency(values.latency);
	if (values['rate-limit'] !== undefined) {
		const match = /^(\d+(?:\.\d+)?):(\d+)$/.exec(values['rate-limit']);
		if (!match) throw new CliError('--rate-limit expects rate:burst, e.g. 10:20');
		options.rateLimit = { ratePerSecond: Number(match[1]), burst: Number(match[2]) };
	}
	if (values.fault) options.faults = values.fault.map(parseFaultSpec);
	if (values['random-seed'] !== undefined) options.randomSeed = integer(values['random-seed'], '--random-seed');
	if (values['review-delay'] !== undefined) options.reviewDelayMs = integer(values['review-delay'], '--review-delay');
	if (values['reject-pattern'] !== undefined) options.rejectTemplateNamePattern = values['reject-pattern'];
	if (values['http-status-mirrors-code']) options.httpStatusMirrorsCode = true;
	if (values['enforce-service-window']) options.enforceServiceWindow = true;
	if (values['allow-remote-callbacks']) options.allowNonLoopbackCallbacks = true;
	if (values.verbose) options.logRequests = true;
	return { help: values.help === true, options };
}
