import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { templateSendOptions } from '../../descriptions/messageOptions';
import { recipientField } from '../../descriptions/recipient';
import {
	includeUnapprovedTemplatesField,
	resolveTemplateLocator,
	whatsAppTemplateLocator,
} from '../../descriptions/templatePicker';
import { whatsAppVariablesFields } from '../../descriptions/templateVariables';
import { WHATSAPP_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/whatsapp';
import type { WhatsAppTemplate } from '../../helpers/payloads/types';
import {
	buildWhatsAppTemplateComponents,
	describeWhatsAppTemplateVariables,
	parseComponentsJson,
} from '../../helpers/payloads/whatsAppTemplate';
import { readMappedValues, readRecipient, sendMessage } from '../shared/sendMessage';
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
 * An approved WhatsApp template (REFERENCE §5.1.1), which may be sent at any time. The template's
 * definition is looked up once per execution: it gives the name a send needs when the template
 * was picked by ID, and the variables every item must fill.
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
): Promise<PreparedMessage<'whatsapp'>> {
	const to = readRecipient(this, itemIndex);
	const reference = resolveTemplateLocator(this.getNodeParameter('template', itemIndex));
	const mode = this.getNodeParameter('variablesMode', itemIndex, 'mapper') as string;
	const transport = { ...settings.transport, itemIndex };

	let template: WhatsAppTemplate;
	if (mode === 'json') {
		const components = parseComponentsJson(this.getNodeParameter('componentsJson', itemIndex, ''));
		// JSON by name needs no lookup; an ID still has to become a name.
		let name = reference.name;
		if (name === undefined) {
			const definition = await lookUpSendableTemplate(this, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES, transport);
			name = definition.name;
		}
		template = { name, ...(components ? { components } : {}) };
	} else {
		const definition = await lookUpSendableTemplate(this, 'whatsApp', reference, WHATSAPP_SENDABLE_TEMPLATE_STATUSES, transport);
		const trim = this.getNodeParameter('options.trimVariables', itemIndex, true) as boolean;
		const components = buildWhatsAppTemplateComponents(
			describeWhatsAppTemplateVariables(definition.components),
			readMappedValues(this, itemIndex),
			trim,
		);
		template = { name: definition.name, ...(components ? { components } : {}) };
	}
	return { to, payload: { type: 'template', template } };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	prepared?: PreparedMessage<'whatsapp'>,
): Promise<IDataObject> {
	const message = prepared ?? (await prepare.call(this, itemIndex, settings));
	return await sendMessage(this, 'whatsapp', message, itemIndex, settings);
}
