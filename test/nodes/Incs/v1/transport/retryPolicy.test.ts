import { classifyResponse, parseRetryAfter } from '../../../../../nodes/Incs/v1/transport/outcome';
import { backoffDelayMs, isRetryable } from '../../../../../nodes/Incs/v1/transport/retryPolicy';

describe('retry policy', () => {
	it.each([
		['rateLimited', 'POST', true],
		['rateLimited', 'GET', true],
		['notSent', 'POST', true],
		['serverError', 'POST', false],
		['serverError', 'GET', true],
		['serverError', 'DELETE', true],
		['lostInFlight', 'POST', false],
		['lostInFlight', 'DELETE', true],
		['incsError', 'GET', false],
	] as const)('%s on %s → retry %p', (kind, method, expected) => {
		const outcome = { kind, detail: '', networkCode: 'X', httpStatus: 500, code: 422, message: '' } as never;
		expect(isRetryable(outcome, method)).toBe(expected);
	});

	it('backs off exponentially with full jitter, capped at 30 s', () => {
		expect(backoffDelayMs(1, 1)).toBe(250);
		expect(backoffDelayMs(3, 1)).toBe(1000);
		expect(backoffDelayMs(3, 0.5)).toBe(500);
		expect(backoffDelayMs(20, 1)).toBe(30000);
		expect(backoffDelayMs(4, 0)).toBe(0);
	});

	it('never comes back before Retry-After', () => {
		expect(backoffDelayMs(1, 0, 2000)).toBe(2000);
		expect(backoffDelayMs(1, 1, 2000)).toBe(2250);
	});

	it('reads Retry-After as seconds or as an HTTP date', () => {
		const now = Date.parse('2030-01-01T00:00:00Z');
		expect(parseRetryAfter({ 'retry-after': '3' }, now)).toBe(3000);
		expect(parseRetryAfter({ 'retry-after': '0.5' }, now)).toBe(500);
		expect(parseRetryAfter({ 'retry-after': 'Tue, 01 Jan 2030 00:00:10 GMT' }, now)).toBe(10000);
		expect(parseRetryAfter({ 'retry-after': 'soon' }, now)).toBeUndefined();
		expect(parseRetryAfter({}, now)).toBeUndefined();
	});

	it('classifies envelopes', () => {
		const headers = {};
		expect(classifyResponse({ statusCode: 200, headers, body: { status: 'success', code: 200, message: '', data: { a: 1 } } }, 0)).toEqual({ kind: 'success', data: { a: 1 } });
		expect(classifyResponse({ statusCode: 200, headers, body: { status: 'error', code: 10002, message: 'x', data: {} } }, 0)).toEqual({ kind: 'incsError', code: 10002, message: 'x', httpStatus: 200 });
		expect(classifyResponse({ statusCode: 200, headers, body: { status: 'error', code: 429, message: '', data: {} } }, 0)).toEqual({ kind: 'rateLimited', retryAfterMs: undefined, httpStatus: 200 });
		expect(classifyResponse({ statusCode: 500, headers, body: { status: 'error', code: 500, message: 'Server error', data: {} } }, 0)).toEqual({ kind: 'serverError', httpStatus: 500, detail: 'INCS answered code 500: Server error' });
		expect(classifyResponse({ statusCode: 200, headers, body: { status: 'error', code: 200, message: 'odd', data: {} } }, 0)).toMatchObject({ kind: 'incsError', code: 400 });
		expect(classifyResponse({ statusCode: 200, headers, body: '' }, 0)).toEqual({ kind: 'serverError', httpStatus: 200, detail: 'INCS answered HTTP 200 with an empty body instead of a JSON envelope' });
		expect(classifyResponse({ statusCode: 200, headers, body: [1] }, 0)).toMatchObject({ detail: 'INCS answered HTTP 200 with JSON that is not an INCS envelope' });
	});
});
