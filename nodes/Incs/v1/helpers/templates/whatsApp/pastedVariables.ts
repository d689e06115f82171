/**
 * WhatsApp template texts written with their variables, `Hello {{1}}` or `Hi {{first_name}}`, as
 * people paste them from a brief. n8n turns a field into an expression when text holding `{{` is
 * pasted into it: `{{1}}` then evaluates to `1` (the template would be created without its
 * variable) and `{{first_name}}` fails as an unknown name. Typed text stays fixed, so the same
 * words would behave differently depending on how they got into the field.
 *
 * An n8n expression is JavaScript that reads data (`{{ $json.name }}`); a block holding nothing but
 * a WhatsApp placeholder (digits, lowercase letters and `_`, helpers/placeholders.ts) cannot read
 * anything, so such a block is a WhatsApp variable; the template checks then judge it as typed. It is
 * rewritten into an expression that yields the variable's own text, and the rest of the expression
 * keeps working: `=Hi {{first_name}}, {{ $json.offer }}` gives `Hi {{first_name}}, 20 % off`.
 */

import { findWhatsAppVariables, replaceWhatsAppPlaceholders } from '../../placeholders';

/** Names that mean something in JavaScript on their own; kept as the expression wrote them. */
const JAVASCRIPT_WORDS = new Set(['true', 'false', 'null', 'undefined', 'this', 'typeof', 'void', 'new']);

/** The variable's text as a JavaScript string whose braces are escaped, so n8n's parser sees no `{{`. */
function literal(variable: string): string {
	return `"${`{{${variable}}}`.replace(/[{}]/g, (brace) => (brace === '{' ? '\\u007b' : '\\u007d'))}"`;
}

/**
 * The expression with each WhatsApp variable block turned into an expression yielding its text, or
 * undefined when `raw` is not an expression or holds no such block (read it as usual then).
 */
export function keepWhatsAppVariables(raw: string): string | undefined {
	if (!raw.startsWith('=')) return undefined;
	let found = false;
	const kept = replaceWhatsAppPlaceholders(raw, (block, variable) => {
		if (JAVASCRIPT_WORDS.has(variable)) return block;
		found = true;
		return `{{ ${literal(variable)} }}`;
	});
	return found ? kept : undefined;
}

/** The WhatsApp variables an expression holds as blocks of their own, in the order written. */
export function pastedVariablesOf(raw: string): string[] {
	if (!raw.startsWith('=')) return [];
	return findWhatsAppVariables(raw).filter((name) => !JAVASCRIPT_WORDS.has(name));
}

/**
 * `keepWhatsAppVariables` through a parameter's raw value (a text, or a collection such as the
 * buttons list): the rewritten value, or undefined when nothing in it needed rewriting.
 */
export function keepWhatsAppVariablesDeep(raw: unknown): unknown {
	if (typeof raw === 'string') return keepWhatsAppVariables(raw);
	if (Array.isArray(raw)) {
		const kept = raw.map((entry) => keepWhatsAppVariablesDeep(entry));
		return kept.some((entry) => entry !== undefined) ? raw.map((entry, index) => kept[index] ?? entry) : undefined;
	}
	if (typeof raw === 'object' && raw !== null) {
		const entries = Object.entries(raw);
		const kept = entries.map(([, value]) => keepWhatsAppVariablesDeep(value));
		if (kept.every((value) => value === undefined)) return undefined;
		return Object.fromEntries(entries.map(([key, value], index) => [key, kept[index] ?? value]));
	}
	return undefined;
}
