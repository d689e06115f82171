import type { IExecuteFunctions } from 'n8n-workflow';

import { keepWhatsAppVariablesDeep } from '../../helpers/templates/whatsApp/pastedVariables';

/** The Create fields whose text may hold WhatsApp variables (`{{1}}`, `{{first_name}}`). */
export const VARIABLE_TEXT_FIELDS: ReadonlySet<string> = new Set(['headerText', 'bodyText', 'buttons', 'componentsJson']);

/** Resolves a raw value as n8n would: expressions (`=…`) evaluated for the item, the rest as it is. */
function resolve(context: IExecuteFunctions, value: unknown, itemIndex: number): unknown {
	if (typeof value === 'string') return value.startsWith('=') ? context.evaluateExpression(value.slice(1), itemIndex) : value;
	if (Array.isArray(value)) return value.map((entry) => resolve(context, entry, itemIndex));
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolve(context, entry, itemIndex)]));
	}
	return value;
}

/**
 * A WhatsApp template text parameter with its variables kept when n8n made the field an expression
 * because `{{` was pasted into it (helpers/templates/whatsApp/pastedVariables.ts); read as usual
 * otherwise.
 */
export function readTemplateText(context: IExecuteFunctions, name: string, itemIndex: number, fallback: unknown): unknown {
	const raw = context.getNodeParameter(name, itemIndex, fallback, { rawExpressions: true });
	const kept = keepWhatsAppVariablesDeep(raw);
	if (kept === undefined) return context.getNodeParameter(name, itemIndex, fallback);
	return resolve(context, kept, itemIndex);
}
