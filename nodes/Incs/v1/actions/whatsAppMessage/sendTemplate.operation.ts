import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { templateSendOptions } from '../../descriptions/messageOptions';
import { recipientField } from '../../descriptions/recipient';
import {
	includeUnapprovedTemplatesField,
	resolveTemplateLocator,
	TEMPLATE_NAME_RULES,
	whatsAppTemplateLocator,
} from '../../descriptions/templatePicker';
import { whatsAppVariablesFields } from '../../descriptions/templateVariables';
import { WHATSAPP_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/whatsapp';
import type { WhatsAppTemplate } from '../../helpers/payloads/types';
import { buildWhatsAppTemplateComponents, describeWhatsAppTemplateVariables, parseComponentsJson } from '../../helpers/payloads/whatsAppTemplate';
import { messageSender, prepareMessage } from '../shared/sendMessage';
import { readWhatsAppVariableValues } from '../shared/whatsAppVariableValues';
import type { PreparedMessage } from '../shared/sendMessage';
import { lookUpSendableTemplate } from '../../methods/templateLookup';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	recipientField(),
	whatsAppTemplateLocator(),
	includeUnapprovedTemplatesField(),
	...whatsAppVariablesFields(),
	templateSendOptions(),
];

/**
 * An approved WhatsApp template (INCS "Send WhatsApp message" (template)), which may be sent at any time. The template's
 * definition is looked up once per execution: it gives the name a send needs when the template
 * was picked by ID, and the variables every item must fill.
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
): Promise<PreparedMessage<'whatsapp'>> {
	return await prepareMessage(this, itemIndex, async () => ({ type: 'template', template: await readTemplate(this, itemIndex, settings) }));
}

async function readTemplate(context: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<WhatsAppTemplate> {
	const reference = resolveTemplateLocator(context.getNodeParameter('template', itemIndex), 'Template', TEMPLATE_NAME_RULES.whatsApp);
	const mode = context.getNodeParameter('variablesMode', itemIndex, 'mapper') as string;
	const transport = { ...settings.transport, itemIndex };

	if (mode === 'json') {
		const components = parseComponentsJson(context.getNodeParameter('componentsJson', itemIndex, ''));
		// JSON by name needs no lookup; an ID still has to become a name.
		let name = reference.name;
		if (name === undefined) {
			const definition = await lookUpSendableTemplate(context, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES, transport);
			name = definition.name;
		}
		return { name, ...(components ? { components } : {}) };
	} else {
		const definition = await lookUpSendableTemplate(context, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES, transport);
		const trim = context.getNodeParameter('options.trimVariables', itemIndex, true) as boolean;
		const fields = describeWhatsAppTemplateVariables(definition.components);
		const values = readWhatsAppVariableValues(context, itemIndex, fields);
		const components = buildWhatsAppTemplateComponents(fields, values, trim);
		return { name: definition.name, ...(components ? { components } : {}) };
	}
}

export const send = messageSender('whatsapp');
