import type { ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { resolveTemplateLocator, type TemplateReference } from '../../descriptions/templatePicker';
import { RCS_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/rcs';
import { WHATSAPP_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/whatsapp';
import { describeRcsTemplateVariables } from '../../helpers/payloads/rcsTemplate';
import { describeRcsTemplateText, describeWhatsAppTemplateText } from '../../helpers/payloads/templateOverview';
import type { WabaDefinitionComponent } from '../../helpers/payloads/templateResources';
import { describeWhatsAppTemplateVariables } from '../../helpers/payloads/whatsAppTemplate';
import { responseButtonFieldIds, responseLinkCount } from '../../helpers/sendAndWait/template';
import { lookUpTemplate } from '../templateLookup';

const NO_TEMPLATE = 'Pick a template first; its variables then appear here.';
const NO_VARIABLES = 'This template has no variables: it is sent exactly as approved.';

/**
 * The key of the read-only field that shows the template's text above its variables. Not a
 * variable name of either channel (WhatsApp ids are `body_1`…, RCS names are letters, digits and
 * `_`), so a send never reads it as a value.
 */
export const TEMPLATE_TEXT_FIELD_ID = 'template-text';

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

/** A required text field of the mapper, as every variable or example field is. */
export function toMapperField(field: { id: string; displayName: string }): ResourceMapperField {
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

/**
 * The template's text as a read-only first field: n8n's mapper has no notice or hint of its own
 * for loaded fields, and a field is the one place it shows text that depends on the template.
 */
function templateTextField(lines: string[]): ResourceMapperField {
	return {
		id: TEMPLATE_TEXT_FIELD_ID,
		displayName: 'Template Text (read only)',
		required: false,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		readOnly: true,
		type: 'string',
		defaultValue: lines.join('\n'),
	};
}

/**
 * A failed lookup (wrong certification code, INCS unreachable, template deleted) as the notice
 * the mapper shows instead of its fields. Thrown, n8n would show a bare red "Retry" with no
 * reason. Transport errors carry no certification code (transport/redact.ts).
 */
function lookupFailed(error: unknown): ResourceMapperFields {
	const message = error instanceof Error ? error.message : String(error);
	const description = typeof error === 'object' && error !== null && 'description' in error ? String((error as { description: unknown }).description ?? '') : '';
	const reason = [message, description].filter((part) => part.trim() !== '').join(' — ');
	return { fields: [], emptyFieldsNotice: `The template's variables could not be loaded: ${reason}` };
}

function withText(fields: ResourceMapperField[], lines: string[], noVariables = NO_VARIABLES): ResourceMapperFields {
	if (fields.length === 0) return { fields, emptyFieldsNotice: noVariables };
	return { fields: lines.length > 0 ? [templateTextField(lines), ...fields] : fields };
}

/**
 * Send and Wait's template format: the URL buttons that carry the answer links are the node's to
 * fill, so they are not listed (a required field left empty would mark the node as unfinished).
 * Which buttons depends on the response type (helpers/sendAndWait/template.ts).
 */
function answerButtonIds(context: ILoadOptionsFunctions, components: WabaDefinitionComponent[]): string[] {
	if (context.getNodeParameter('operation', '') !== 'sendAndWait') return [];
	const approval = context.getNodeParameter('approvalOptions', {}) as { values?: { approvalType?: unknown } };
	const count = responseLinkCount(context.getNodeParameter('responseType', 'approval'), approval.values?.approvalType);
	return responseButtonFieldIds(components, count);
}

/** One mapper field per header, body and button variable of the chosen WhatsApp template. */
export async function getWhatsAppTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const reference = chosenTemplate(this);
	if (reference === undefined) return { fields: [], emptyFieldsNotice: NO_TEMPLATE };
	try {
		const template = await lookUpTemplate(this, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES);
		const components = template.components ?? [];
		const answerButtons = answerButtonIds(this, components);
		const fields = describeWhatsAppTemplateVariables(components).filter((field) => !answerButtons.includes(field.id));
		const lines = describeWhatsAppTemplateText(components);
		if (answerButtons.length === 0) return withText(fields.map(toMapperField), lines);
		const filled = `The node puts the answer ${answerButtons.length === 1 ? 'link into the first URL button' : `links into the first ${answerButtons.length} URL buttons`} with a variable.`;
		return withText(fields.map(toMapperField), [...lines, filled], `${filled} This template has no other variables.`);
	} catch (error) {
		return lookupFailed(error);
	}
}

/** One mapper field per `[variable]` anywhere in the chosen RCS template. */
export async function getRcsTemplateVariables(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const reference = chosenTemplate(this);
	if (reference === undefined) return { fields: [], emptyFieldsNotice: NO_TEMPLATE };
	try {
		const template = await lookUpTemplate(this, 'rcs', reference, RCS_SENDABLE_TEMPLATE_STATUSES);
		const fields = describeRcsTemplateVariables(template.content).map(toMapperField);
		return withText(fields, describeRcsTemplateText(template.content));
	} catch (error) {
		return lookupFailed(error);
	}
}
