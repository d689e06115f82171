import type { INodeParameters } from 'n8n-workflow';

import type { FaultKind, Simulator } from '../../simulator';
import { runIncs, withRequestOptions } from './support/run';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';
import { addApprovedTemplates, byId, templateId } from './support/templates';

// Back-off waits are skipped: what matters is which requests are repeated, not how long it waits.
jest.mock('n8n-workflow', () => jest.requireActual<typeof import('./support/sleep')>('./support/sleep').workflowWithSleep(0));

const guard = installSecretGuard();
const sim = useSimulator(guard);

type Kind = Exclude<FaultKind, 'rateLimit429'>;

interface ReadCase {
	name: string;
	method: 'GET' | 'DELETE';
	pathPrefix: string;
	parameters: (sim: Simulator) => INodeParameters;
	/** The request the faults hit: the second page for Get Many, so paging resumes mid-way. */
	faultyRequest: number;
	prepare?: (sim: Simulator) => void;
}

const READS: ReadCase[] = [
	{ name: 'Account → Get', method: 'GET', pathPrefix: '/external/account', faultyRequest: 1, parameters: () => ({ resource: 'account', operation: 'get' }) },
	{
		name: 'WhatsApp Template → Get',
		method: 'GET',
		pathPrefix: '/external/templates/',
		faultyRequest: 1,
		parameters: (s) => ({ resource: 'whatsAppTemplate', operation: 'get', template: byId(templateId(s, 'waba', 'promo_full')) }),
	},
	{
		name: 'WhatsApp Template → Get Many (3 pages)',
		method: 'GET',
		pathPrefix: '/external/templates',
		faultyRequest: 2,
		prepare: (s) => addApprovedTemplates(s, 'waba', 230),
		parameters: () => ({ resource: 'whatsAppTemplate', operation: 'getAll', returnAll: true }),
	},
	{
		name: 'RCS Template → Get',
		method: 'GET',
		pathPrefix: '/external/templates/rcs/',
		faultyRequest: 1,
		parameters: (s) => ({ resource: 'rcsTemplate', operation: 'get', template: byId(templateId(s, 'rcs', 'fake_carousel')) }),
	},
	{
		name: 'RCS Template → Get Many (2 pages)',
		method: 'GET',
		pathPrefix: '/external/templates/rcs',
		faultyRequest: 2,
		prepare: (s) => addApprovedTemplates(s, 'rcs', 120),
		parameters: () => ({ resource: 'rcsTemplate', operation: 'getAll', returnAll: true, simplify: false }),
	},
];

const DELETES: ReadCase[] = [
	{
		name: 'WhatsApp Template → Delete',
		method: 'DELETE',
		pathPrefix: '/external/templates/',
		faultyRequest: 1,
		parameters: (s) => ({ resource: 'whatsAppTemplate', operation: 'delete', template: byId(templateId(s, 'waba', 'shop_link')) }),
	},
	{
		name: 'RCS Template → Delete',
		method: 'DELETE',
		pathPrefix: '/external/templates/rcs/',
		faultyRequest: 1,
		parameters: (s) => ({ resource: 'rcsTemplate', operation: 'delete', template: byId(templateId(s, 'rcs', 'fake_richcard_v')) }),
	},
];

const KINDS: Kind[] = ['http500', 'reset', 'malformedJson', 'htmlErrorPage'];

/** What the user reads when a read gives up: the detail per fault, as in the transport's messages. */
const GAVE_UP: Record<Kind, { detail: string; network?: string }> = {
	http500: { detail: 'INCS answered code 500: Server error' },
	reset: { detail: 'the connection to INCS broke before the answer arrived', network: 'ECONNRESET' },
	timeout: { detail: 'INCS did not answer in time', network: 'ECONNABORTED' },
	malformedJson: { detail: 'INCS answered HTTP 200 with text that is not JSON instead of a JSON envelope' },
	htmlErrorPage: { detail: 'INCS answered HTTP 502 with an HTML page instead of a JSON envelope' },
};

function scoped(read: ReadCase) {
	return { method: read.method, pathPrefix: read.pathPrefix };
}

/** Requests of this operation as "path?query", to compare which pages were asked for. */
function requestLine(s: Simulator, read: ReadCase, sinceSeq = 0): string[] {
	return s.journal
		.query({ ...scoped(read), sinceSeq })
		.map((entry) => `${entry.method} ${entry.path}${Object.keys(entry.query).length ? `?${new URLSearchParams(entry.query).toString()}` : ''}`);
}

describe('fault matrix: reads recover by retrying', () => {
	const cases = READS.flatMap((read) => KINDS.flatMap((kind) => [false, true].map((afterAccept) => ({ read, kind, afterAccept }))));

	it.each(cases)('$read.name: $kind (afterAccept: $afterAccept)', async ({ read, kind, afterAccept }) => {
		read.prepare?.(sim());
		const parameters = read.parameters(sim());
		const baseline = await runIncs(sim(), guard, { parameters });
		expect(baseline.error).toBeUndefined();
		const baselineRequests = requestLine(sim(), read);
		const since = sim().journal.size;

		sim().setOptions({ faults: [{ kind, onRequests: [read.faultyRequest], afterAccept, ...scoped(read) }] });
		const result = await runIncs(sim(), guard, { parameters });

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual(baseline.items);
		// The faulty request, and only it, was asked again: nothing skipped, nothing fetched twice.
		const requests = requestLine(sim(), read, since);
		const retried = read.faultyRequest - 1;
		expect(requests).toEqual([...baselineRequests.slice(0, retried + 1), ...baselineRequests.slice(retried)]);
		expect(sim().journal.query({ sinceSeq: since, outcome: afterAccept ? 'accepted' : 'fault' }).filter((e) => e.fault === kind)).toHaveLength(1);
	});

	it.each([READS[0], READS[2]])('$name: a time-out (1 s) is retried too', async (read) => {
		read.prepare?.(sim());
		const parameters = withRequestOptions(read.parameters(sim()), { timeoutSeconds: 1 });
		const baseline = await runIncs(sim(), guard, { parameters });
		sim().setOptions({ faults: [{ kind: 'timeout', onRequests: [read.faultyRequest], ...scoped(read) }] });

		const result = await runIncs(sim(), guard, { parameters });

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual(baseline.items);
		expect(sim().journal.query({ outcome: 'fault' }).map((entry) => entry.fault)).toEqual(['timeout']);
	});
});

