/**
 * Variable placeholders in templates, the one definition of each pattern. WhatsApp (Meta) uses
 * `{{1}}` (positional) or `{{name}}` (named: lowercase letters, digits, underscores); RCS (INCS
 * "RCS Templates API") uses `[name]`.
 */

/** `{{1}}`, `{{ first_name }}`; group 1 is the variable. Global: use with matchAll or replace. */
const WHATSAPP_PLACEHOLDER = /\{\{\s*([a-z0-9_]+)\s*\}\}/g;
/** `[name]`; group 1 is the variable. Global: use with matchAll or replace. */
export const RCS_PLACEHOLDER = /\[([A-Za-z0-9_]+)\]/g;

/** `text` with each WhatsApp placeholder replaced by what `replace` makes of it (its whole text and its variable). */
export function replaceWhatsAppPlaceholders(text: string, replace: (placeholder: string, variable: string) => string): string {
	return text.replace(WHATSAPP_PLACEHOLDER, replace);
}

/** Distinct WhatsApp variables in order of first appearance (`{{1}}` → `1`, `{{first_name}}` → `first_name`). */
export function findWhatsAppVariables(text: string): string[] {
	return distinct(Array.from(text.matchAll(WHATSAPP_PLACEHOLDER), (match) => match[1]));
}

/**
 * The part of a URL button's URL before its variable, when the URL ends in one
 * (`https://shop.example/track/{{1}}` → `https://shop.example/track/`): Meta appends the button's
 * parameter there. Undefined when the URL does not end in a placeholder.
 */
export function whatsAppUrlBeforeVariable(url: string): string | undefined {
	const trailing = new RegExp(`${WHATSAPP_PLACEHOLDER.source}\\s*$`).exec(url);
	return trailing === null ? undefined : url.slice(0, trailing.index);
}

/** Whether a WhatsApp variable is named (`first_name`) rather than positional (`1`). */
export function isNamedWhatsAppVariable(variable: string): boolean {
	return !/^\d+$/.test(variable);
}

/** WhatsApp variables in the order they are filled: positional ones by number ({{1}}, {{2}}, …), named ones as written. */
export function orderedWhatsAppVariables(variables: string[]): string[] {
	return variables.every((variable) => !isNamedWhatsAppVariable(variable)) ? [...variables].sort((a, b) => Number(a) - Number(b)) : variables;
}

/** Whether a value holds an RCS `[variable]`, so it is only known at send time. */
export function hasRcsPlaceholder(text: string): boolean {
	return new RegExp(RCS_PLACEHOLDER.source).test(text);
}

/** Distinct `[variable]` names anywhere in an RCS template value (strings in nested objects and arrays). */
export function findRcsVariables(value: unknown): string[] {
	const found: string[] = [];
	const visit = (node: unknown): void => {
		if (typeof node === 'string') {
			for (const match of node.matchAll(RCS_PLACEHOLDER)) found.push(match[1]);
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
