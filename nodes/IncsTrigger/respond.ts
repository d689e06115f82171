import type { IWebhookResponseData } from 'n8n-workflow';

/** The part of n8n's Express response this node uses to answer without starting a workflow. */
export interface CallbackResponse {
	status(code: number): CallbackResponse;
	json(body: unknown): unknown;
	end(): unknown;
}

/*
 * n8n 2.41 (packages/cli webhook-helpers `executeWebhook`) sends a `webhookResponse` returned
 * without `workflowData` with the webhook's fixed response code (200), so an error status can
 * only be set on the response object itself; `noWebhookResponse` then tells n8n it was sent.
 */

/** 200 with an empty body: the same answer INCS gets when a workflow does start. */
export function acknowledgeWithoutRun(response: CallbackResponse): IWebhookResponseData {
	response.status(200).end();
	return { noWebhookResponse: true };
}

export function rejectCallback(
	response: CallbackResponse,
	statusCode: 400 | 401,
	message: string,
): IWebhookResponseData {
	response.status(statusCode).json({ message });
	return { noWebhookResponse: true };
}
