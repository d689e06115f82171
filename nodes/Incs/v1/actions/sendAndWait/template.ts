import type { IExecuteFunctions } from 'n8n-workflow';

import { resolveTemplateLocator, TEMPLATE_NAME_RULES } from '../../descriptions/templatePicker';
import { WHATSAPP_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/whatsapp';
import type { WhatsAppTemplate } from '../../helpers/payloads/types';
import {
	buildWhatsAppTemplateComponents,
	describeWhatsAppTemplateVariables,
	parseComponentsJson,
} from '../../helpers/payloads/whatsAppTemplate';
import { responseButtonValues, withResponseButtons } from '../../helpers/sendAndWait/template';
import type { ResponseLink } from '../../helpers/sendAndWait/types';
import { lookUpSendableTemplate } from '../../methods/templateLookup';
import type { RunSettings } from '../operation';
import { readWhatsAppVariableValues } from '../shared/whatsAppVariableValues';

/**
 * The approved template that carries the question (Message Format "Template"). Its definition is
 * looked up once per execution: the response links go into its URL buttons, the other variables
 * are given in any Variables Mode (mapped, Simple Values or JSON) as in Send Template.
 */
export async function readResponseTemplate(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	links: ResponseLink[],
): Promise<WhatsAppTemplate> {
	const reference = resolveTemplateLocator(context.getNodeParameter('template', itemIndex), 'Template', TEMPLATE_NAME_RULES.whatsApp);
	const transport = { ...settings.transport, itemIndex };
	const definition = await lookUpSendableTemplate(context, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES, transport);
	const buttons = responseButtonValues(definition.components ?? [], links);
	if (context.getNodeParameter('variablesMode', itemIndex, 'mapper') === 'json') {
		const given = parseComponentsJson(context.getNodeParameter('componentsJson', itemIndex, ''));
		return { name: definition.name, components: withResponseButtons(given, buttons) };
	}
	const fields = describeWhatsAppTemplateVariables(definition.components);
	// The response buttons are the node's to fill: the person's values (mapped or Simple Values) are
	// for the other variables only.
	const own = fields.filter((field) => !(field.id in buttons));
	const components = buildWhatsAppTemplateComponents(fields, { ...readWhatsAppVariableValues(context, itemIndex, own), ...buttons }, true);
	return { name: definition.name, ...(components ? { components } : {}) };
}
