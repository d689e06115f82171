import type { IExecuteFunctions } from 'n8n-workflow';

import { waitRoundOf } from '../../../../../../nodes/Incs/v1/actions/sendAndWait/round';

/*
 * The number of the question one run of a Send and Wait node asks, kept in the execution's custom
 * data. (The first question in a real n8n-core execution: messages/sendAndWait.test.ts; a second
 * one in a real n8n: the e2e suite.)
 */

interface FakeRun {
	context: IExecuteFunctions;
	data: Record<string, string>;
	sets: number;
}

function fakeRun(data: Record<string, string>, options: { setThrows?: boolean; noCustomData?: boolean } = {}): FakeRun {
	const run: FakeRun = { context: {} as IExecuteFunctions, data, sets: 0 };
	run.context = {
		getNode: () => ({ id: 'node-7' }),
		get customData() {
			if (options.noCustomData === true) throw new Error('Cannot access customData');
			return {
				get: (key: string) => run.data[key],
				set: (key: string, value: string) => {
					run.sets++;
					if (options.setThrows === true) throw new Error('Custom data limit reached');
					run.data[key] = value;
				},
			};
		},
	} as unknown as IExecuteFunctions;
	return run;
}

describe('the question number of a run of Send and Wait', () => {
	it('the first question is 1, recorded under the node id', () => {
		const run = fakeRun({});
		expect(waitRoundOf(run.context)).toBe('1');
		expect(run.data).toEqual({ incsWait_node7: '1' });
	});

	it('every item of one run shares the number, recorded once', () => {
		const run = fakeRun({});
		expect([waitRoundOf(run.context), waitRoundOf(run.context), waitRoundOf(run.context)]).toEqual(['1', '1', '1']);
		expect(run.sets).toBe(1);
	});

	it('a later run of the node in the same execution asks question 2, then 3', () => {
		const data = { incsWait_node7: '1', customerTier: 'gold' };
		expect(waitRoundOf(fakeRun(data).context)).toBe('2');
		expect(waitRoundOf(fakeRun(data).context)).toBe('3');
		expect(data).toEqual({ incsWait_node7: '3', customerTier: 'gold' });
	});

	it('when n8n refuses to record it (10 keys taken), the run still has a number and goes on', () => {
		const run = fakeRun({}, { setThrows: true });
		expect(waitRoundOf(run.context)).toBe('1');
		expect(run.data).toEqual({});
	});

	it('a context without custom data still numbers its question', () => {
		expect(waitRoundOf(fakeRun({}, { noCustomData: true }).context)).toBe('1');
	});
});
