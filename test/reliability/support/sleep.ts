/**
 * Time as the node has waited it: it stands still while the node works and moves only when a
 * `sleep` ends, to the moment that sleep was asked to last until. Parallel waits overlap, as they
 * would on a wall clock. A simulator rate limit driven by it refills only while the node waits,
 * so a burst is limited (or not) the same way on a fast and on a slow machine.
 */
class WaitedTime {
	private at = 0;

	now(): number {
		return this.at;
	}

	reach(at: number): void {
		this.at = Math.max(this.at, at);
	}
}

export const waitedTime = new WaitedTime();

/**
 * n8n-workflow with its `sleep` (used by the transport's back-off and by the pacer) shortened to
 * `scale` × the asked time: 0 skips every wait, so retries cost nothing; a small fraction keeps
 * the order of events at a fraction of the time. Either way `waitedTime` moves by the full time
 * asked. Use it from a test file's hoisted mock:
 *
 *   jest.mock('n8n-workflow', () => jest.requireActual<typeof import('./support/sleep')>('./support/sleep').workflowWithSleep(0));
 */
export function workflowWithSleep(scale: number): typeof import('n8n-workflow') {
	const actual = jest.requireActual<typeof import('n8n-workflow')>('n8n-workflow');
	return {
		...actual,
		sleep: jest.fn(async (ms: number) => {
			const until = waitedTime.now() + ms;
			if (scale > 0) await new Promise((resolve) => setTimeout(resolve, ms * scale));
			waitedTime.reach(until);
		}),
	};
}
