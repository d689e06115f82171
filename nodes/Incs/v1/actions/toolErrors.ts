import type { INode } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { NOTHING_SENT_PATTERN } from './router';

/**
 * Whether the node runs as an AI agent's tool. n8n 2.41 runs a `usableAsTool` node as a synthetic
 * type named after it plus "Tool" (`incsTool`; `incsHitlTool` for the human-in-the-loop variant),
 * and `getNode().type` carries that name.
 */
export function isToolNode(node: INode): boolean {
	return node.type.endsWith('Tool');
}

/** The router's note for a batch stopped before sending; an agent only needs its first sentence. */
const NOTHING_SENT_FOR_TOOL = 'Nothing was sent.';

/**
 * An agent reads only the error's message (n8n's agent turns a failed tool run into
 * `{"error": message}`), never its description, which is where the node writes the fix. So in tool
 * mode the fix is appended to the message; the description stays for the execution log. Errors
 * other than n8n's node errors pass through unchanged.
 */
export function withFixInMessage<E>(error: E): E {
	if (!(error instanceof NodeOperationError || error instanceof NodeApiError)) return error;
	const fix = (error.description ?? '').replace(NOTHING_SENT_PATTERN, NOTHING_SENT_FOR_TOOL).trim();
	if (fix === '' || error.message.includes(fix)) return error;
	const message = error.message.trim();
	error.message = `${message}${/[.!?]$/.test(message) ? '' : '.'} How to fix: ${fix}`;
	return error;
}
