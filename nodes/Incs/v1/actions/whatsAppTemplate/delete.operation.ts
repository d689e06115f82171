import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, whatsAppTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { WHATSAPP_TEMPLATES } from '../shared/templateKinds';
import { deleteTemplate } from '../shared/templateRequests';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	whatsAppTemplateByIdLocator({ description: 'The WhatsApp template to delete. Deleting cannot be undone.' }),
	optionsCollection(),
];

/** Delete a WhatsApp template (REFERENCE §6.2); INCS answers with empty data. */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject> {
	return await deleteTemplate(this, itemIndex, settings, WHATSAPP_TEMPLATES, readTemplateId(this.getNodeParameter('template', itemIndex)));
}
