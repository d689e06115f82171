import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { templateSendOptions } from '../../descriptions/messageOptions';
import { recipientField } from '../../descriptions/recipient';
import { includeUnapprovedTemplatesField, rcsTemplateLocator, resolveTemplateLocator } from '../../descriptions/templatePicker';
import { rcsVariablesFields } from '../../descriptions/templateVariables';
import { RCS_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/rcs';
import {
	buildRcsParameters,
	checkRcsParametersComplete,
	describeRcsTemplateVariables,
	parseParametersJson,
} from '../../helpers/payloads/rcsTemplate';
import type { RcsTemplate } from '../../helpers/payloads/types';
import { readMappedValues, readRecipient, sendMessage } from '../shared/sendMessage';
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
 * An approved RCS template (REFERENCE §5.3) with every `[variable]` filled in. The template is
 * looked up once per execution, for its name (when picked by ID) and its variables; JSON mode by
 * name sends without a lookup.
 */
export async function prepare(
	this: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
): Promise<PreparedMessage<'rcs'>> {
	const to = readRecipient(this, itemIndex);
	const reference = resolveTemplateLocator(this.getNodeParameter('template', itemIndex));
	const mode = this.getNodeParameter('variablesMode', itemIndex, 'mapper') as string;
	const transport = { ...settings.transport, itemIndex };

	let template: RcsTemplate;
	if (mode === 'json') {
		const parameters = parseParametersJson(this.getNodeParameter('parametersJson', itemIndex, ''));
		let name = reference.name;
		if (name === undefined) {
			const definition = await lookUpSendableTemplate(this, 'rcs', reference, RCS_SENDABLE_TEMPLATE_STATUSES, transport);
			// The definition is at hand: report missing variables now rather than as INCS's 10004.
			checkRcsParametersComplete(describeRcsTemplateVariables(definition.content), parameters);
			name = definition.name;
		}
		template = { name, ...(parameters ? { parameters } : {}) };
	} else {
		const definition = await lookUpSendableTemplate(this, 'rcs', reference, RCS_SENDABLE_TEMPLATE_STATUSES, transport);
		const trim = this.getNodeParameter('options.trimVariables', itemIndex, true) as boolean;
		const parameters = buildRcsParameters(
			describeRcsTemplateVariables(definition.content),
			readMappedValues(this, itemIndex),
			trim,
		);
		template = { name: definition.name, ...(parameters ? { parameters } : {}) };
	}
	return { to, payload: { type: 'template', template } };
}

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	prepared?: PreparedMessage<'rcs'>,
): Promise<IDataObject> {
	const message = prepared ?? (await prepare.call(this, itemIndex, settings));
	return await sendMessage(this, 'rcs', message, itemIndex, settings);
}
