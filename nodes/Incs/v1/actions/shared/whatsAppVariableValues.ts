import type { IExecuteFunctions } from 'n8n-workflow';

import { readSimpleTemplateValues, type SimpleVariable } from '../../helpers/payloads/simpleTemplateValues';
import type { WhatsAppVariableField } from '../../helpers/payloads/whatsAppTemplate';
import { readMappedValues } from './sendMessage';

/** A body variable may also be named as it is written, "1" for {{1}}, which is what an agent sees in the text. */
function simpleVariable(field: WhatsAppVariableField): SimpleVariable {
	return { id: field.id, displayName: field.displayName, ...(field.kind === 'body' ? { aliases: [field.variable] } : {}) };
}

/**
 * The values of a WhatsApp template's variable `fields` as the item gives them in the node's
 * Variables Mode: the mapper's fields, or Simple Values checked against `fields` (JSON mode gives
 * whole components and is read by the caller). Send Template and Send and Wait's template format
 * both read their variables here.
 */
export function readWhatsAppVariableValues(context: IExecuteFunctions, itemIndex: number, fields: WhatsAppVariableField[]): Record<string, unknown> {
	if (context.getNodeParameter('variablesMode', itemIndex, 'mapper') !== 'simple') return readMappedValues(context, itemIndex);
	return readSimpleTemplateValues(context.getNodeParameter('variableValues', itemIndex, ''), fields.map(simpleVariable));
}
