import { spawnSync } from 'child_process';
import path from 'path';

/*
 * The import rule of docs/architecture.md, held by lint: each case lints one line placed in a
 * folder of the INCS node and expects the layering rule to refuse it (or, for the one allowed
 * exception, to let it through). If the rule were switched off or its zones emptied, these fail.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const V1 = path.join(ROOT, 'nodes', 'Incs', 'v1');
const RULE = 'import-x/no-restricted-paths';
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface LintResult {
	messages: Array<{ ruleId: string | null; message: string }>;
}

/** Lints `source` as if it were the file `fileInV1` (ESLint's config is ESM, so in a child process). */
async function layeringErrors(fileInV1: string, source: string): Promise<string[]> {
	const run = spawnSync(process.execPath, [ESLINT, '--format', 'json', '--stdin', '--stdin-filename', path.join(V1, fileInV1)], {
		cwd: ROOT,
		input: source,
		encoding: 'utf8',
	});
	const [result] = JSON.parse(run.stdout) as LintResult[];
	return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe('layering of the INCS node (lint)', () => {
	it.each([
		['helpers/probe.ts', "export { API_PATHS } from '../transport/api';\n", 'helpers/'],
		['helpers/probe.ts', "export { router } from '../actions/router';\n", 'helpers/'],
		['transport/probe.ts', "export * from '../helpers/phone';\n", 'transport/'],
		['descriptions/probe.ts', "export { API_PATHS } from '../transport/api';\n", 'descriptions/'],
		['methods/probe.ts', "export { router } from '../actions/router';\n", 'methods/'],
	])('refuses %s importing %s', async (file, source, layer) => {
		const errors = await layeringErrors(file, source);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(`${layer} `);
	});

	it('lets descriptions/ read the transport settings its options show', async () => {
		expect(await layeringErrors('descriptions/probe.ts', "export { DEFAULT_MAX_ATTEMPTS } from '../transport/settings';\n")).toEqual([]);
	});
});
