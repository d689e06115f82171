import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { executeNode } from '../../../../harness';
import { credentialTypes, failure, incsCredentials, success } from '../../../../support/incs';

/**
 * A loopback INCS stand-in for Account → Get: the n-th request is answered after `delays[n]` ms
 * with `{ n }`, or with an INCS error when `n` is in `failing`. It records how many requests were
 * in flight at once.
 */
async function startAccountServer(delays: number[], failing: number[] = []) {
	let received = 0;
	let inFlight = 0;
	let maxInFlight = 0;
	const server: Server = createServer((request, response) => {
		const n = received++;
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		setTimeout(() => {
			inFlight--;
			const body = failing.includes(n) ? failure(422, `Request ${n} is invalid.`) : success({ n });
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify(body));
		}, delays[n] ?? 0);
		request.resume();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		stats: () => ({ received, maxInFlight }),
		close: async () => await new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

async function runAccountGet(url: string, itemCount: number, options: Record<string, unknown>, continueOnFail = false) {
	return await executeNode({
		nodeType: new Incs(),
		parameters: { resource: 'account', operation: 'get', options } as never,
		inputItems: Array.from({ length: itemCount }, (_, index) => ({ json: { index } })),
		credentials: incsCredentials({ managementBaseUrl: url }),
		credentialTypes,
		continueOnFail,
	});
}

describe('router', () => {
	it('keeps input order and pairs every item while answers arrive out of order', async () => {
		// Hundreds of milliseconds, so the first three are in flight together even on a slow machine.
		const server = await startAccountServer([600, 300, 500, 5, 200, 1]);
		try {
			const result = await runAccountGet(server.url, 6, { maxConcurrentRequests: 3 });
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual(
				[0, 1, 2, 3, 4, 5].map((n) => ({ json: { n }, pairedItem: { item: n } })),
			);
			expect(server.stats()).toEqual({ received: 6, maxInFlight: 3 });
		} finally {
			await server.close();
		}
	});

	it('runs one item at a time when Max Concurrent Requests is 1', async () => {
		const server = await startAccountServer([5, 5, 5, 5]);
		try {
			const result = await runAccountGet(server.url, 4, { maxConcurrentRequests: 1 });
			expect(result.items).toHaveLength(4);
			expect(server.stats().maxInFlight).toBe(1);
		} finally {
			await server.close();
		}
	});

	it('with Continue On Fail turns a failed item into an error item and keeps going', async () => {
		const server = await startAccountServer([1, 1, 1, 1], [1]);
		try {
			const result = await runAccountGet(server.url, 4, { maxConcurrentRequests: 1 }, true);
			expect(result.error).toBeUndefined();
			expect(result.items).toEqual([
				{ json: { n: 0 }, pairedItem: { item: 0 } },
				{
					json: {
						error: 'INCS rejected a parameter: Request 1 is invalid. [INCS code 422]',
						description:
							'Correct the parameter INCS names, then run the node again.',
						code: '422',
					},
					pairedItem: { item: 1 },
				},
				{ json: { n: 2 }, pairedItem: { item: 2 } },
				{ json: { n: 3 }, pairedItem: { item: 3 } },
			]);
		} finally {
			await server.close();
		}
	});

	it('without Continue On Fail stops starting new items and throws with the item index', async () => {
		const server = await startAccountServer([1, 1, 1, 1, 1], [1]);
		try {
			const result = await runAccountGet(server.url, 5, { maxConcurrentRequests: 1 });
			expect(result.error).toMatchObject({
				name: 'NodeApiError',
				message: 'Item 2: INCS rejected a parameter: Request 1 is invalid. [INCS code 422]',
				context: { itemIndex: 1 },
			});
			expect(result.items).toEqual([]);
			expect(server.stats().received).toBe(2);
		} finally {
			await server.close();
		}
	});

	it('names every item that failed in flight, the first in the message, the others in the description', async () => {
		const count = 13;
		const server = await startAccountServer(Array.from({ length: count }, () => 20), Array.from({ length: count }, (_, n) => n));
		try {
			const result = await runAccountGet(server.url, count, { maxConcurrentRequests: count });
			expect(server.stats().received).toBe(count);
			expect(result.error?.message).toMatch(/^Item 1: INCS rejected a parameter: Request \d+ is invalid\. \[INCS code 422\]$/);
			const description = result.error?.description ?? '';
			expect(description.startsWith('Correct the parameter INCS names, then run the node again. Item 2 also failed: INCS rejected a parameter: Request ')).toBe(true);
			for (let item = 2; item <= 11; item++) expect(description).toContain(`Item ${item} also failed: INCS rejected a parameter`);
			expect(description).not.toContain('Item 12 also failed');
			expect(description.endsWith('Items 12–13 failed too. Items are counted from 1, as in the input list; n8n\'s "Item Index" below counts from 0.')).toBe(true);
		} finally {
			await server.close();
		}
	});

	it('reports the earliest failing item when several fail concurrently', async () => {
		const server = await startAccountServer([50, 5, 1, 30], [1, 2]);
		try {
			const result = await runAccountGet(server.url, 4, { maxConcurrentRequests: 4 });
			expect(result.error?.context).toMatchObject({ itemIndex: 1 });
			expect(server.stats().received).toBe(4);
		} finally {
			await server.close();
		}
	});
});
