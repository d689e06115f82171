import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { INCS_CODES } from './api';
import { guidanceFor } from './errorCatalog';
import type { AttemptOutcome } from './outcome';
import { redactSecret } from './redact';
import type { IncsHttpMethod } from './types';

export interface FailureContext {
	node: INode;
	method: IncsHttpMethod;
	attempts: number;
	secret: string;
	itemIndex?: number;
}

/**
 * Turns the last outcome of a failed request into the error the user sees: INCS's code and
 * message, and what to do about it. Built from scratch (never from the HTTP client's error), so
 * request headers, and with them the certification code, cannot ride along.
 */
export function toNodeApiError(outcome: Exclude<AttemptOutcome, { kind: 'success' }>, context: FailureContext): NodeApiError {
	const { node, itemIndex } = context;
	const scrub = (text: string) => redactSecret(text, context.secret);
	const retried = context.attempts > 1 ? ` (after ${context.attempts} attempts)` : '';

	if (outcome.kind === 'incsError' || outcome.kind === 'rateLimited') {
		const code = outcome.kind === 'incsError' ? outcome.code : INCS_CODES.tooManyAttempts;
		const incsMessage = outcome.kind === 'incsError' ? scrub(outcome.message) : 'Too many attempts';
		const guidance = guidanceFor(code, incsMessage);
		const details = outcome.kind === 'incsError' && outcome.details !== undefined ? scrub(JSON.stringify(outcome.details)) : undefined;
		const response: JsonObject = { code, message: incsMessage, httpStatus: outcome.httpStatus };
		return new NodeApiError(node, response, {
			message: `${guidance.title}: ${incsMessage || 'no message'} [INCS code ${code}]${retried}`,
			description: details === undefined ? guidance.action : `${guidance.action} INCS's details: ${details}`,
			httpCode: String(code),
			itemIndex,
		});
	}

	const detail = scrub(outcome.detail);
	const technical = 'networkCode' in outcome ? ` (network error ${outcome.networkCode})` : '';
	if (outcome.kind === 'notSent') {
		return new NodeApiError(node, { message: detail }, {
			message: `INCS could not be reached: ${detail}${retried}`,
			description: `Nothing was sent${technical}. Check the base URLs in the INCS credential and that this n8n can reach INCS, then run the node again.`,
			itemIndex,
		});
	}

	const httpCode = outcome.kind === 'serverError' ? String(outcome.httpStatus) : undefined;
	if (context.method === 'POST') {
		return new NodeApiError(node, { message: detail }, {
			message: `The request to INCS failed after it was sent: ${detail}. The message may or may not have been accepted.`,
			description: `To avoid sending it twice, the node did not retry${technical}. Check the message status (INCS Trigger, Message Status Update) or the INCS console before sending this item again.`,
			httpCode,
			itemIndex,
		});
	}
	return new NodeApiError(node, { message: detail }, {
		message: `INCS did not give a usable answer: ${detail}${retried}`,
		description: `This is usually temporary on the INCS side${technical}. Run the node again in a few minutes.`,
		httpCode,
		itemIndex,
	});
}
