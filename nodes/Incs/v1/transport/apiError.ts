import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { API_PATHS, INCS_CODES } from './api';
import { type ErrorGuidance, guidanceFor } from './errorCatalog';
import { RETRY_AFTER_MAX_MS } from './settings';
import type { AttemptOutcome } from './outcome';
import { redactSecret } from './redact';
import type { IncsHttpMethod } from './types';

export interface FailureContext {
	node: INode;
	method: IncsHttpMethod;
	/** The request's path: it says what a POST whose outcome is unknown may have done. */
	path: string;
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
		const detailKeys = outcome.kind === 'incsError' && outcome.details !== undefined ? Object.keys(outcome.details) : [];
		const guidance = outcome.kind === 'rateLimited' ? rateLimitGuidance(outcome.retryAfterMs, context.attempts) : guidanceFor(code, incsMessage, detailKeys);
		const details = outcome.kind === 'incsError' && outcome.details !== undefined ? scrub(JSON.stringify(outcome.details)) : undefined;
		const response: JsonObject = { code, message: incsMessage, httpStatus: outcome.httpStatus };
		const told = outcome.kind === 'rateLimited' && waitedTooLong(outcome.retryAfterMs) ? `INCS asked to wait ${seconds(outcome.retryAfterMs)} before the next request` : incsMessage;
		return new NodeApiError(node, response, {
			message: `${guidance.title}: ${told || 'no message'} [INCS code ${code}]${retried}`,
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
		const unknown = unknownOutcome(context.path);
		return new NodeApiError(node, { message: detail }, {
			message: `The request to INCS failed after it was sent: ${detail}. ${unknown.what}`,
			description: `${unknown.avoid}, the node did not retry${technical}. ${unknown.check}`,
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

/**
 * What a POST whose answer was lost may have done, and how to find out. A message has a delivery
 * status; a template has none, only its review, so it is looked up by name.
 */
function unknownOutcome(path: string): { what: string; avoid: string; check: string } {
	const template = TEMPLATE_RESOURCES.find(({ prefix }) => path.startsWith(prefix));
	if (template !== undefined) {
		return {
			what: 'The template may or may not have been created.',
			avoid: 'To avoid creating it twice',
			check:
				`Before creating it again, look for it by name: ${template.resource} → Get Many with the filter "Name Contains", or the INCS console. ` +
				'If it is there, it was created; its review status is shown there too.',
		};
	}
	return {
		what: 'The message may or may not have been accepted.',
		avoid: 'To avoid sending it twice',
		check: 'Check in the INCS console whether the recipient got it before sending this item again.',
	};
}

/** Template paths by how specific they are: the RCS path sits below the WhatsApp one. */
const TEMPLATE_RESOURCES = [
	{ prefix: API_PATHS.rcsTemplates, resource: 'RCS Template' },
	{ prefix: API_PATHS.wabaTemplates, resource: 'WhatsApp Template' },
] as const;

function waitedTooLong(retryAfterMs: number | undefined): retryAfterMs is number {
	return retryAfterMs !== undefined && retryAfterMs > RETRY_AFTER_MAX_MS;
}

function seconds(ms: number): string {
	return `${Math.ceil(ms / 1000).toLocaleString('en-US')} s`;
}

/**
 * A rate limit the node gave up on says why it stopped: INCS asked for a longer wait than the node
 * makes, the attempts ran out after back-off, or Max Attempts allowed no retry at all.
 */
function rateLimitGuidance(retryAfterMs: number | undefined, attempts: number): ErrorGuidance {
	const { title } = guidanceFor(INCS_CODES.tooManyAttempts);
	if (waitedTooLong(retryAfterMs)) {
		return {
			title,
			action:
				`The node waits at most ${seconds(RETRY_AFTER_MAX_MS)} for INCS, so it stopped instead of waiting ${seconds(retryAfterMs)}. ` +
				'Run the workflow again once that time has passed, or lower "Max Concurrent Requests" so INCS asks for shorter waits.',
		};
	}
	if (attempts <= 1) {
		return {
			title,
			action: 'The node did not retry because "Max Attempts" is 1. Raise "Max Attempts" so the node retries with back-off, lower "Max Concurrent Requests", or run the workflow again later.',
		};
	}
	return guidanceFor(INCS_CODES.tooManyAttempts);
}
