/**
 * Variable placeholders in templates. WhatsApp (Meta) uses `{{1}}` (positional) or `{{name}}`
 * (named: lowercase letters, digits, underscores); RCS (INCS §8) uses `[name]`.
 */

const WHATSAPP_VARIABLE = /\{\{\s*([a-z0-9_]+)\s*\}\}/g;
const RCS_VARIABLE = /\[([A-Za-z0-9_]+)\]/g;

/** Distinct WhatsApp variables in order of first appearance (`{{1}}` → `1`, `{{first_name}}` → `first_name`). */
export function findWhatsAppVariables(text: string): string[] {
	return distinct(Array.from(text.matchAll(WHATSAPP_VARIABLE), (match) => match[1]));
}

/** Distinct `[variable]` names anywhere in an RCS template value (strings in nested objects and arrays). */
export function findRcsVariables(value: unknown): string[] {
	const found: string[] = [];
	const visit = (node: unknown): void => {
		if (typeof node === 'string') {
			for (const match of node.matchAll(RCS_VARIABLE)) found.push(match[1]);
		} else if (Array.isArray(node)) {
			node.forEach(visit);
		} else if (typeof node === 'object' && node !== null) {
			Object.values(node).forEach(visit);
		}
	};
	visit(value);
	return distinct(found);
}

function distinct(names: string[]): string[] {
	return Array.from(new Set(names));
}
