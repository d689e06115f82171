import { describeItemNumbers } from '../../nodes/Incs/v1/helpers/itemRanges';
import type { FaultKind } from '../../simulator';
import { acceptedPerItem, CAMPAIGN_SENDS, campaign, recipientOf, requestsPerItem, sendRequests } from './support/campaign';
import { runCampaign } from './support/run';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';

// Retries must not really wait: a send is never retried here anyway, and reads would only slow down.
jest.mock('n8n-workflow', () => jest.requireActual<typeof import('./support/sleep')>('./support/sleep').workflowWithSleep(0));

const guard = installSecretGuard();
const sim = useSimulator(guard);

/** What the user reads for each failure that leaves a send ambiguous (the request left n8n). */
const AMBIGUOUS: Record<Exclude<FaultKind, 'rateLimit429'>, { detail: string; code?: string; network?: string }> = {
	http500: { detail: 'INCS answered code 500: Server error', code: '500' },
	reset: { detail: 'the connection to INCS broke before the answer arrived', network: 'ECONNRESET' },
	timeout: { detail: 'INCS did not answer in time', network: 'ECONNABORTED' },
	malformedJson: { detail: 'INCS answered HTTP 200 with text that is not JSON instead of a JSON envelope', code: '200' },
	htmlErrorPage: { detail: 'INCS answered HTTP 502 with an HTML page instead of a JSON envelope', code: '502' },
};

function ambiguousError(kind: keyof typeof AMBIGUOUS) {
	const { detail, code, network } = AMBIGUOUS[kind];
	return {
		error: `The request to INCS failed after it was sent: ${detail}. The message may or may not have been accepted.`,
		description: `To avoid sending it twice, the node did not retry${network ? ` (network error ${network})` : ''}. Check in the INCS console whether the recipient got it before sending this item again.`,
		...(code ? { code } : {}),
	};
}

/**
 * The error of a campaign stopped by ambiguous sends: the first one names its item; every other
 * item that failed while in flight keeps its own "may or may not" warning; then the accepted items
 * and those never started, all counted from 1.
 */
function stoppedCampaignError(kind: keyof typeof AMBIGUOUS, requestsByItem: Array<Array<{ fault?: string }>>) {
	const faulted = requestsByItem.flatMap((entries, index) => (entries.some((entry) => entry.fault === kind) ? [index] : []));
	const accepted = requestsByItem.flatMap((entries, index) => (entries.length > 0 && !faulted.includes(index) ? [index] : []));
	const notStarted = requestsByItem.flatMap((entries, index) => (entries.length === 0 ? [index] : []));
	const { error, description } = ambiguousError(kind);
	const [first, ...others] = faulted;
	const notes = [
		description,
		...others.map((index) => `Item ${index + 1} also failed: ${error}`),
		...(accepted.length > 0
			? [
					`Before the node stopped, INCS had already accepted ${accepted.length} of ${requestsByItem.length} items: ${describeItemNumbers(accepted)}. ` +
						'Running the workflow again would repeat them; remove those items first, or turn on Continue On Fail, which outputs every accepted item and an error item for each failure.',
				]
			: []),
		...(notStarted.length > 0
			? [
					notStarted.length === 1
						? `Item ${notStarted[0] + 1} (1) was not started: nothing was sent for it.`
						: `Items ${describeItemNumbers(notStarted)} (${notStarted.length}) were not started: nothing was sent for them.`,
				]
			: []),
		'Items are counted from 1, as in the input list; n8n\'s "Item Index" below counts from 0.',
	];
	return { message: `Item ${first + 1}: ${error}`, description: notes.join(' '), itemIndex: first };
}

const SIZE = 20;
// A time-out costs the node's shortest timeout (1 s) of real time, so it gets one faulty request.
const FAULTY_REQUESTS: Record<keyof typeof AMBIGUOUS, number[]> = {
	http500: [3, 8, 15],
	reset: [3, 8, 15],
	timeout: [8],
	malformedJson: [3, 8, 15],
	htmlErrorPage: [3, 8, 15],
};

const matrix = (Object.keys(AMBIGUOUS) as Array<keyof typeof AMBIGUOUS>).flatMap((kind) =>
	[false, true].flatMap((afterAccept) => [true, false].map((continueOnFail) => ({ kind, afterAccept, continueOnFail }))),
);

