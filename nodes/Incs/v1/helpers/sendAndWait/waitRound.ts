/**
 * Which question of a Send and Wait node a link answers. n8n's resume links name the execution and
 * the node, not the wait: when the same node asks again in one execution (a loop, or an AI agent
 * calling two approval-gated tools), a link of the first message would answer the second question,
 * approving something the person never saw. So each question of a node is numbered: the number
 * goes into the signed link (`wait=2`) and into the execution's custom data, and the answer page
 * accepts only a link of the current number.
 *
 * Custom data is n8n's per-execution key-value store (it travels with the execution to the webhook
 * that resumes it, queue mode included). n8n keeps at most 10 keys per execution; when a workflow
 * already uses all of them the number cannot be kept, and links are accepted as n8n's own nodes
 * accept them.
 */

/** The query parameter of a response link that carries the question's number. */
export const WAIT_ROUND_QUERY = 'wait';

/** The custom data key of one node's current question (n8n: letters, digits and `_`, 50 characters). */
export function waitRoundKey(nodeId: string): string {
	return `incsWait_${nodeId.replace(/[^A-Za-z0-9]/g, '')}`.slice(0, 50);
}

/** The number of the node's next question, after the one recorded (none: this is the first). */
export function nextWaitRound(recorded: string | undefined): string {
	const previous = Number.parseInt(recorded ?? '', 10);
	return String(Number.isSafeInteger(previous) && previous > 0 ? previous + 1 : 1);
}

/**
 * Whether a link answers the node's current question. A link without a number was sent before
 * questions were numbered, and a number that was not recorded could not be kept (see above): both
 * are accepted, as n8n accepts any link of a waiting execution.
 */
export function isCurrentWaitRound(linkRound: unknown, recorded: string | undefined): boolean {
	if (linkRound === undefined || recorded === undefined) return true;
	return linkRound === recorded;
}
