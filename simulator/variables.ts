// Placeholders in template text: WABA uses {{1}} / {{name}}, RCS uses [name].

// Meta's variables are positional ({{1}}) or named in lowercase ({{first_name}}); `{{Name}}` is not one.
const WABA_PLACEHOLDER = /\{\{\s*([a-z0-9_]+)\s*\}\}/g;
const RCS_PLACEHOLDER = /\[([A-Za-z0-9_]+)\]/g;

export type WabaVariables =
	| { kind: 'none' }
	| { kind: 'positional'; count: number; numbers: number[] }
	| { kind: 'named'; names: string[] }
	| { kind: 'mixed' };

/** The distinct placeholders of one WABA text, in order of first appearance. */
export function wabaPlaceholders(text: string): string[] {
	const seen = new Set<string>();
	for (const match of text.matchAll(WABA_PLACEHOLDER)) seen.add(match[1]);
	return [...seen];
}

export function classifyWabaVariables(text: string): WabaVariables {
	const placeholders = wabaPlaceholders(text);
	if (placeholders.length === 0) return { kind: 'none' };
	const positional = placeholders.filter((p) => /^\d+$/.test(p));
	if (positional.length === placeholders.length) {
		const numbers = positional.map(Number).sort((a, b) => a - b);
		return { kind: 'positional', count: numbers.length, numbers };
	}
	if (positional.length === 0) return { kind: 'named', names: placeholders };
	return { kind: 'mixed' };
}

/** Every [variable] in any string anywhere inside an RCS template content, in first-seen order. */
export function rcsVariables(content: unknown): string[] {
	const found = new Set<string>();
	const visit = (value: unknown): void => {
		if (typeof value === 'string') {
			for (const match of value.matchAll(RCS_PLACEHOLDER)) found.add(match[1]);
		} else if (Array.isArray(value)) {
			value.forEach(visit);
		} else if (typeof value === 'object' && value !== null) {
			Object.values(value).forEach(visit);
		}
	};
	visit(content);
	return [...found];
}
