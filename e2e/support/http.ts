// JSON over fetch with errors that say which call failed and what n8n answered.

export class HttpError extends Error {
	constructor(
		readonly method: string,
		readonly url: string,
		readonly status: number,
		readonly body: string,
	) {
		super(`${method} ${url} answered HTTP ${status}: ${body.slice(0, 800)}`);
	}
}

export interface JsonRequest {
	method?: string;
	headers?: Record<string, string>;
	body?: unknown;
	timeoutMs?: number;
}

export interface JsonResponse<T> {
	status: number;
	headers: Headers;
	body: T;
}

export async function requestJson<T>(url: string, request: JsonRequest = {}): Promise<JsonResponse<T>> {
	const method = request.method ?? 'GET';
	const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
	let payload: string | undefined;
	if (request.body !== undefined) {
		headers['content-type'] = 'application/json';
		payload = JSON.stringify(request.body);
	}
	const response = await fetch(url, {
		method,
		headers,
		body: payload,
		signal: AbortSignal.timeout(request.timeoutMs ?? 120_000),
	});
	const text = await response.text();
	if (!response.ok) throw new HttpError(method, url, response.status, text);
	return { status: response.status, headers: response.headers, body: (text.length > 0 ? JSON.parse(text) : null) as T };
}
