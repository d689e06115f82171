import type { ICredentialsDecrypted, IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { CREDENTIAL_TYPE, INCS_CODES } from './api';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_TIMEOUT_MS, RETRY_AFTER_MAX_MS } from './settings';
import { toNodeApiError } from './apiError';
import { baseUrlFor, loadConnection } from './credentials';
import type { AttemptOutcome, RawResponse } from './outcome';
import { classifyNetworkError, classifyResponse, isCancellation } from './outcome';
import { pacerFor } from './pacer';
import { backoffDelayMs, isAmbiguous, isRetryable } from './retryPolicy';
import type { IncsContext, IncsRequest, TransportOptions } from './types';

/**
 * The one way the node talks to INCS. Returns the envelope's `data` on success; otherwise throws a
 * NodeApiError that says what to do. Retries follow `retryPolicy.ts`: nothing that could send a
 * message twice is ever repeated.
 */
export async function apiRequest<T = unknown>(
	this: IncsContext,
	request: IncsRequest,
	options: TransportOptions = {},
): Promise<T> {
	const connection = await loadConnection.call(this, options.itemIndex);
	const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
	const httpOptions: IHttpRequestOptions = {
		method: request.method,
		url: `${baseUrlFor(connection, request.api)}${request.path}`,
		json: true,
		timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	if (request.body !== undefined) httpOptions.body = request.body;
	if (request.qs !== undefined) httpOptions.qs = request.qs;

	const pacer = pacerFor(this);
	let sawAmbiguousFailure = false;
	for (let attempt = 1; ; attempt++) {
		await pacer.acquire();
		const outcome = await attemptOnce.call(this, httpOptions, connection.credential);
		if (outcome.kind === 'rateLimited') pacer.onRateLimited();
		else if (outcome.kind === 'success' || outcome.kind === 'incsError') pacer.onAccepted();
		if (outcome.kind === 'success') return outcome.data as T;
		if (request.method === 'DELETE' && sawAmbiguousFailure && isNotFound(outcome)) {
			// An earlier attempt whose answer was lost did delete it: the goal is reached.
			return {} as T;
		}
		sawAmbiguousFailure ||= isAmbiguous(outcome);

		const wait = retryWait(outcome, attempt);
		if (attempt >= maxAttempts || !isRetryable(outcome, request.method) || wait === undefined) {
			throw toNodeApiError(outcome, {
				node: this.getNode(),
				method: request.method,
				path: request.path,
				attempts: attempt,
				secret: connection.certificationCode,
				itemIndex: options.itemIndex,
			});
		}
		// Through the pacer, which then knows this much time has passed.
		await pacer.sleep(wait);
	}
}

async function attemptOnce(
	this: IncsContext,
	httpOptions: IHttpRequestOptions,
	credential: ICredentialsDecrypted,
): Promise<AttemptOutcome> {
	try {
		// A fresh copy per attempt: the auth helper adds headers to the object it is given.
		const response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CREDENTIAL_TYPE,
			{ ...httpOptions, headers: { ...(httpOptions.headers ?? {}) } },
			{ credentialsDecrypted: credential },
		)) as RawResponse;
		return classifyResponse(
			{ statusCode: response.statusCode, headers: (response.headers ?? {}) as IDataObject, body: response.body },
			Date.now(),
		);
	} catch (error) {
		if (isCancellation(error)) {
			throw new NodeApiError(this.getNode(), { message: 'Execution cancelled' }, {
				message: 'The request to INCS was cancelled because the execution was stopped',
			});
		}
		return classifyNetworkError(error);
	}
}

/** How long to wait before the next attempt; undefined when INCS asks for longer than is sensible. */
function retryWait(outcome: AttemptOutcome, attempt: number): number | undefined {
	const retryAfterMs = outcome.kind === 'rateLimited' ? outcome.retryAfterMs : undefined;
	if (retryAfterMs !== undefined && retryAfterMs > RETRY_AFTER_MAX_MS) return undefined;
	return backoffDelayMs(attempt, Math.random(), retryAfterMs);
}

function isNotFound(outcome: AttemptOutcome): boolean {
	return (
		outcome.kind === 'incsError' &&
		(outcome.code === INCS_CODES.notFound || /not found/i.test(outcome.message))
	);
}