describe('fault matrix: deletes are retried, and a lost answer does not turn into "not found"', () => {
	const cases = DELETES.flatMap((read) => [...KINDS, 'timeout' as const].flatMap((kind) => [false, true].map((afterAccept) => ({ read, kind, afterAccept }))));

	it.each(cases)('$read.name: $kind (afterAccept: $afterAccept)', async ({ read, kind, afterAccept }) => {
		const parameters = withRequestOptions(read.parameters(sim()), { timeoutSeconds: 1 });
		const id = (parameters.template as { value: string }).value;
		sim().setOptions({ faults: [{ kind, onRequests: [1], afterAccept, ...scoped(read) }] });

		const result = await runIncs(sim(), guard, { parameters });

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { id, deleted: true }, pairedItem: { item: 0 } }]);
		expect(sim().state.waba.get(id) ?? sim().state.rcs.get(id)).toBeUndefined();
		// The first attempt failed; the second either deleted it or (after a lost answer) found it gone.
		const faultCode = kind === 'http500' ? 500 : null;
		expect(sim().journal.query(scoped(read)).map((entry) => [entry.outcome, entry.fault, entry.code])).toEqual([
			[afterAccept ? 'accepted' : 'fault', kind, faultCode],
			afterAccept ? ['rejected', undefined, 404] : ['accepted', undefined, 200],
		]);
	});
});

describe('fault matrix: a read that keeps failing is reported, with and without Continue On Fail', () => {
	const cases = [...READS, ...DELETES].flatMap((read, index) =>
		[true, false].map((continueOnFail) => ({ read, kind: KINDS[index % KINDS.length], continueOnFail })),
	);

	it.each(cases)('$read.name: $kind on every attempt (Continue On Fail: $continueOnFail)', async ({ read, kind, continueOnFail }) => {
		read.prepare?.(sim());
		const parameters = withRequestOptions(read.parameters(sim()), { maxAttempts: 3 });
		const first = read.faultyRequest;
		sim().setOptions({ faults: [{ kind, onRequests: [first, first + 1, first + 2], ...scoped(read) }] });

		const result = await runIncs(sim(), guard, { parameters, continueOnFail });

		const { detail, network } = GAVE_UP[kind];
		const message = `INCS did not give a usable answer: ${detail} (after 3 attempts)`;
		const description = `This is usually temporary on the INCS side${network ? ` (network error ${network})` : ''}. Run the node again in a few minutes.`;
		if (continueOnFail) {
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(1);
			expect(result.items[0]).toMatchObject({ json: { error: message, description }, pairedItem: { item: 0 } });
		} else {
			expect(result.items).toEqual([]);
			expect(result.error).toMatchObject({ name: 'NodeApiError', message, description, context: { itemIndex: 0 } });
		}
		expect(sim().journal.query({ ...scoped(read), outcome: 'fault' })).toHaveLength(3);
	});
});

describe('several items: each is retried on its own, failures stay with their item', () => {
	it.each([true, false])('WhatsApp Template → Get for 4 items, one unknown (Continue On Fail: %s)', async (continueOnFail) => {
		const ids = ['promo_full', 'shop_link', 'order_ready_notice'].map((name) => templateId(sim(), 'waba', name));
		const unknown = '1000000000999999';
		// One reset for the first and one for the last known template: each is retried on its own.
		sim().setOptions({
			faults: [ids[0], ids[2]].map((id) => ({ kind: 'reset' as const, onRequests: [1], method: 'GET', pathPrefix: `/external/templates/${id}` })),
		});

		const result = await runIncs(sim(), guard, {
			parameters: { resource: 'whatsAppTemplate', operation: 'get', template: byId('={{ $json.id }}') },
			inputItems: [ids[0], unknown, ids[1], ids[2]].map((id) => ({ json: { id } })),
			continueOnFail,
		});

		const notFound = 'INCS could not find it: The template is not found. [INCS code 404]';
		if (continueOnFail) {
			expect(result.items.map((item) => [item.json.id ?? item.json.error, item.pairedItem])).toEqual([
				[ids[0], { item: 0 }],
				[notFound, { item: 1 }],
				[ids[1], { item: 2 }],
				[ids[2], { item: 3 }],
			]);
			expect(result.items[1].json.code).toBe('404');
		} else {
			// The message names the item as the input list counts it; n8n's Item Index is 0-based.
			expect(result.error).toMatchObject({ name: 'NodeApiError', message: `Item 2: ${notFound}`, context: { itemIndex: 1 } });
		}
		// Two resets were retried; the 404 is a definite answer and is not.
		const answered = sim().journal.query({ method: 'GET' }).filter((entry) => entry.outcome !== 'fault');
		expect(answered.filter((entry) => entry.path.endsWith(unknown))).toHaveLength(1);
		expect(sim().journal.query({ outcome: 'fault' })).toHaveLength(2);
	});
});
