import { findWhatsAppVariables } from '../../placeholders';
import type { WabaVariableExampleForm } from './formInput';

/** The body-examples resource mapper's value as n8n saves it (only `value` is read). */
export interface BodyExamplesMapperValue {
	value?: Record<string, unknown> | null;
}

/**
 * The body variable examples of a create, from the per-variable fields (one per `{{n}}` found in
 * the body text) or, for workflows saved before those fields existed, from the older list of
 * variable/example pairs. Fields left over from variables no longer in the text are ignored, so
 * editing the text never leaves a stale example behind. Any filled field wins over the old list.
 */
export function bodyExamplesOf(
	bodyText: string,
	mapper: BodyExamplesMapperValue | null | undefined,
	olderList: { example?: WabaVariableExampleForm[] } | undefined,
): { example: WabaVariableExampleForm[] } {
	const variables = new Set(findWhatsAppVariables(bodyText));
	const fromFields = Object.entries(mapper?.value ?? {})
		.filter(([variable, value]) => variables.has(variable) && value !== null && value !== undefined && String(value).trim() !== '')
		.map(([variable, value]) => ({ variable, value: String(value) }));
	if (fromFields.length > 0 || (olderList?.example ?? []).length === 0) return { example: fromFields };
	return { example: olderList?.example ?? [] };
}
