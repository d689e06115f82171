// The HTTP front: one request's path through latency, faults, rate limit, authentication,
// routing and validation, and the programmatic API (`startSimulator`).

import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { CallbackDelivery } from './callbacks';
import { handleControl } from './control';
import {
	ApiError,
	CODE_CERTIFICATION_INVALID,
	CODE_INVALID_PARAMETER,
	CODE_NOT_FOUND,
	CODE_SERVER_ERROR,
	CODE_TOO_MANY_ATTEMPTS,
	errorEnvelope,
	MESSAGE_CERTIFICATION_INVALID,
	MESSAGE_NOT_FOUND,
	MESSAGE_SERVER_ERROR,
	MESSAGE_TOO_MANY_ATTEMPTS,
	mirroredHttpStatus,
	successEnvelope,
	type Envelope,
} from './envelope';
import { applyFault } from './faults';
import { delay, readBody, sendJson } from './http';
import type { CallbackInjection } from './inject';
import type { Journal, JournalEntry } from './journal';
import { MAX_BODY_BYTES } from './limits';
import { DEFAULT_OPTIONS, resolveOptions, type SimulatorOptions, type SimulatorOptionsInput } from './options';
import { matchRoute } from './router';
import { SimulatorState, type ReviewDecision, type TemplateKind } from './state';
import type { RcsTemplate, WabaTemplate } from './templateStore';

const CERTIFICATION_HEADER = 'certification-code';

interface Answer {
	httpStatus: number;
	envelope: Envelope;
	headers?: Record<string, string>;
}

interface ParsedBody {
	value: unknown;
	/** Set when the body is unusable; answered before routing. */
	problem?: string;
}

function parseBody(method: string, raw: string, contentType: string | undefined): ParsedBody {
	if (raw.length === 0) return { value: null };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { value: raw, problem: 'The request body is not valid JSON.' };
	}
	if (method === 'POST' && !(contentType ?? '').toLowerCase().includes('json')) {
		return { value, problem: 'The Content-Type must be application/json.' };
	}
	return { value };
}

function journalHeaders(request: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (name === CERTIFICATION_HEADER || value === undefined) continue;
		headers[name] = Array.isArray(value) ? value.join(', ') : value;
	}
	return headers;
}

export class SimulatorServer {
	readonly state: SimulatorState;
	private readonly server: http.Server;
	private boundPort = 0;

	constructor(options: SimulatorOptions) {
		this.state = new SimulatorState(options);
		this.server = http.createServer((request, response) => {
			this.handle(request, response).catch((error: unknown) => this.crash(response, error));
		});
		// Idle keep-alive sockets must not hold close() (or jest) for the default 5 s.
		this.server.keepAliveTimeout = 1000;
	}

