import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { GET_MANY_DEFAULT_LIMIT } from '../../helpers/constants/getMany';
import type { TemplateFilters } from '../../helpers/templates/filters';
import { templateFilter } from '../../helpers/templates/filters';
import { checkInteger } from '../../helpers/validation/values';
import { apiRequest, apiRequestAllItems } from '../../transport';
import type { IncsHttpMethod } from '../../transport';
import type { RunSettings, SendStep } from '../operation';

/**
 * The requests of the template resources, the same for WhatsApp and RCS templates but for the
 * collection path (`/external/templates` or `/external/templates/rcs`) and how a template is
 * simplified for output.
 */
export interface TemplateKind {
	path: string;
	simplify: (template: IDataObject) => IDataObject;
}

/** A create, read and checked: the body to submit and whether the answer is simplified. */
export interface PreparedCreate<Body extends object> {
	body: Body;
	simplify: boolean;
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

export function readSimplify(context: IExecuteFunctions, itemIndex: number): boolean {
	return context.getNodeParameter('simplify', itemIndex, true) as boolean;
}

const output = (kind: TemplateKind, simplify: boolean, template: IDataObject) => (simplify ? kind.simplify(template) : template);

const itemPath = (kind: TemplateKind, id: string) => `${kind.path}/${encodeURIComponent(id)}`;

/** The `send` of a create: the checked body is submitted for review; INCS answers with the new template. */
export function templateCreator<Body extends object>(kind: TemplateKind): SendStep<PreparedCreate<Body>> {
	return async function send(itemIndex, settings, { body, simplify }) {
		return output(kind, simplify, await request(this, itemIndex, settings, 'POST', kind.path, body as IDataObject));
	};
}

/** The `send` of a delete: INCS answers with empty data, so the output says what was deleted. */
export function templateDeleter(kind: TemplateKind): SendStep<{ id: string }> {
	return async function send(itemIndex, settings, { id }) {
		await request(this, itemIndex, settings, 'DELETE', itemPath(kind, id));
		return { id, deleted: true };
	};
}

export async function getTemplate(
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	kind: TemplateKind,
	id: string,
): Promise<IDataObject> {
	const template = await request(context, itemIndex, settings, 'GET', itemPath(kind, id));
	return output(kind, readSimplify(context, itemIndex), template);
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
	const simplify = readSimplify(context, itemIndex);
	return templates.map((template) => output(kind, simplify, template));
}
