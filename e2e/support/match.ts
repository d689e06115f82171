// Subset matching for expected outputs and journal entries written as JSON: every key the
// expectation names must match, extra keys in the actual value are fine. Arrays match element
// by element and must have the same length. Placeholders (strings):
//   "<any>"            anything but undefined
//   "<string>", "<number>", "<boolean>", "<object>", "<array>"   that type
//   "<absent>"         the key must be missing (or undefined)
//   "<match:REGEX>"    a string matching REGEX

function typeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function show(value: unknown): string {
	const text = JSON.stringify(value);
	return text === undefined ? 'undefined' : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Returns the mismatches (empty when `actual` satisfies `expected`), each with its JSON path. */
export function mismatches(expected: unknown, actual: unknown, at = '$'): string[] {
	if (typeof expected === 'string' && expected.startsWith('<') && expected.endsWith('>')) {
		const placeholder = expected.slice(1, -1);
		if (placeholder === 'absent') return actual === undefined ? [] : [`${at}: expected absent, got ${show(actual)}`];
		if (actual === undefined) return [`${at}: missing (expected ${expected})`];
		if (placeholder === 'any') return [];
		if (placeholder.startsWith('match:')) {
			const ok = typeof actual === 'string' && new RegExp(placeholder.slice(6)).test(actual);
			return ok ? [] : [`${at}: ${show(actual)} does not match /${placeholder.slice(6)}/`];
		}
		if (['string', 'number', 'boolean', 'object', 'array'].includes(placeholder)) {
			return typeName(actual) === placeholder ? [] : [`${at}: expected a ${placeholder}, got ${show(actual)}`];
		}
	}
	if (Array.isArray(expected)) {
		if (!Array.isArray(actual)) return [`${at}: expected an array, got ${show(actual)}`];
		if (actual.length !== expected.length) {
			return [`${at}: expected ${expected.length} elements, got ${actual.length}: ${show(actual)}`];
		}
		return expected.flatMap((element, index) => mismatches(element, actual[index], `${at}[${index}]`));
	}
	if (typeof expected === 'object' && expected !== null) {
		if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
			return [`${at}: expected an object, got ${show(actual)}`];
		}
		const record = actual as Record<string, unknown>;
		return Object.entries(expected).flatMap(([key, value]) => mismatches(value, record[key], `${at}.${key}`));
	}
	return Object.is(expected, actual) ? [] : [`${at}: expected ${show(expected)}, got ${show(actual)}`];
}

export function assertMatches(expected: unknown, actual: unknown, label: string): void {
	const problems = mismatches(expected, actual);
	if (problems.length > 0) throw new Error(`${label} does not match:\n  ${problems.slice(0, 15).join('\n  ')}`);
}
