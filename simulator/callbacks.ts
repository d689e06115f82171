// Posts callbacks to the configured URL. Failures are recorded, never thrown: a broken receiver
// must not take the simulator down. Every timer and request is tracked so `settled()` can wait
// for quiet and `close()` can cancel.

import http from 'node:http';
import https from 'node:https';

import type { SimulatorOptions } from './options';

export interface CallbackDelivery {
	event: string;
	url: string;
	/** What was posted (the parsed object, or the raw string of a forged body). */
	body: unknown;
	statusCode: number | null;
	ok: boolean;
	error: string | null;
	/** Epoch milliseconds when the POST started. */
	at: number;
	durationMs: number;
}

export interface PostOverrides {
	/** Target instead of the configured `callbackUrl`. */
	url?: string;
	/** Token instead of the configured one; null sends none. */
	token?: string | null;
	headers?: Record<string, string>;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export class CallbackDispatcher {
	readonly deliveries: CallbackDelivery[] = [];
	private pending = 0;
	private idleWaiters: Array<() => void> = [];
	private readonly timers = new Map<NodeJS.Timeout, (proceed: boolean) => void>();
	private readonly requests = new Set<http.ClientRequest>();
	private closed = false;

	constructor(private readonly options: () => SimulatorOptions) {}

	get configured(): boolean {
		return this.options().callbackUrl !== null;
	}

	/** Runs `task` in the background, counted by `settled()`. */
	track(task: () => Promise<void>): void {
		this.pending++;
		task()
			.catch(() => undefined)
			.finally(() => {
				this.pending--;
				if (this.pending === 0) this.wakeIdle();
			});
	}

	/** A cancellable delay (resolves false when the simulator closed meanwhile). */
	wait(ms: number): Promise<boolean> {
		if (this.closed) return Promise.resolve(false);
		if (ms <= 0) return Promise.resolve(true);
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				resolve(!this.closed);
			}, ms);
			this.timers.set(timer, resolve);
		});
	}

	async post(body: unknown, overrides: PostOverrides = {}): Promise<CallbackDelivery> {
		const options = this.options();
		const target = overrides.url ?? options.callbackUrl;
		const event = typeof body === 'object' && body !== null && 'event' in body ? String(body.event) : '(raw)';
		const at = Date.now();
		const record = (statusCode: number | null, error: string | null, url: string): CallbackDelivery => {
			const delivery: CallbackDelivery = {
				event,
				url,
				body,
				statusCode,
				ok: error === null && statusCode !== null && statusCode >= 200 && statusCode < 300,
				error,
				at,
				durationMs: Date.now() - at,
			};
			this.deliveries.push(delivery);
			return delivery;
		};
		if (!target) return record(null, 'no callbackUrl configured', '');
		let url: URL;
		try {
			url = new URL(target);
		} catch {
			return record(null, 'invalid callback URL', target);
		}
		const token = overrides.token === undefined ? options.callbackToken : overrides.token;
		if (token !== null) url.searchParams.set('token', token);
		if (!options.allowNonLoopbackCallbacks && !LOOPBACK_HOSTS.has(url.hostname)) {
			return record(null, `refused non-loopback callback host ${url.hostname}`, url.toString());
		}
		if (this.closed) return record(null, 'simulator closed', url.toString());
		const payload = typeof body === 'string' ? body : JSON.stringify(body);
		const outcome = await this.send(url, payload, overrides.headers ?? {}, options.callbackTimeoutMs);
		return record(outcome.statusCode, outcome.error, url.toString());
	}

	private send(url: URL, payload: string, headers: Record<string, string>, timeoutMs: number): Promise<{ statusCode: number | null; error: string | null }> {
		return new Promise((resolve) => {
			const client = url.protocol === 'https:' ? https : http;
			const request = client.request(
				url,
				{
					method: 'POST',
					// No pooling: an idle keep-alive socket would keep jest (and close()) waiting.
					agent: false,
					timeout: timeoutMs,
					headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
				},
				(response) => {
					response.resume();
					response.on('end', () => finish(response.statusCode ?? null, null));
					response.on('error', (error) => finish(response.statusCode ?? null, error.message));
				},
			);
			let done = false;
			const finish = (statusCode: number | null, error: string | null): void => {
				if (done) return;
				done = true;
				this.requests.delete(request);
				resolve({ statusCode, error });
			};
			request.on('timeout', () => request.destroy(new Error(`callback timed out after ${timeoutMs} ms`)));
			request.on('error', (error) => finish(null, error.message));
			this.requests.add(request);
			request.end(payload);
		});
	}

	/** Resolves once no callback is scheduled or in flight. */
	settled(): Promise<void> {
		if (this.pending === 0 || this.closed) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}

	private wakeIdle(): void {
		const waiters = this.idleWaiters;
		this.idleWaiters = [];
		waiters.forEach((wake) => wake());
	}

	clearDeliveries(): void {
		this.deliveries.length = 0;
	}

	/** Drops every scheduled callback (reset): their waits resolve false and the chains stop. */
	cancelScheduled(): void {
		for (const [timer, resolve] of this.timers) {
			clearTimeout(timer);
			resolve(false);
		}
		this.timers.clear();
	}

	close(): void {
		this.closed = true;
		this.cancelScheduled();
		this.requests.forEach((request) => request.destroy());
		this.requests.clear();
		this.wakeIdle();
	}
}