describe('fault matrix: a WhatsApp campaign of 20 sends (5 in parallel)', () => {
	it.each(matrix)('$kind (afterAccept: $afterAccept, Continue On Fail: $continueOnFail)', async ({ kind, afterAccept, continueOnFail }) => {
		const { recipients, inputItems } = campaign(SIZE);
		const faulty = FAULTY_REQUESTS[kind];
		sim().setOptions({ faults: [{ kind, onRequests: faulty, afterAccept, method: 'POST', pathPrefix: '/external/messages' }] });

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, continueOnFail, timeoutSeconds: 1, concurrency: 5 });

		const perItem = requestsPerItem(sim(), recipients);
		const faultedItems = perItem.flatMap((entries, index) => (entries.some((entry) => entry.fault === kind) ? [index] : []));
		// A send is never repeated, whatever happened to it: one request per item at most.
		expect(perItem.every((entries) => entries.length <= 1)).toBe(true);
		expect(sim().journal.duplicateRecipients()).toEqual([]);
		// The faulty request numbers hit sends, and only they failed.
		const requests = sendRequests(sim());
		expect(requests.filter((entry) => entry.fault === kind).map((entry) => entry.seq)).toEqual(faulty.filter((n) => n <= requests.length));
		// INCS took the message exactly when the fault came after processing.
		perItem.forEach((entries) => {
			for (const entry of entries) expect(entry.outcome).toBe(entry.fault === kind && !afterAccept ? 'fault' : 'accepted');
		});

		if (continueOnFail) {
			expect(result.error).toBeUndefined();
			expect(faultedItems).toHaveLength(faulty.length);
			expect(perItem.every((entries) => entries.length === 1)).toBe(true);
			expect(result.items).toEqual(
				perItem.map(([entry], index) => ({
					json: faultedItems.includes(index)
						? ambiguousError(kind)
						: { channel: 'whatsapp', to: recipients[index], type: 'text', messageId: entry.msgId },
					pairedItem: { item: index },
				})),
			);
			expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map((_, index) => (faultedItems.includes(index) && !afterAccept ? 0 : 1)));
		} else {
			expect(result.items).toEqual([]);
			const { code } = ambiguousError(kind);
			const { message, description, itemIndex } = stoppedCampaignError(kind, perItem);
			expect(itemIndex).toBe(Math.min(...faultedItems));
			expect(result.error).toMatchObject({ name: 'NodeApiError', message, description, context: { itemIndex } });
			if (code) expect(result.error?.httpCode).toBe(code);
		}
	});
});

describe('without Continue On Fail the first failure stops the campaign', () => {
	it('one send at a time: the items after the failed one are never sent', async () => {
		const { recipients, inputItems } = campaign(SIZE);
		sim().setOptions({ faults: [{ kind: 'reset', onRequests: [3], afterAccept: true }] });

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, concurrency: 1 });

		const { message, description } = stoppedCampaignError('reset', requestsPerItem(sim(), recipients));
		expect(result.error).toMatchObject({ name: 'NodeApiError', message, description, context: { itemIndex: 2 } });
		expect(result.error?.message).toBe(`Item 3: ${ambiguousError('reset').error}`);
		expect(result.error?.description).toContain('INCS had already accepted 2 of 20 items: 1–2.');
		expect(result.error?.description).toContain('Items 4–20 (17) were not started: nothing was sent for them.');
		expect(sendRequests(sim()).map(recipientOf)).toEqual(recipients.slice(0, 3));
		expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map((_, index) => (index < 3 ? 1 : 0)));
	});
});

describe('two sends fail before the run stops', () => {
	it('both are named, each with its own "may or may not have been accepted" warning', async () => {
		const { recipients, inputItems } = campaign(SIZE);
		// Requests 2 and 3 are in flight together (5 in parallel): both fail before the run can stop.
		sim().setOptions({
			faults: [
				{ kind: 'http500', onRequests: [2], afterAccept: true, method: 'POST', pathPrefix: '/external/messages' },
				{ kind: 'reset', onRequests: [3], afterAccept: false, method: 'POST', pathPrefix: '/external/messages' },
			],
		});

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, concurrency: 5 });

		const perItem = requestsPerItem(sim(), recipients);
		const failed = perItem.flatMap((entries, index) => (entries.some((entry) => entry.fault !== undefined) ? [index] : []));
		expect(failed).toHaveLength(2);
		const [first, second] = failed;
		const secondKind = perItem[second][0].fault as keyof typeof AMBIGUOUS;
		const firstKind = perItem[first][0].fault as keyof typeof AMBIGUOUS;
		expect(result.error?.message).toBe(`Item ${first + 1}: ${ambiguousError(firstKind).error}`);
		expect(result.error?.description).toContain(`Item ${second + 1} also failed: ${ambiguousError(secondKind).error}`);
		// The accepted list leaves out both, and says so for neither as accepted.
		const accepted = perItem.flatMap((entries, index) => (entries.length > 0 && !failed.includes(index) ? [index] : []));
		expect(result.error?.description).toContain(`INCS had already accepted ${accepted.length} of ${SIZE} items: ${describeItemNumbers(accepted)}.`);
		expect(result.error?.context?.itemIndex).toBe(first);
		expect(perItem.every((entries) => entries.length <= 1)).toBe(true);
	});
});

