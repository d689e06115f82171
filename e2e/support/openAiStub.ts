// A local OpenAI-compatible chat model for the agent tests: no network, no model, deterministic.
//
// n8n's "OpenAI Chat Model" node (LangChain's ChatOpenAI) with the Chat Completions API (node
// version 1.2, or 1.3 with "Use Responses API" off) and the credential's Base URL set to
// `stub.baseUrl` sends `POST {baseUrl}/chat/completions`; the editor's model list calls
// `GET {baseUrl}/models`. The stub answers both. The Responses API (`/responses`) is not served:
// it answers 404 with a message saying to turn it off.
//
// Usage:
//
//   const stub = await startOpenAiStub();
//   stub.script([
//     callTool(/whatsapp.*send/i, { To: '85291230001', Text: 'Hi' }), // 1st request: call a tool
//     finalAnswer('Sent.'),                                             // 2nd request: answer
//   ]);
//   ... run the workflow (AI Agent + OpenAI Chat Model credential { url: stub.baseUrl }) ...
//   stub.requests            // every chat-completions body received, in order
//   stub.toolResults()       // every `role: "tool"` message received: { toolCallId, name, content }
//   await stub.stop();
//
// Each chat-completions request takes the next scripted reply; once the script is used up it
// answers `finalAnswer(fallbackText)` (default "Done."), so an agent always ends. A reply is
//   - `{ text }`: a final assistant message (finish_reason "stop");
//   - `{ toolCalls: [{ name, arguments }] }`: assistant tool calls (finish_reason "tool_calls");
//     ids are `call_1`, `call_2`, … in the order the stub made them;
//   - a function of the request returning one of those, e.g. `callTool(pattern, args)`, which
//     calls the first tool offered in `request.tools` whose name matches `pattern`. When no tool
//     matches, or a reply function throws, the stub answers HTTP 500 with the reason, and the run
//     fails with that text instead of hanging.
// `stream: true` is answered as server-sent events (one role chunk, the content or the tool calls,
// the finish chunk, a usage chunk when `stream_options.include_usage`, then `[DONE]`); otherwise
// one JSON `chat.completion`. `stub.failures` lists what the stub could not answer.

import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The part of a chat-completions request body the tests read. */
export interface ChatRequest {
	model?: string;
	stream?: boolean;
	stream_options?: { include_usage?: boolean };
	messages: ChatMessage[];
	tools?: ChatTool[];
	[key: string]: unknown;
}

export interface ChatMessage {
	role: string;
	content?: unknown;
	name?: string;
	tool_call_id?: string;
	tool_calls?: ToolCall[];
}

export interface ChatTool {
	type: string;
	function: { name: string; description?: string; parameters?: unknown };
}

interface ToolCall {
	id: string;
	type: 'function';
	function: { name: string; arguments: string };
}

export type StubAnswer = { text: string } | { toolCalls: Array<{ name: string; arguments: Record<string, unknown> }> };
export type StubReply = StubAnswer | ((request: ChatRequest) => StubAnswer);

export interface ToolResult {
	toolCallId: string;
	/** The tool's name, from the assistant message that called it. */
	name: string;
	/** The tool message's content as text (array contents joined). */
	content: string;
}

export interface OpenAiStub {
	/** For the OpenAI credential's "Base URL": `http://127.0.0.1:<port>/v1`. */
	readonly baseUrl: string;
	/** Every chat-completions request body received, in order. */
	readonly requests: ChatRequest[];
	/** Requests the stub answered with an error, and why. */
	readonly failures: string[];
	/** Replace the queue of replies (and forget earlier requests). */
	script(replies: StubReply[]): void;
	/** Every tool result the agent sent back, in the order received, without repeats. */
	toolResults(): ToolResult[];
	stop(): Promise<void>;
}

export const STUB_MODEL = 'stub-model';

export function finalAnswer(text: string): StubReply {
	return { text };
}

/** Calls the first offered tool whose name matches `pattern`, with `args`. */
export function callTool(pattern: RegExp, args: Record<string, unknown>): StubReply {
	return (request) => {
		const offered = (request.tools ?? []).map((tool) => tool.function.name);
		const name = offered.find((candidate) => pattern.test(candidate));
		if (name === undefined) throw new Error(`no offered tool matches ${String(pattern)}; offered: ${offered.join(', ') || 'none'}`);
		return { toolCalls: [{ name, arguments: args }] };
	};
}

