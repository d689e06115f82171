// A small sequential test runner: the suite shares one n8n (≈10 s to start), so the tests run
// in one process, in order, with per-test timings, and end with the plain
// `e2e: N passed, N failed` line CI reads (the queue-mode suite uses it too).

export interface TestCase<C> {
	name: string;
	run(context: C): Promise<void>;
	/** A reason to skip (e.g. the operation has not landed yet), printed instead of running. */
	skip?: string;
}

export interface RunSummary {
	passed: number;
	failed: number;
	skipped: number;
	failures: string[];
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

export async function runTests<C>(tests: ReadonlyArray<TestCase<C>>, context: C, filter?: string): Promise<RunSummary> {
	const summary: RunSummary = { passed: 0, failed: 0, skipped: 0, failures: [] };
	for (const test of tests) {
		if (filter && !test.name.toLowerCase().includes(filter.toLowerCase())) continue;
		if (test.skip) {
			summary.skipped++;
			console.log(`- ${test.name} (skipped: ${test.skip})`);
			continue;
		}
		const start = Date.now();
		try {
			await test.run(context);
			summary.passed++;
			console.log(`✔ ${test.name} (${seconds(Date.now() - start)})`);
		} catch (error) {
			summary.failed++;
			summary.failures.push(test.name);
			const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
			console.log(`✖ ${test.name} (${seconds(Date.now() - start)})\n    ${message.split('\n').join('\n    ')}`);
		}
	}
	return summary;
}

/** `e2e: N passed, N failed` (the queue-mode suite says `queue:`). */
export function summaryLine(summary: RunSummary, suite = 'e2e'): string {
	const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
	return `${suite}: ${summary.passed} passed, ${summary.failed} failed${skipped}`;
}

/** The closing lines of a suite run (phase times, failures, the summary line); returns the exit code. */
export function finishRun(suite: string, summary: RunSummary, startedAt: number, artifacts: string): number {
	const before = ['SETUP', 'BUILD'].map((phase) => `${phase.toLowerCase()} ${process.env[`E2E_${phase}_SECONDS`] ?? '?'} s`).join(', ');
	console.log(`[${suite}] ${before}, suite ${((Date.now() - startedAt) / 1000).toFixed(1)} s; ${artifacts}`);
	if (summary.failures.length > 0) console.log(`[${suite}] failed: ${summary.failures.join('; ')}`);
	console.log(summaryLine(summary, suite));
	return summary.failed > 0 ? 1 : 0;
}

/** Runs a suite's main function and exits with its code (1 on an unexpected error). */
export function exitWith(main: () => Promise<number>): void {
	main().then(
		(code) => process.exit(code),
		(error: unknown) => {
			console.error(error);
			process.exit(1);
		},
	);
}
