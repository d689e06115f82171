// Fault injection: which request fails (by number or seeded chance) and how the failure looks
// on the wire.

import type { ServerResponse } from 'node:http';

import { CODE_SERVER_ERROR, CODE_TOO_MANY_ATTEMPTS, errorEnvelope, MESSAGE_SERVER_ERROR, MESSAGE_TOO_MANY_ATTEMPTS } from './envelope';
import type { FaultRule } from './options';
import type { SeededRandom } from './prng';

export class FaultInjector {
	private rules: FaultRule[] = [];
	private counters: number[] = [];

	constructor(private readonly random: SeededRandom) {}

	setRules(rules: FaultRule[]): void {
		this.rules = rules;
		this.counters = rules.map(() => 0);
	}

	/**
	 * The first rule that fires for this request. Every rule whose scope matches counts the
	 * request, fired or not, so "requests 3 and 7" stay stable when several rules overlap.
	 */
	pick(method: string, path: string): FaultRule | null {
		let hit: FaultRule | null = null;
		for (let i = 0; i < this.rules.length; i++) {
			const rule = this.rules[i];
			if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
			if (rule.pathPrefix !== undefined && !path.startsWith(rule.pathPrefix)) continue;
			const number = ++this.counters[i];
			const byNumber = rule.onRequests?.includes(number) ?? false;
			const byChance = rule.probability !== undefined && this.random.next() < rule.probability;
			if (hit === null && (byNumber || byChance)) hit = rule;
		}
		return hit;
	}
}

export const HTML_ERROR_PAGE =
	'<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** A success envelope cut off mid-way, as from a proxy that dropped the upstream connection. */
export const MALFORMED_JSON = '{"status":"success","code":200,"message":"","data":{"msg_id":"0000';

export interface FaultResult {
	httpStatus: number | null;
	code: number | null;
	message: string;
}

/** Writes (or withholds) the fault's answer. */
export function applyFault(rule: FaultRule, response: ServerResponse): FaultResult {
	switch (rule.kind) {
		case 'http500': {
			const body = JSON.stringify(errorEnvelope(CODE_SERVER_ERROR, MESSAGE_SERVER_ERROR));
			response.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
			return { httpStatus: 500, code: CODE_SERVER_ERROR, message: MESSAGE_SERVER_ERROR };
		}
		case 'rateLimit429': {
			const body = JSON.stringify(errorEnvelope(CODE_TOO_MANY_ATTEMPTS, MESSAGE_TOO_MANY_ATTEMPTS));
			response
				.writeHead(429, {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body),
					'retry-after': String(rule.retryAfterSeconds ?? 1),
				})
				.end(body);
			return { httpStatus: 429, code: CODE_TOO_MANY_ATTEMPTS, message: MESSAGE_TOO_MANY_ATTEMPTS };
		}
		case 'malformedJson':
			response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(MALFORMED_JSON) }).end(MALFORMED_JSON);
			return { httpStatus: 200, code: null, message: 'malformed JSON body' };
		case 'htmlErrorPage':
			response.writeHead(502, { 'content-type': 'text/html', 'content-length': Buffer.byteLength(HTML_ERROR_PAGE) }).end(HTML_ERROR_PAGE);
			return { httpStatus: 502, code: null, message: '502 Bad Gateway (HTML)' };
		case 'reset':
			// No answer at all: the client sees ECONNRESET / "socket hang up".
			response.socket?.destroy();
			return { httpStatus: null, code: null, message: 'connection reset' };
		case 'timeout':
			// Never answer; the socket stays open until the client gives up or the simulator closes.
			return { httpStatus: null, code: null, message: 'no answer (timeout)' };
	}
}
