import { unixSecondsToIso } from '../../../nodes/shared/unixTime';

describe('unixSecondsToIso', () => {
	it('reads Unix seconds as a number or a string of digits', () => {
		expect(unixSecondsToIso(1900000000)).toBe('2030-03-17T17:46:40.000Z');
		expect(unixSecondsToIso('1900000000')).toBe('2030-03-17T17:46:40.000Z');
	});

	it('gives null for 0, which INCS uses for "never happened", in templates and callbacks alike', () => {
		expect(unixSecondsToIso(0)).toBeNull();
		expect(unixSecondsToIso('0')).toBeNull();
	});

	it('gives null for anything that is not a time', () => {
		for (const value of [undefined, null, '', 'soon', '12:00', -5, Number.NaN, Number.POSITIVE_INFINITY, {}]) {
			expect(unixSecondsToIso(value)).toBeNull();
		}
	});
});