describe('every channel treats an ambiguous send the same way', () => {
	it.each(['Viber OTP', 'RCS text', 'WhatsApp template'])('%s: accepted once or reported as maybe delivered', async (name) => {
		const send = CAMPAIGN_SENDS[name];
		const { recipients, inputItems } = campaign(10);
		sim().setOptions({
			faults: [
				{ kind: 'http500', onRequests: [2], afterAccept: true, method: 'POST', pathPrefix: '/external/messages' },
				{ kind: 'malformedJson', onRequests: [6], method: 'POST', pathPrefix: '/external/messages' },
			],
		});

		const result = await runCampaign(sim(), guard, { send, inputItems, continueOnFail: true });

		const perItem = requestsPerItem(sim(), recipients);
		expect(perItem.map((entries) => entries.length)).toEqual(recipients.map(() => 1));
		const byFault = (kind: FaultKind) => perItem.findIndex(([entry]) => entry.fault === kind);
		const garbled = byFault('http500');
		const lost = byFault('malformedJson');
		expect(result.items).toEqual(
			perItem.map(([entry], index) => ({
				json:
					index === garbled
						? ambiguousError('http500')
						: index === lost
							? ambiguousError('malformedJson')
							: { channel: send.channel, to: recipients[index], type: send.type, messageId: entry.msgId },
				pairedItem: { item: index },
			})),
		);
		expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map((_, index) => (index === lost ? 0 : 1)));
	});
});

describe('reads inside a send are retried where safe', () => {
	it.each(['http500', 'reset', 'malformedJson', 'htmlErrorPage'] as const)(
		'WhatsApp template campaign: a %s on the template lookup is retried, then every item is sent once',
		async (kind) => {
			const { recipients, inputItems } = campaign(SIZE);
			sim().setOptions({ faults: [{ kind, onRequests: [1], method: 'GET' }] });

			const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp template'], inputItems });

			expect(result.error).toBeUndefined();
			const lookups = sim().journal.query({ method: 'GET' });
			expect(lookups.map((entry) => [entry.path, entry.outcome])).toEqual([
				['/external/templates', 'fault'],
				['/external/templates', 'accepted'],
			]);
			expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map(() => 1));
			expect(result.items.map((item) => item.json.messageId)).toEqual(requestsPerItem(sim(), recipients).map(([entry]) => entry.msgId));
		},
	);
});

describe('a campaign with bad rows and a failing request', () => {
	/** Every fourth contact's number is unusable: it has a letter in it. */
	function withBadRows(size: number) {
		const { recipients, inputItems } = campaign(size);
		const bad = (index: number) => index % 4 === 3;
		inputItems.forEach((item, index) => {
			if (bad(index)) item.json.phone = `+852 9000 ${index}x`;
		});
		return { recipients, inputItems, bad };
	}

	it('Continue On Fail: bad rows are never sent, the lost answer is reported, the rest is sent once', async () => {
		const { recipients, inputItems, bad } = withBadRows(SIZE);
		sim().setOptions({ faults: [{ kind: 'reset', onRequests: [5], afterAccept: true, method: 'POST' }] });

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, continueOnFail: true });

		const perItem = requestsPerItem(sim(), recipients);
		const lost = perItem.findIndex(([entry]) => entry?.fault === 'reset');
		expect(perItem.map((entries) => entries.length)).toEqual(recipients.map((_, index) => (bad(index) ? 0 : 1)));
		expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map((_, index) => (bad(index) ? 0 : 1)));
		expect(result.items).toEqual(
			perItem.map(([entry], index) => ({
				json: bad(index)
					? {
							error: `Invalid "Recipient Phone Number" in item ${index + 1}: "+852 9000 ${index}x" contains characters that are not part of a phone number`,
							description: 'Use digits with an optional leading + and spaces, dashes, dots or brackets, e.g. +852 6841 1234.',
						}
					: index === lost
						? ambiguousError('reset')
						: { channel: 'whatsapp', to: recipients[index], type: 'text', messageId: entry.msgId },
				pairedItem: { item: index },
			})),
		);
	});

	it('without Continue On Fail: a bad row stops the campaign before anything is sent', async () => {
		const { recipients, inputItems } = withBadRows(SIZE);

		const result = await runCampaign(sim(), guard, { send: CAMPAIGN_SENDS['WhatsApp text'], inputItems, concurrency: 1 });

		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: 'Invalid "Recipient Phone Number" in item 4: "+852 9000 3x" contains characters that are not part of a phone number',
			context: { itemIndex: 3 },
		});
		expect(result.error?.description).toMatch(/Nothing was sent: the node checks every item before it sends anything\./);
		expect(acceptedPerItem(sim(), recipients)).toEqual(recipients.map(() => 0));
		expect(sim().journal.all()).toEqual([]);
	});
});
