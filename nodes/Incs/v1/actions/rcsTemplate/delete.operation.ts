import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, rcsTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { API_PATHS } from '../../helpers/constants/api';
import { apiRequest } from '../../transport';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	rcsTemplateByIdLocator({ description: 'The RCS template to delete. Deleting cannot be undone.' }),
	optionsCollection(),
];

/** Delete an RCS template (REFERENCE §8.6); INCS answers with empty data. */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject> {
	const id = readTemplateId(this.getNodeParameter('template', itemIndex));
	await apiRequest.call(
		this,
		{ api: 'management', method: 'DELETE', path: `${API_PATHS.rcsTemplates}/${encodeURIComponent(id)}` },
		{ ...settings.transport, itemIndex },
	);
	return { id, deleted: true };
}
