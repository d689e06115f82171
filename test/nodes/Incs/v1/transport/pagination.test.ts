import nock from 'nock';

import { executeNode } from '../../../../harness';
import { credentialTypes, incsCredentials, MANAGEMENT_URL, success } from '../../../../support/incs';
import { TransportProbe } from './probeNode';

/** Templates with descending IDs, as INCS lists them (newest first). */
function page(from: number, count: number, status = (id: number) => (id % 2 === 0 ? 'APPROVED' : 'PENDING')) {
	return Array.from({ length: count }, (_, offset) => {
		const id = from - offset;
		return { template_id: String(id), name: `t_${id}`, status: status(id) };
	});
}

async function list(parameters: Record<string, unknown>) {
	return await executeNode({
		nodeType: new TransportProbe(),
		typeName: 'test.transportProbe',
		parameters: { mode: 'list', path: '/external/templates', ...parameters } as never,
		credentials: incsCredentials(),
		credentialTypes,
	});
}

describe('apiRequestAllItems: keyset paging', () => {
	it('Return All follows last_id with count=100 until a page is shorter than requested', async () => {
		const scope = nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: 100 })
			.reply(200, success(page(1000, 100)))
			.get('/external/templates')
			.query({ count: 100, last_id: '901' })
			.reply(200, success(page(900, 100)))
			.get('/external/templates')
			.query({ count: 100, last_id: '801' })
			.reply(200, success(page(800, 30)));

		const result = await list({ returnAll: true });

		expect(result.items).toHaveLength(230);
		expect(result.items[0].json.template_id).toBe('1000');
		expect(result.items[229].json.template_id).toBe('771');
		expect(scope.isDone()).toBe(true);
	});

	it('stops after an exactly full last page followed by an empty one', async () => {
		const scope = nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: 100 })
			.reply(200, success(page(100, 100)))
			.get('/external/templates')
			.query({ count: 100, last_id: '1' })
			.reply(200, success([]));

		const result = await list({ returnAll: true });

		expect(result.items).toHaveLength(100);
		expect(scope.isDone()).toBe(true);
	});

	it('Limit asks for just enough and cuts mid-page', async () => {
		const scope = nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: 7 })
			.reply(200, success(page(50, 7)));

		const result = await list({ returnAll: false, limit: 7 });

		expect(result.items.map((item) => item.json.template_id)).toEqual(['50', '49', '48', '47', '46', '45', '44']);
		expect(scope.isDone()).toBe(true);
	});

	it('Limit above 100 pages with count=100 and stops as soon as the limit is reached', async () => {
		const scope = nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: 100 })
			.reply(200, success(page(500, 100)))
			.get('/external/templates')
			.query({ count: 100, last_id: '401' })
			.reply(200, success(page(400, 100)));

		const result = await list({ returnAll: false, limit: 150 });

		expect(result.items).toHaveLength(150);
		expect(result.items[149].json.template_id).toBe('351');
		expect(scope.isDone()).toBe(true);
	});

	it('applies a filter while paging, so Limit counts matching items only', async () => {
		const scope = nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: 100 })
			.reply(200, success(page(200, 100)))
			.get('/external/templates')
			.query({ count: 100, last_id: '101' })
			.reply(200, success(page(100, 100)));

		const result = await list({ returnAll: false, limit: 60, onlyStatus: 'APPROVED' });

		expect(result.items).toHaveLength(60);
		expect(result.items.every((item) => item.json.status === 'APPROVED')).toBe(true);
		expect(result.items[59].json.template_id).toBe('82');
		expect(scope.isDone()).toBe(true);
	});

	it('stops instead of looping forever when INCS ignores last_id, and outputs each template once', async () => {
		const scope = nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query(true)
			.times(2)
			.reply(200, success(page(100, 100)));

		const result = await list({ returnAll: true });

		expect(result.items).toHaveLength(100);
		expect(scope.isDone()).toBe(true);
	});

	it('reports a list endpoint that does not answer with a list', async () => {
		nock(MANAGEMENT_URL).get('/external/templates').query(true).reply(200, success({ not: 'a list' }));
		const result = await list({ returnAll: true });
		expect(result.error?.message).toBe('INCS returned a list page that is not a list');
	});
});
