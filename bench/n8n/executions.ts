// Counts a workflow's finished executions the way the editor's list does (n8n's REST API answers a
// count with every page), so every callback that should start a run can be checked to have done
// so, and the bench can wait until n8n has worked off the runs a block of callbacks started.

import type { N8nClient } from '../../e2e/support/n8nClient';
import { sleep } from '../../e2e/support/wait';
import { nowMs } from '../lib/stats';

interface ExecutionPage {
	count: number;
	estimated: boolean;
}

export async function countExecutions(client: N8nClient, workflowId: string, status?: string[]): Promise<number> {
	const filter = JSON.stringify(status === undefined ? { workflowId } : { workflowId, status });
	const page = await client.rest<ExecutionPage>('GET', `/executions?filter=${encodeURIComponent(filter)}&limit=1`);
	if (page.estimated) throw new Error('n8n answered an estimated execution count');
	return page.count;
}

export interface Drain {
	/** Milliseconds from the call until the count was reached (or the wait gave up). */
	ms: number;
	count: number;
	reached: boolean;
}

/**
 * Waits until the workflow has `expected` finished executions. A count that stops moving for
 * `stallMs` ends the wait early: that run was lost (or never started), and waiting longer would
 * only hide it.
 */
export async function waitForExecutions(client: N8nClient, workflowId: string, expected: number, stallMs = 15_000): Promise<Drain> {
	const start = nowMs();
	let count = -1;
	let movedAt = start;
	for (;;) {
		const now = await countExecutions(client, workflowId);
		if (now !== count) movedAt = nowMs();
		count = now;
		if (count >= expected) return { ms: nowMs() - start, count, reached: true };
		if (nowMs() - movedAt > stallMs) return { ms: nowMs() - start, count, reached: false };
		await sleep(100);
	}
}
