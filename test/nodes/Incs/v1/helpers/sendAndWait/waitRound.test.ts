import { isCurrentWaitRound, nextWaitRound, waitRoundKey } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/waitRound';

describe('the numbered questions of Send and Wait', () => {
	it("keys a node's number by its id in the characters n8n allows, at most 50", () => {
		expect(waitRoundKey('7d4c2e1a-90ab-4cde-8f01-23456789abcd')).toBe('incsWait_7d4c2e1a90ab4cde8f0123456789abcd');
		expect(waitRoundKey('x'.repeat(80))).toHaveLength(50);
	});

	it.each([
		[undefined, '1'],
		['1', '2'],
		['41', '42'],
		['not a number', '1'],
		['0', '1'],
		['-3', '1'],
	])('after %p the next question is number %p', (recorded, next) => {
		expect(nextWaitRound(recorded)).toBe(next);
	});

	it.each([
		['the current number', '2', '2', true],
		['an earlier number', '1', '2', false],
		['a later number', '3', '2', false],
		['no number (a link sent before numbering)', undefined, '2', true],
		['an empty number', '', '2', false],
		['a number when none was recorded', '1', undefined, true],
		['a repeated query parameter (n8n gives a list)', ['1', '2'], '2', false],
	])('a link with %s is current: %p', (_case, link, recorded, current) => {
		expect(isCurrentWaitRound(link, recorded)).toBe(current);
	});
});
