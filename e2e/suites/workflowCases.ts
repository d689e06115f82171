// Workflow cases written as data (e2e/cases/*.json): a chain of nodes after a Manual Trigger,
// optional input items, the expected output of each node and the requests INCS must have
// received. Adding a case is adding a JSON file; the format is described in e2e/cases/README.md.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { JournalEntry, SimulatorOptionsInput } from '../../simulator';
import { assertMatches, mismatches } from '../support/match';
import type { NodeCatalog } from '../support/nodeDescription';
import { CASES_DIR } from '../support/paths';
import { chainWorkflow, MANUAL_TRIGGER, type ChainNode } from '../support/workflowBuilder';
import type { Execution, ItemJson, JsonObject } from '../support/workflowTypes';
import type { E2eTest, SuiteContext } from './context';

interface CaseNode extends ChainNode {
	/** Expected `json` of each output item, in order (subset match, same count). */
	expectOutput?: unknown[];
}

export interface WorkflowCase {
	name: string;
	/** Simulator knobs for this case; the previous ones are restored afterwards. */
	simulator?: SimulatorOptionsInput;
	/** Input items (pinned on the Manual Trigger). */
	items?: JsonObject[];
	nodes: CaseNode[];
	expect: {
		/** n8n's execution status; `success` when absent. */
		status?: 'success' | 'error';
		/** A regular expression the execution's error message must match. */
		error?: string;
		/** Every request INCS received during the run, in any order, and no other. */
		journal?: unknown[];
	};
}

export function loadCases(dir = CASES_DIR): Array<{ file: string; case: WorkflowCase }> {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => ({ file, case: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as WorkflowCase }));
}

/** Operations the case uses that the node does not offer (yet). */
function missingOperations(workflowCase: WorkflowCase, catalog: NodeCatalog): string[] {
	return workflowCase.nodes
		.filter((node) => node.type === undefined)
		.map((node) => `${String(node.parameters.resource)}.${String(node.parameters.operation)}`)
		.filter((key) => {
			const [resource, operation] = key.split('.');
			return !catalog.hasOperation(resource, operation);
		});
}

function nodeOutput(execution: Execution, nodeName: string): ItemJson[] | undefined {
	const runs = execution.data?.resultData?.runData?.[nodeName];
	return runs?.[runs.length - 1]?.data?.main?.[0] ?? undefined;
}

function executionError(execution: Execution): string {
	const result = execution.data?.resultData;
	const nodeErrors = Object.values(result?.runData ?? {})
		.flatMap((runs) => runs.map((run) => run.error?.message))
		.filter((message): message is string => message !== undefined);
	return [result?.error?.message, ...nodeErrors].filter((m) => m !== undefined).join(' | ');
}

/** Each expected entry must match a distinct journal entry, and nothing may be left over. */
function assertJournal(expected: unknown[], actual: JournalEntry[]): void {
	const remaining = [...actual];
	const unmatched: string[] = [];
	for (const entry of expected) {
		const index = remaining.findIndex((candidate) => mismatches(entry, candidate).length === 0);
		if (index === -1) unmatched.push(JSON.stringify(entry));
		else remaining.splice(index, 1);
	}
	if (unmatched.length > 0 || remaining.length > 0) {
		const seen = actual.map((e) => `${e.method} ${e.path} ${JSON.stringify(e.body)?.slice(0, 300)} → ${e.outcome} ${e.code}`);
		throw new Error(
			`INCS journal differs:\n  not received: ${unmatched.join('\n    ') || '-'}\n  unexpected: ${
				remaining.map((e) => `${e.method} ${e.path}`).join(', ') || '-'
			}\n  received:\n    ${seen.join('\n    ')}`,
		);
	}
}

/** E2E_DUMP=1: print what n8n returned and INCS received, to write or update a case. */
function dumpRun(execution: Execution, journal: JournalEntry[]): void {
	const outputs = Object.fromEntries(
		Object.entries(execution.data?.resultData?.runData ?? {}).map(([node, runs]) => [
			node,
			runs.map((run) => run.error?.message ?? (run.data?.main?.[0] ?? []).map((item) => item.json)),
		]),
	);
	const requests = journal.map(({ method, path, query, body, outcome, code, message }) => ({ method, path, query, body, outcome, code, message }));
	console.log(JSON.stringify({ status: execution.status, error: executionError(execution), outputs, requests }, null, 1));
}

async function runCase(workflowCase: WorkflowCase, { env }: SuiteContext): Promise<void> {
	const { client, simulator, credential } = env;
	const defaults = simulator.options;
	simulator.reset();
	if (workflowCase.simulator) simulator.setOptions(workflowCase.simulator);
	try {
		const workflow = chainWorkflow(`e2e: ${workflowCase.name}`, workflowCase.nodes, credential, workflowCase.items);
		const stored = await client.createWorkflow(workflow);
		if (workflow.pinData) await client.setPinData(stored.id, workflow.pinData);
		const since = simulator.journal.size;
		const execution = await client.runManually(stored.id, MANUAL_TRIGGER);
		await simulator.settled();

		if (process.env.E2E_DUMP) dumpRun(execution, simulator.journal.query({ sinceSeq: since }));
		const wantStatus = workflowCase.expect.status ?? 'success';
		if (execution.status !== wantStatus) {
			throw new Error(`execution ${execution.id} ended "${execution.status}", expected "${wantStatus}": ${executionError(execution)}`);
		}
		if (workflowCase.expect.error !== undefined) {
			const message = executionError(execution);
			if (!new RegExp(workflowCase.expect.error, 'i').test(message)) {
				throw new Error(`error "${message}" does not match /${workflowCase.expect.error}/`);
			}
		}
		for (const node of workflowCase.nodes) {
			if (node.expectOutput === undefined) continue;
			const items = nodeOutput(execution, node.name);
			assertMatches(node.expectOutput, (items ?? []).map((item) => item.json), `output of "${node.name}"`);
		}
		if (workflowCase.expect.journal !== undefined) {
			assertJournal(workflowCase.expect.journal, simulator.journal.query({ sinceSeq: since }));
		}
	} finally {
		simulator.setOptions(defaults);
		simulator.reset();
	}
}

export function workflowCaseTests(catalog: NodeCatalog): E2eTest[] {
	return loadCases().map(({ file, case: workflowCase }) => {
		const missing = missingOperations(workflowCase, catalog);
		return {
			name: `workflow: ${workflowCase.name} (${file})`,
			skip: missing.length > 0 ? `${missing.join(', ')} not in the INCS node yet` : undefined,
			run: (context: SuiteContext) => runCase(workflowCase, context),
		};
	});
}
