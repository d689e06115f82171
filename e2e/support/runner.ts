// A small sequential test runner: the suite shares one n8n (≈10 s to start), so the tests run
// in one process, in order, with per-test timings, and end with the plain
// `e2e: N passed, N failed` line CI reads.

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

export function summaryLine(summary: RunSummary): string {
	const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
	return `e2e: ${summary.passed} passed, ${summary.failed} failed${skipped}`;
}
