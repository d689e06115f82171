import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, rcsTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { simplifyField } from '../../descriptions/templateOutput';
import { API_PATHS } from '../../helpers/constants/api';
import { simplifyRcsTemplate } from '../../helpers/templates/rcs/simplify';
import { apiRequest } from '../../transport';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [rcsTemplateByIdLocator(), simplifyField(), optionsCollection()];

/** One RCS template by ID (REFERENCE §8.7). */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject> {
	const id = readTemplateId(this.getNodeParameter('template', itemIndex));
	const data = await apiRequest.call(
		this,
		{ api: 'management', method: 'GET', path: `${API_PATHS.rcsTemplates}/${encodeURIComponent(id)}` },
		{ ...settings.transport, itemIndex },
	);
	const resource = (data ?? {}) as IDataObject;
	return this.getNodeParameter('simplify', itemIndex, true) ? simplifyRcsTemplate(resource) : resource;
}
