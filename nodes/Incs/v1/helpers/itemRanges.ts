/** How many ranges a summary names before it only counts the rest. */
const MAX_RANGES = 8;

/**
 * Item indexes (0-based) as the 1-based item numbers people see in n8n, in runs:
 * [0, 1, 2, 4, 6, 7] → "1–3, 5, 7–8". Long lists end with "… and N more items".
 */
export function describeItemNumbers(indexes: readonly number[]): string {
	const sorted = [...new Set(indexes)].sort((a, b) => a - b);
	const ranges: Array<[number, number]> = [];
	for (const index of sorted) {
		const last = ranges[ranges.length - 1];
		if (last !== undefined && index === last[1] + 1) last[1] = index;
		else ranges.push([index, index]);
	}
	const shown = ranges.slice(0, MAX_RANGES).map(([first, last]) => (first === last ? `${first + 1}` : `${first + 1}–${last + 1}`));
	const hidden = ranges.slice(MAX_RANGES).reduce((sum, [first, last]) => sum + last - first + 1, 0);
	return hidden > 0 ? `${shown.join(', ')} … and ${hidden.toLocaleString('en-US')} more items` : shown.join(', ');
}
