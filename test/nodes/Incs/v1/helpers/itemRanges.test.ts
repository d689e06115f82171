import { describeItemNumbers } from '../../../../../nodes/Incs/v1/helpers/itemRanges';

describe('describeItemNumbers', () => {
	it('numbers items from 1 and joins runs, in order, without repeats', () => {
		expect(describeItemNumbers([6, 0, 1, 2, 4, 7, 2])).toBe('1–3, 5, 7–8');
		expect(describeItemNumbers([0])).toBe('1');
		expect(describeItemNumbers([])).toBe('');
	});

	it('names eight runs and counts the items of the rest', () => {
		const everyOther = Array.from({ length: 12 }, (_, index) => index * 2);
		expect(describeItemNumbers(everyOther)).toBe('1, 3, 5, 7, 9, 11, 13, 15 … and 4 more items');
		expect(describeItemNumbers([...everyOther, ...Array.from({ length: 1000 }, (_, index) => 100 + index)])).toBe(
			'1, 3, 5, 7, 9, 11, 13, 15 … and 1,004 more items',
		);
	});
});
