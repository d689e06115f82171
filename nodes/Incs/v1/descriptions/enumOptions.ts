import type { INodePropertyOptions } from 'n8n-workflow';

export interface OptionLabel {
	name: string;
	description?: string;
}

/**
 * The options of a selector built from an enum in the constants module: the constant is the one
 * list of values (the validator checks against it too), and the label map must name every value,
 * which TypeScript enforces. Sorted by name, as n8n's lint rules want.
 */
export function enumOptions<T extends string>(values: readonly T[], labels: Record<T, OptionLabel>): INodePropertyOptions[] {
	return enumOptionsInOrder(values, labels).sort((a, b) => a.name.localeCompare(b.name));
}

/** The same, in the constant's own order, for a list whose order means something (Minutes, Hours, Days). */
export function enumOptionsInOrder<T extends string>(values: readonly T[], labels: Record<T, OptionLabel>): INodePropertyOptions[] {
	return values.map((value) => ({ value, ...labels[value] }));
}
