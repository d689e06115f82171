import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { templateSendOptions } from '../../descriptions/messageOptions';
import { recipientField } from '../../descriptions/recipient';
import { includeUnapprovedTemplatesField, rcsTemplateLocator, resolveTemplateLocator, TEMPLATE_NAME_RULES } from '../../descriptions/templatePicker';
import { rcsVariablesFields } from '../../descriptions/templateVariables';
import { RCS_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/rcs';
import {
	buildRcsParameters,
	checkRcsParametersComplete,
	describeRcsTemplateVariables,
	parseParametersJson,
} from '../../helpers/payloads/rcsTemplate';
import { readSimpleTemplateValues } from '../../helpers/payloads/simpleTemplateValues';
import type { RcsTemplate } from '../../helpers/payloads/types';
import { messageSender, prepareMessage, readMappedValues } from '../shared/sendMessage';
import type { PreparedMessage } from '../shared/sendMessage';
import { lookUpSendableTemplate } from '../../methods/templateLookup';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	recipientField(),
	rcsTemplateLocator(),
	includeUnapprovedTemplatesField(),
	...rcsVariablesFields(),
	templateSendOptions(),
];

/**
 * An approved RCS template (INCS "Send RCS message") with every `[variable]` filled in. The template is
 * looked up once per execution, for its name (when picked by ID) and its variables; JSON mode by
 * name sends without a lookup.
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
): Promise<PreparedMessage<'rcs'>> {
	return await prepareMessage(this, itemIndex, async () => ({ type: 'template', template: await readTemplate(this, itemIndex, settings) }));
}

async function readTemplate(context: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<RcsTemplate> {
	const reference = resolveTemplateLocator(context.getNodeParameter('template', itemIndex), 'Template', TEMPLATE_NAME_RULES.rcs);
	const mode = context.getNodeParameter('variablesMode', itemIndex, 'mapper') as string;
	const transport = { ...settings.transport, itemIndex };

	if (mode === 'json') {
		const parameters = parseParametersJson(context.getNodeParameter('parametersJson', itemIndex, ''));
		let name = reference.name;
		if (name === undefined) {
			const definition = await lookUpSendableTemplate(context, 'rcs', reference, RCS_SENDABLE_TEMPLATE_STATUSES, transport);
			// The definition is at hand: report missing variables now rather than as INCS's 10004.
			checkRcsParametersComplete(describeRcsTemplateVariables(definition.content), parameters);
			name = definition.name;
		}
		return { name, ...(parameters ? { parameters } : {}) };
	} else {
		const definition = await lookUpSendableTemplate(context, 'rcs', reference, RCS_SENDABLE_TEMPLATE_STATUSES, transport);
		const trim = context.getNodeParameter('options.trimVariables', itemIndex, true) as boolean;
		const fields = describeRcsTemplateVariables(definition.content);
		const values =
			mode === 'simple'
				? readSimpleTemplateValues(context.getNodeParameter('variableValues', itemIndex, ''), fields)
				: readMappedValues(context, itemIndex);
		const parameters = buildRcsParameters(fields, values, trim);
		return { name: definition.name, ...(parameters ? { parameters } : {}) };
	}
}

export const send = messageSender('rcs');
