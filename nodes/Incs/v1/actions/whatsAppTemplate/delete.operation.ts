import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, whatsAppTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { WHATSAPP_TEMPLATES } from '../shared/templateKinds';
import { templateDeleter } from '../shared/templateRequests';

export const description: INodeProperties[] = [
	whatsAppTemplateByIdLocator({ description: 'The WhatsApp template to delete. Deleting cannot be undone.' }),
	optionsCollection(),
];

/** The template ID of one item, checked; nothing is deleted yet (see WriteOperation). */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<{ id: string }> {
	return { id: readTemplateId(this.getNodeParameter('template', itemIndex)) };
}

/** Delete a WhatsApp template (INCS "WABA API": Delete template); INCS answers with empty data. */
export const send = templateDeleter(WHATSAPP_TEMPLATES);
