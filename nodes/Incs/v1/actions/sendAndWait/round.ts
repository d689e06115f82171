import type { IExecuteFunctions, IWebhookFunctions } from 'n8n-workflow';

import { isCurrentWaitRound, nextWaitRound, WAIT_ROUND_QUERY, waitRoundKey } from '../../helpers/sendAndWait/waitRound';

/*
 * The question number of Send and Wait (helpers/sendAndWait/waitRound.ts) kept in n8n's execution
 * custom data. One run of the node asks one question, however many items it sends to, so the
 * number is taken once per run (per execute context) and shared by every item's links.
 */

const roundOfRun = new WeakMap<IExecuteFunctions, string>();

type CustomData = IExecuteFunctions['customData'];

/** n8n's custom data, or undefined where the context has none (it throws when asked). */
function customDataOf(context: { customData: CustomData }): CustomData | undefined {
	try {
		return context.customData;
	} catch {
		return undefined;
	}
}

function recorded(customData: CustomData | undefined, key: string): string | undefined {
	const value = customData?.get(key);
	return typeof value === 'string' ? value : undefined;
}

/** The number of the question this run of the node asks, recorded on first use. */
export function waitRoundOf(context: IExecuteFunctions): string {
	const known = roundOfRun.get(context);
	if (known !== undefined) return known;
	const key = waitRoundKey(context.getNode().id);
	const customData = customDataOf(context);
	const round = nextWaitRound(recorded(customData, key));
	try {
		customData?.set(key, round);
	} catch {
		// A manual run throws when the execution's 10 custom data keys are taken; the links then
		// carry a number that is not recorded, which the answer accepts (waitRound.ts).
	}
	roundOfRun.set(context, round);
	return round;
}

/** Whether the opened link answers the node's current question. */
export function opensCurrentQuestion(context: IWebhookFunctions): boolean {
	const linkRound = (context.getQueryData() as Record<string, unknown>)[WAIT_ROUND_QUERY];
	const key = waitRoundKey(context.getNode().id);
	return isCurrentWaitRound(linkRound, recorded(customDataOf(context), key));
}
