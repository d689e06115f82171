/**
 * n8n-workflow with its `sleep` (used by the transport's back-off and by the pacer) shortened to
 * `scale` × the asked time: 0 skips every wait, so retries cost nothing; a small fraction keeps
 * the order of events (a token bucket still refills while the node waits) at a fraction of the
 * time. Use it from a test file's hoisted mock:
 *
 *   jest.mock('n8n-workflow', () => jest.requireActual<typeof import('./support/sleep')>('./support/sleep').workflowWithSleep(0));
 */
export function workflowWithSleep(scale: number): typeof import('n8n-workflow') {
	const actual = jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
	return {
		...actual,
		sleep: jest.fn(async (ms: number) => {
			if (scale > 0) await new Promise((resolve) => setTimeout(resolve, ms * scale));
		}),
	};
}