	async listen(): Promise<void> {
		const { port, host } = this.state.options;
		await new Promise<void>((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, host, () => {
				this.server.off('error', reject);
				resolve();
			});
		});
		this.boundPort = (this.server.address() as AddressInfo).port;
		// Report the real port (not 0) in GET /__sim/config.
		this.state.setOptions({ port: this.boundPort });
	}

	get port(): number {
		return this.boundPort;
	}

	get url(): string {
		const host = this.state.options.host.includes(':') ? `[${this.state.options.host}]` : this.state.options.host;
		return `http://${host}:${this.boundPort}`;
	}

	get journal(): Journal {
		return this.state.journal;
	}

	get options(): SimulatorOptions {
		return this.state.options;
	}

	setOptions(patch: SimulatorOptionsInput): SimulatorOptions {
		return this.state.setOptions(patch);
	}

	injectCallback(injection: CallbackInjection): Promise<CallbackDelivery> {
		return this.state.injectCallback(injection);
	}

	get callbackDeliveries(): readonly CallbackDelivery[] {
		return this.state.callbacks.deliveries;
	}

	/** Resolves when no template review or callback is scheduled or in flight. */
	settled(): Promise<void> {
		return this.state.callbacks.settled();
	}

	reviewTemplate(kind: TemplateKind, id: string, decision?: ReviewDecision): WabaTemplate | RcsTemplate | undefined {
		return this.state.review(kind, id, decision);
	}

	reset(): void {
		this.state.reset();
	}

	/** See `SimulatorState.setRateLimitClock`. */
	setRateLimitClock(now?: () => number): void {
		this.state.setRateLimitClock(now);
	}

	async close(): Promise<void> {
		this.state.callbacks.close();
		const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
		// Keep-alive and hung (timeout-fault) sockets would otherwise keep the server open.
		this.server.closeAllConnections();
		await closed;
	}

	private crash(response: ServerResponse, error: unknown): void {
		const message = error instanceof Error ? error.message : String(error);
		console.error(`[incs-simulator] internal error: ${message}`);
		if (!response.headersSent) sendJson(response, 500, errorEnvelope(CODE_SERVER_ERROR, MESSAGE_SERVER_ERROR));
		else response.destroy();
	}

	private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const method = request.method ?? 'GET';
		const url = new URL(request.url ?? '/', 'http://simulator');
		const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
		const raw = await readBody(request, MAX_BODY_BYTES);
		if (raw === null) return;
		const body = parseBody(method, raw, request.headers['content-type']);

		if (path === '/__sim' || path.startsWith('/__sim/')) {
			return handleControl(this.state, method, path, url.searchParams, body.value, response);
		}

		const state = this.state;
		const sentCode = request.headers[CERTIFICATION_HEADER];
		const code = Array.isArray(sentCode) ? sentCode[0] : sentCode;
		const entry = state.journal.start({
			time: Date.now(),
			method,
			path,
			query: Object.fromEntries(url.searchParams),
			headers: journalHeaders(request),
			certificationCodeMatched: code === undefined ? null : state.options.certificationCodes.includes(code),
			body: body.value,
		});
		if (state.options.logRequests) console.error(`[incs-simulator] #${entry.seq} ${method} ${url.pathname}${url.search}`);

		const latency = state.latencyMs();
		if (latency > 0) await delay(latency);

		const fault = state.faults.pick(method, path);
		if (fault && !fault.afterAccept) {
			Object.assign(entry, applyFault(fault, response), { outcome: 'fault', fault: fault.kind });
			return;
		}

		const answer = this.answer(method, path, url.searchParams, body, entry);
		entry.outcome = answer.envelope.status === 'success' ? 'accepted' : 'rejected';
		if (fault) {
			// The request took effect; only its answer is lost or garbled.
			Object.assign(entry, applyFault(fault, response), { fault: fault.kind, faultAfterAccept: true });
			return;
		}
		entry.httpStatus = answer.httpStatus;
		entry.code = answer.envelope.code;
		entry.message = answer.envelope.message;
		sendJson(response, answer.httpStatus, answer.envelope, answer.headers);
	}

	private answer(method: string, path: string, query: URLSearchParams, body: ParsedBody, entry: JournalEntry): Answer {
		const state = this.state;
		const limit = state.limiter?.take();
		if (limit && !limit.allowed) {
			// The one error with a real HTTP status: clients must see 429 to back off.
			return {
				httpStatus: 429,
				envelope: errorEnvelope(CODE_TOO_MANY_ATTEMPTS, MESSAGE_TOO_MANY_ATTEMPTS),
				headers: { 'retry-after': String(limit.retryAfterSeconds) },
			};
		}
		const route = matchRoute(method, path);
		if (!route) return this.error(CODE_NOT_FOUND, MESSAGE_NOT_FOUND);
		if (!entry.certificationCodeMatched) return this.error(CODE_CERTIFICATION_INVALID, MESSAGE_CERTIFICATION_INVALID);
		if (body.problem) return this.error(CODE_INVALID_PARAMETER, body.problem);
		try {
			const data = route.handler({ method, path, params: route.params, query, body: body.value, entry, state });
			return { httpStatus: 200, envelope: successEnvelope(data) };
		} catch (error) {
			if (error instanceof ApiError) return this.error(error.code, error.message);
			// A simulator bug: answer like INCS would and say so on stderr.
			console.error('[incs-simulator] handler failed:', error);
			return this.error(CODE_SERVER_ERROR, MESSAGE_SERVER_ERROR);
		}
	}

	private error(code: number, message: string): Answer {
		const httpStatus = this.state.options.httpStatusMirrorsCode ? mirroredHttpStatus(code) : 200;
		return { httpStatus, envelope: errorEnvelope(code, message) };
	}
}

export type Simulator = SimulatorServer;

/** Starts a simulator; `port: 0` (the default) picks a free port. */
export async function startSimulator(options: SimulatorOptionsInput = {}): Promise<Simulator> {
	const simulator = new SimulatorServer(resolveOptions(DEFAULT_OPTIONS, options));
	await simulator.listen();
	return simulator;
}
