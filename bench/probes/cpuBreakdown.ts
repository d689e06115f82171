// Probe (not part of `npm run bench`): where the INCS node's per-item CPU goes. Interleaved runs
// of WhatsApp → Send with one cost removed at a time — by monkeypatching the compiled modules in
// this process only, never the node's files — next to the bare n8n node and the raw client.
// Client CPU per item is the measure to trust: unlike throughput it barely moves with the load
// others put on the shared machine.
//
//   node build/bench/probes/cpuBreakdown.js [items=500] [rounds=4] [concurrency=20]
//
// Contenders: cachedConnection = the credential read once per execution instead of once per
// request (transport/credentials.ts loadConnection); functionAuth = the credential's header set
// by an `authenticate` function instead of the generic `={{$credentials…}}` expression;
// staticTo = a literal recipient instead of the `{{ $json.phone }}` expression (the user's
// cost, not the node's); bare = bareSendNode.ts; raw = node:http with keep-alive.

import type { IAuthenticate, ICredentialType } from 'n8n-workflow';

import { API_PATHS } from '../../nodes/Incs/v1/transport/api';
import * as credentialsModule from '../../nodes/Incs/v1/transport/credentials';
import { checkSends, credentialTypes, recipient, recipientItems, runBareSend, runIncsNode, SEND_TEXT, whatsAppTextParameters } from '../lib/nodeRunner';
import { RawClient, runRawBatch } from '../lib/rawClient';
import { cpuMs, median, nowMs } from '../lib/stats';
import { warmUp } from '../sections/perItem';
import { SimProcess } from '../sim/process';

type Loader = typeof credentialsModule.loadConnection;
const transportCredentials = credentialsModule as { loadConnection: Loader };
const originalLoad = transportCredentials.loadConnection;
const connections = new WeakMap<object, ReturnType<Loader>>();
const cachedLoad: Loader = function (this: ThisParameterType<Loader>, itemIndex?: number) {
	let connection = connections.get(this);
	if (connection === undefined) {
		connection = originalLoad.call(this, itemIndex);
		connections.set(this, connection);
	}
	return connection;
};

const credentialType: ICredentialType = credentialTypes[0];
const genericAuth = credentialType.authenticate;
const functionAuth: IAuthenticate = async (credentials, options) => ({
	...options,
	headers: { ...options.headers, 'certification-code': String(credentials.certificationCode) },
});

interface Contender {
	name: string;
	kind: 'node' | 'bare' | 'raw';
	cachedConnection?: boolean;
	functionAuth?: boolean;
	staticTo?: boolean;
}

const CONTENDERS: Contender[] = [
	{ name: 'node (as is)', kind: 'node' },
	{ name: 'node, cachedConnection', kind: 'node', cachedConnection: true },
	{ name: 'node, functionAuth', kind: 'node', functionAuth: true },
	{ name: 'node, both fixes', kind: 'node', cachedConnection: true, functionAuth: true },
	{ name: 'node, staticTo', kind: 'node', staticTo: true },
	{ name: 'bare n8n node', kind: 'bare' },
	{ name: 'raw keep-alive', kind: 'raw' },
];

async function runContender(sim: SimProcess, contender: Contender, items: number, concurrency: number): Promise<void> {
	transportCredentials.loadConnection = contender.cachedConnection ? cachedLoad : originalLoad;
	credentialType.authenticate = contender.functionAuth ? functionAuth : genericAuth;
	if (contender.kind === 'raw') {
		const client = new RawClient(sim.url, { keepAlive: true, maxSockets: concurrency });
		try {
			const { failures } = await runRawBatch(client, items, concurrency, (i) => ({
				method: 'POST',
				path: API_PATHS.sendWhatsApp,
				body: { to: recipient(i), type: 'text', text: SEND_TEXT },
			}));
			if (failures > 0) throw new Error(`${failures} raw sends failed`);
		} finally {
			client.close();
		}
		return;
	}
	if (contender.kind === 'bare') {
		checkSends(await runBareSend(sim.url, concurrency, recipientItems(items)), items);
		return;
	}
	const parameters = whatsAppTextParameters({ maxConcurrentRequests: concurrency });
	if (contender.staticTo) parameters.to = '85261234567';
	checkSends(await runIncsNode(sim.url, parameters, recipientItems(items)), items);
}

async function main(): Promise<void> {
	const items = Number(process.argv[2] ?? 500);
	const rounds = Number(process.argv[3] ?? 4);
	const concurrency = Number(process.argv[4] ?? 20);
	const sim = await SimProcess.start({ latencyMs: 20 });
	const cpu = new Map<string, number[]>();
	const throughput = new Map<string, number[]>();
	try {
		await warmUp(sim);
		for (let round = 0; round < rounds; round++) {
			for (const contender of round % 2 === 0 ? CONTENDERS : [...CONTENDERS].reverse()) {
				await sim.configure({ latencyMs: 20 });
				const cpuStart = cpuMs();
				const start = nowMs();
				await runContender(sim, contender, items, concurrency);
				const ms = nowMs() - start;
				cpu.set(contender.name, [...(cpu.get(contender.name) ?? []), ((cpuMs() - cpuStart) * 1000) / items]);
				throughput.set(contender.name, [...(throughput.get(contender.name) ?? []), (items * 1000) / ms]);
			}
		}
	} finally {
		transportCredentials.loadConnection = originalLoad;
		credentialType.authenticate = genericAuth;
		await sim.stop();
	}
	console.log(`${items} WhatsApp texts × ${rounds} rounds at concurrency ${concurrency}, 20 ms latency; medians`);
	for (const { name } of CONTENDERS) {
		const values = cpu.get(name) ?? [];
		console.log(
			`${name.padEnd(24)} ${median(values).toFixed(0).padStart(5)} µs CPU/item [${values.map((v) => v.toFixed(0)).join(', ')}]  ${median(throughput.get(name) ?? []).toFixed(1).padStart(7)} /s`,
		);
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
