import type { ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { resolveTemplateLocator, type TemplateReference } from '../../descriptions/templatePicker';
import { RCS_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/rcs';
import { WHATSAPP_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/whatsapp';
import { describeRcsTemplateVariables } from '../../helpers/payloads/rcsTemplate';
import { describeWhatsAppTemplateVariables } from '../../helpers/payloads/whatsAppTemplate';
import { lookUpTemplate } from '../templateLookup';

const NO_TEMPLATE = 'Pick a template first; its variables then appear here.';
const NO_VARIABLES = 'This template has no variables: it is sent exactly as approved.';

/**
 * The chosen template, or undefined while none is chosen or it is an expression that needs input
 * data (the editor has none here): the mapper then explains instead of failing.
 */
function chosenTemplate(context: ILoadOptionsFunctions): TemplateReference | undefined {
	try {
		return resolveTemplateLocator(context.getNodeParameter('template', undefined));
	} catch {
		return undefined;
	}
}

function toMapperField(field: { id: string; displayName: string }): ResourceMapperField {
	return {
		id: field.id,
		displayName: field.displayName,
		required: true,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type: 'string',
	};
}

/** One mapper field per header, body and button variable of the chosen WhatsApp template. */
export async function getWhatsAppTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const reference = chosenTemplate(this);
	if (reference === undefined) return { fields: [], emptyFieldsNotice: NO_TEMPLATE };
	const template = await lookUpTemplate(this, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES);
	const fields = describeWhatsAppTemplateVariables(template.components).map(toMapperField);
	return fields.length > 0 ? { fields } : { fields, emptyFieldsNotice: NO_VARIABLES };
}

/** One mapper field per `[variable]` anywhere in the chosen RCS template. */
export async function getRcsTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const reference = chosenTemplate(this);
	if (reference === undefined) return { fields: [], emptyFieldsNotice: NO_TEMPLATE };
	const template = await lookUpTemplate(this, 'rcs', reference, RCS_SENDABLE_TEMPLATE_STATUSES);
	const fields = describeRcsTemplateVariables(template.content).map(toMapperField);
	return fields.length > 0 ? { fields } : { fields, emptyFieldsNotice: NO_VARIABLES };
}
