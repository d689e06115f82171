/** A plain-text table with aligned columns; numbers right-aligned. */

export type Mark = 'PASS' | 'FAIL' | 'info';

export interface TableRow {
	section?: string;
	cells: string[];
	mark?: Mark;
}

export function renderTable(header: string[], rows: TableRow[]): string {
	const all = [header, ...rows.map((row) => [...row.cells, row.mark === undefined ? '' : markText(row.mark)])];
	const columns = Math.max(...all.map((cells) => cells.length));
	const widths = Array.from({ length: columns }, (_, c) => Math.max(...all.map((cells) => (cells[c] ?? '').length)));
	const line = (cells: string[]) =>
		cells
			.map((cell, c) => (/^[-+]?[\d.,]+( ?[a-zµ/%×]+[\w/]*)?$/.test(cell) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '─'.repeat(w)).join('  ');
	const out = [line(header), rule];
	for (const row of rows) {
		if (row.section !== undefined) out.push('', row.section);
		out.push(line([...row.cells, row.mark === undefined ? '' : markText(row.mark)]));
	}
	return out.join('\n');
}

function markText(mark: Mark): string {
	return mark === 'PASS' ? '✔ PASS' : mark === 'FAIL' ? '✘ FAIL' : '· info';
}

export function fmt(value: number | undefined, digits = 1, unit = ''): string {
	if (value === undefined || Number.isNaN(value)) return '—';
	const text = value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
	return unit === '' ? text : `${text} ${unit}`;
}

export function kib(bytes: number | undefined): string {
	return bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KiB`;
}
