import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { WAIT_INDEFINITELY } from 'n8n-workflow';

import { readWaitLimit } from './read';

/**
 * After the messages went out: the execution waits for the answer. With a wait limit, what the
 * node outputs when the limit passes is set now. n8n resumes an expired wait by running this node
 * again as a disabled node, which passes on the input it was queued with (n8n's own timeout
 * output), so that input gets `data: { timedOut: true, waitedUntil }` added; an answer replaces it
 * (see the webhook). The input's own fields stay: the answer page resolves `{{ $json.… }}` in its
 * texts against them. Nothing waits when no message went out (every item failed under Continue On
 * Fail).
 */
export async function waitForResponse(this: IExecuteFunctions, sent: INodeExecutionData[][]): Promise<INodeExecutionData[][]> {
	const anySent = sent[0]?.some((item) => item.json.error === undefined) ?? false;
	if (!anySent) return sent;
	const limit = readWaitLimit(this, 0, new Date());
	if (limit !== undefined) {
		const data = { timedOut: true, waitedUntil: limit.toISOString() };
		const timedOut = this.getInputData().map((item, index): INodeExecutionData => ({ json: { ...item.json, data }, pairedItem: { item: index } }));
		this.getExecuteData().data = { main: [timedOut] };
	}
	await this.putExecutionToWait(limit ?? WAIT_INDEFINITELY);
	return sent;
}
