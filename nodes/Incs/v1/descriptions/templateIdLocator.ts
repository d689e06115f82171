import type { INodeProperties } from 'n8n-workflow';

import { ValidationError } from '../helpers/validation/error';
import { resolveTemplateLocator, rcsTemplateLocator, whatsAppTemplateLocator } from './templatePicker';

/**
 * The template pickers of Get and Delete: from the list or by ID. The by-name mode is left out: a
 * WhatsApp name can exist once per language, so a name does not always identify one template, and
 * a delete must never guess.
 */
function listAndIdOnly(locator: INodeProperties): INodeProperties {
	return { ...locator, modes: (locator.modes ?? []).filter((mode) => mode.name !== 'name') };
}

export function whatsAppTemplateByIdLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return listAndIdOnly(whatsAppTemplateLocator(overrides));
}

export function rcsTemplateByIdLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return listAndIdOnly(rcsTemplateLocator(overrides));
}

/** The template ID the picker holds; a name (from an expression) is refused with a way out. */
export function readTemplateId(value: unknown): string {
	const reference = resolveTemplateLocator(value);
	if (reference.id !== undefined) return reference.id;
	throw new ValidationError(
		'Template',
		`"${reference.name ?? ''}" is a name, but this operation needs the template ID (digits only)`,
		'Pick the template from the list, or enter its ID. A Get Many with the Name Contains filter shows the IDs.',
	);
}