export async function startOpenAiStub(options: { fallbackText?: string } = {}): Promise<OpenAiStub> {
	const fallback: StubAnswer = { text: options.fallbackText ?? 'Done.' };
	let queue: StubReply[] = [];
	const requests: ChatRequest[] = [];
	const failures: string[] = [];
	let callCount = 0;

	const answer = (request: ChatRequest): StubAnswer => {
		const next = queue.shift() ?? fallback;
		return typeof next === 'function' ? next(request) : next;
	};

	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const url = (req.url ?? '/').split('?')[0];
			try {
				if (req.method === 'GET' && /\/models$/.test(url)) {
					sendJson(res, 200, { object: 'list', data: [{ id: STUB_MODEL, object: 'model', created: 0, owned_by: 'stub' }] });
					return;
				}
				if (req.method === 'POST' && /\/chat\/completions$/.test(url)) {
					const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
					requests.push(request);
					const reply = answer(request);
					const message = assistantMessage(reply, () => `call_${++callCount}`);
					if (request.stream === true) sendStream(res, request, message);
					else sendJson(res, 200, completion(request, message));
					return;
				}
				const hint = /\/responses$/.test(url) ? ': the stub serves Chat Completions only; turn off "Use Responses API"' : '';
				failures.push(`${req.method ?? '?'} ${url}${hint}`);
				sendJson(res, 404, { error: { message: `not served by the OpenAI stub${hint}`, type: 'invalid_request_error' } });
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				failures.push(reason);
				sendJson(res, 500, { error: { message: `OpenAI stub: ${reason}`, type: 'server_error' } });
			}
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;

	return {
		baseUrl: `http://127.0.0.1:${port}/v1`,
		requests,
		failures,
		script(replies) {
			queue = [...replies];
			callCount = 0;
			requests.length = 0;
			failures.length = 0;
		},
		toolResults: () => collectToolResults(requests),
		stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

interface AssistantMessage {
	role: 'assistant';
	content: string | null;
	tool_calls?: ToolCall[];
}

function assistantMessage(reply: StubAnswer, nextId: () => string): AssistantMessage {
	if ('text' in reply) return { role: 'assistant', content: reply.text };
	return {
		role: 'assistant',
		content: null,
		tool_calls: reply.toolCalls.map((call) => ({
			id: nextId(),
			type: 'function',
			function: { name: call.name, arguments: JSON.stringify(call.arguments) },
		})),
	};
}

const USAGE = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };

function finishReason(message: AssistantMessage): string {
	return message.tool_calls === undefined ? 'stop' : 'tool_calls';
}

function completion(request: ChatRequest, message: AssistantMessage): unknown {
	return {
		id: 'chatcmpl-stub',
		object: 'chat.completion',
		created: 0,
		model: request.model ?? STUB_MODEL,
		choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason(message) }],
		usage: USAGE,
	};
}

function sendStream(res: http.ServerResponse, request: ChatRequest, message: AssistantMessage): void {
	res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'close' });
	const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): void => {
		const body = { id: 'chatcmpl-stub', object: 'chat.completion.chunk', created: 0, model: request.model ?? STUB_MODEL, choices, ...extra };
		res.write(`data: ${JSON.stringify(body)}\n\n`);
	};
	chunk([{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }]);
	if (message.tool_calls !== undefined) {
		chunk([{ index: 0, delta: { tool_calls: message.tool_calls.map((call, index) => ({ index, ...call })) }, finish_reason: null }]);
	} else {
		chunk([{ index: 0, delta: { content: message.content }, finish_reason: null }]);
	}
	chunk([{ index: 0, delta: {}, finish_reason: finishReason(message) }]);
	if (request.stream_options?.include_usage === true) chunk([], { usage: USAGE });
	res.end('data: [DONE]\n\n');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'content-type': 'application/json' });
	res.end(JSON.stringify(body));
}

function textOf(content: unknown): string {
	if (typeof content === 'string') return content;
	if (Array.isArray(content)) {
		return content.map((part) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : JSON.stringify(part))).join('');
	}
	return JSON.stringify(content);
}

/** Each request carries the whole conversation so far, so the last one holds every tool result. */
function collectToolResults(requests: ChatRequest[]): ToolResult[] {
	const names = new Map<string, string>();
	const results = new Map<string, ToolResult>();
	for (const request of requests) {
		for (const message of request.messages) {
			for (const call of message.tool_calls ?? []) names.set(call.id, call.function.name);
			if (message.role === 'tool' && message.tool_call_id !== undefined && !results.has(message.tool_call_id)) {
				results.set(message.tool_call_id, {
					toolCallId: message.tool_call_id,
					name: names.get(message.tool_call_id) ?? '',
					content: textOf(message.content),
				});
			}
		}
	}
	return [...results.values()];
}
