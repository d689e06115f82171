import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { responseLinks } from '../../helpers/sendAndWait/links';
import { checkResponseSetup, type RawFormField } from '../../helpers/sendAndWait/setup';
import type { ResponseLink, ResponseSetup } from '../../helpers/sendAndWait/types';
import { waitLimit, type WaitLimitInput } from '../../helpers/sendAndWait/waitLimit';
import { WAIT_ROUND_QUERY } from '../../helpers/sendAndWait/waitRound';
import { waitRoundOf } from './round';

/** One item's question: the message as typed and the signed links to add to it. */
export interface Question {
	message: unknown;
	links: ResponseLink[];
}

/**
 * Reads how the person answers. The execute context reads per item; the webhook reads the same
 * parameters without one, which is why both go through this one shape.
 */
export function readResponseSetup(read: (name: string, fallback: unknown) => unknown): ResponseSetup {
	return checkResponseSetup({
		responseType: read('responseType', 'approval'),
		approvalOptions: { values: read('approvalOptions.values', {}) as IDataObject },
		messageButtonLabel: read('options.messageButtonLabel', ''),
		formFields: { values: read('formFields.values', []) as RawFormField[] },
	});
}

export function readWaitLimit(context: IExecuteFunctions, itemIndex: number, now: Date): Date | undefined {
	const limit = context.getNodeParameter('options.limitWaitTime.values', itemIndex, {}) as WaitLimitInput;
	return waitLimit(limit, now);
}

/**
 * Reads and checks one item's question, including the wait limit (so a bad limit stops the run
 * before anything is sent), and signs its links with n8n's resume URL for this execution and node,
 * numbered with the node's question in this execution (round.ts).
 */
export function readQuestion(context: IExecuteFunctions, itemIndex: number): Question {
	const setup = readResponseSetup((name, fallback) => context.getNodeParameter(name, itemIndex, fallback));
	readWaitLimit(context, itemIndex, new Date());
	const round = waitRoundOf(context);
	const links = responseLinks(setup, (query) => context.getSignedResumeUrl({ ...query, [WAIT_ROUND_QUERY]: round }));
	return { message: context.getNodeParameter('message', itemIndex, ''), links };
}
