import type { IExecuteFunctions } from 'n8n-workflow';

import { resolveTemplateLocator } from '../../descriptions/templatePicker';
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
import { readMappedValues } from '../shared/sendMessage';

/**
 * The approved template that carries the question (Message Format "Template"). Its definition is
 * looked up once per execution: the response links go into its URL buttons, the other variables
 * are mapped (or given as JSON) as in Send Template.
 */
export async function readResponseTemplate(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	links: ResponseLink[],
): Promise<WhatsAppTemplate> {
	const reference = resolveTemplateLocator(context.getNodeParameter('template', itemIndex));
	const transport = { ...settings.transport, itemIndex };
	const definition = await lookUpSendableTemplate(context, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES, transport);
	const buttons = responseButtonValues(definition.components ?? [], links);
	if (context.getNodeParameter('variablesMode', itemIndex, 'mapper') === 'json') {
		const given = parseComponentsJson(context.getNodeParameter('componentsJson', itemIndex, ''));
		return { name: definition.name, components: withResponseButtons(given, buttons) };
	}
	const components = buildWhatsAppTemplateComponents(
		describeWhatsAppTemplateVariables(definition.components),
		{ ...readMappedValues(context, itemIndex), ...buttons },
		true,
	);
	return { name: definition.name, ...(components ? { components } : {}) };
}
