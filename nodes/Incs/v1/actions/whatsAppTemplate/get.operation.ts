import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, whatsAppTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { simplifyField } from '../../descriptions/templateOutput';
import { WHATSAPP_TEMPLATES } from '../shared/templateKinds';
import { getTemplate } from '../shared/templateRequests';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [whatsAppTemplateByIdLocator(), simplifyField(), optionsCollection()];

/** One WhatsApp template by ID (INCS "WABA API: Get template"). */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject> {
	return await getTemplate(this, itemIndex, settings, WHATSAPP_TEMPLATES, readTemplateId(this.getNodeParameter('template', itemIndex)));
}
