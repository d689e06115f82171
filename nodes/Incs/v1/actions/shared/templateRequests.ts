import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { GET_MANY_DEFAULT_LIMIT } from '../../helpers/constants/getMany';
import type { TemplateFilters } from '../../helpers/templates/filters';
import { templateFilter } from '../../helpers/templates/filters';
import { checkInteger } from '../../helpers/validation';
import { apiRequest, apiRequestAllItems } from '../../transport';
import type { IncsHttpMethod } from '../../transport';
import type { RunSettings } from '../operation';

/**
 * The requests of the template resources, the same for WhatsApp and RCS templates but for the
 * collection path (`/external/templates` or `/external/templates/rcs`) and how a template is
 * simplified for output.
 */
export interface TemplateKind {
	path: string;
	simplify: (template: IDataObject) => IDataObject;
}

async function request(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	method: IncsHttpMethod,
	path: string,
	body?: IDataObject,
): Promise<IDataObject> {
	const data = await apiRequest.call(
		context,
		{ api: 'management', method, path, ...(body === undefined ? {} : { body }) },
		{ ...settings.transport, itemIndex },
	);
	return (data ?? {}) as IDataObject;
}

function output(context: IExecuteFunctions, itemIndex: number, kind: TemplateKind, template: IDataObject): IDataObject {
	return context.getNodeParameter('simplify', itemIndex, true) ? kind.simplify(template) : template;
}

const itemPath = (kind: TemplateKind, id: string) => `${kind.path}/${encodeURIComponent(id)}`;

/** Create: the checked body is submitted for review; INCS answers with the new template. */
export async function createTemplate(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	kind: TemplateKind,
	body: object,
): Promise<IDataObject> {
	const created = await request(context, itemIndex, settings, 'POST', kind.path, body as IDataObject);
	return output(context, itemIndex, kind, created);
}

export async function getTemplate(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	kind: TemplateKind,
	id: string,
): Promise<IDataObject> {
	return output(context, itemIndex, kind, await request(context, itemIndex, settings, 'GET', itemPath(kind, id)));
}

/** Delete: INCS answers with empty data, so the output says what was deleted. */
export async function deleteTemplate(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	kind: TemplateKind,
	id: string,
): Promise<IDataObject> {
	await request(context, itemIndex, settings, 'DELETE', itemPath(kind, id));
	return { id, deleted: true };
}

/**
 * Get Many: Return All or Limit, filters applied while paging (so Limit counts matching
 * templates), and the simplified or raw resource per item.
 */
export async function getManyTemplates(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	kind: TemplateKind,
): Promise<IDataObject[]> {
	const returnAll = context.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll
		? undefined
		: checkInteger('Limit', context.getNodeParameter('limit', itemIndex, GET_MANY_DEFAULT_LIMIT), 1, Number.MAX_SAFE_INTEGER);
	const filters = context.getNodeParameter('filters', itemIndex, {}) as TemplateFilters;
	const templates = await apiRequestAllItems.call(
		context,
		{ api: 'management', method: 'GET', path: kind.path },
		{ returnAll, limit, idField: 'template_id', filter: templateFilter(filters) },
		{ ...settings.transport, itemIndex },
	);
	return templates.map((template) => output(context, itemIndex, kind, template));
}
