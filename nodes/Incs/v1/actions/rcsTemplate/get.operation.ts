import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { readTemplateId, rcsTemplateByIdLocator } from '../../descriptions/templateIdLocator';
import { simplifyField } from '../../descriptions/templateOutput';
import { RCS_TEMPLATES } from '../shared/templateKinds';
import { getTemplate } from '../shared/templateRequests';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [rcsTemplateByIdLocator(), simplifyField(), optionsCollection()];

/** One RCS template by ID (INCS "RCS Templates API: Get template"). */
export async function execute(this: IExecuteFunctions, itemIndex: number, settings: RunSettings): Promise<IDataObject> {
	return await getTemplate(this, itemIndex, settings, RCS_TEMPLATES, readTemplateId(this.getNodeParameter('template', itemIndex)));
}
