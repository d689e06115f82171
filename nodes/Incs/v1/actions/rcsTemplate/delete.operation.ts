import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, rcsTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { RCS_TEMPLATES } from '../shared/templateKinds';
import { deleteTemplate } from '../shared/templateRequests';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [
	rcsTemplateByIdLocator({ description: 'The RCS template to delete. Deleting cannot be undone.' }),
	optionsCollection(),
];

/** Delete an RCS template (REFERENCE §8.6); INCS answers with empty data. */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject> {
	return await deleteTemplate(this, itemIndex, settings, RCS_TEMPLATES, readTemplateId(this.getNodeParameter('template', itemIndex)));
}
