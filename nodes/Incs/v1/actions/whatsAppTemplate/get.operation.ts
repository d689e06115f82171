import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, whatsAppTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { simplifyField } from '../../descriptions/templateOutput';
import { API_PATHS } from '../../helpers/constants/api';
import { simplifyWabaTemplate } from '../../helpers/templates/whatsApp/simplify';
import { apiRequest } from '../../transport';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [whatsAppTemplateByIdLocator(), simplifyField(), optionsCollection()];

/** One WhatsApp template by ID (REFERENCE §6.3). */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject> {
	const id = readTemplateId(this.getNodeParameter('template', itemIndex));
	const data = await apiRequest.call(
		this,
		{ api: 'management', method: 'GET', path: `${API_PATHS.wabaTemplates}/${encodeURIComponent(id)}` },
		{ ...settings.transport, itemIndex },
	);
	const resource = (data ?? {}) as IDataObject;
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyWabaTemplate(resource) : resource;
}
