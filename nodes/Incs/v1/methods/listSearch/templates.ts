import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { INCLUDE_UNAPPROVED_PARAMETER } from '../../descriptions/templatePicker';
import { API_PATHS } from '../../transport/api';
import { RCS_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/rcs';
import { WHATSAPP_SENDABLE_TEMPLATE_STATUSES } from '../../helpers/constants/whatsapp';
import type { RcsTemplateResource, WabaTemplateResource } from '../../helpers/payloads/templateResources';
import { apiRequestAllItems } from '../../transport';

/**
 * Only a send needs an approved template. Send Template lists approved ones unless "Include
 * Unapproved Templates" is on; other operations (Get, Delete) have no such box and list all.
 */
function approvedOnly(context: ILoadOptionsFunctions): boolean {
	if (context.getCurrentNodeParameter('operation') !== 'sendTemplate') return false;
	return context.getCurrentNodeParameter(INCLUDE_UNAPPROVED_PARAMETER) !== true;
}

function matchesName(name: unknown, filter: string | undefined): boolean {
	if (!filter) return true;
	return String(name ?? '').toLowerCase().includes(filter.trim().toLowerCase());
}

async function listTemplates<T extends IDataObject>(
	context: ILoadOptionsFunctions,
	path: string,
	filter: string | undefined,
	sendable: readonly string[],
): Promise<T[]> {
	const onlyApproved = approvedOnly(context);
	const items = await apiRequestAllItems.call(
		context,
		{ api: 'management', method: 'GET', path },
		{
			returnAll: true,
			idField: 'template_id',
			filter: (item: IDataObject) =>
				matchesName(item.name, filter) &&
				(!onlyApproved || sendable.includes(String(item.status ?? '').toUpperCase())),
		},
	);
	return items as T[];
}

/** WhatsApp templates as `name (language) — CATEGORY — STATUS`, valued by template ID. */
export async function searchWhatsAppTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const templates = await listTemplates<WabaTemplateResource & IDataObject>(
		this,
		API_PATHS.wabaTemplates,
		filter,
		WHATSAPP_SENDABLE_TEMPLATE_STATUSES,
	);
	const results: INodeListSearchItems[] = templates.map((template) => ({
		name: `${template.name} (${template.language ?? '?'}) — ${template.category ?? '?'} — ${template.status ?? '?'}`,
		value: String(template.template_id),
	}));
	return { results };
}

/** RCS templates as `name (type) — CATEGORY — STATUS`, valued by template ID. */
export async function searchRcsTemplates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const templates = await listTemplates<RcsTemplateResource & IDataObject>(
		this,
		API_PATHS.rcsTemplates,
		filter,
		RCS_SENDABLE_TEMPLATE_STATUSES,
	);
	const results: INodeListSearchItems[] = templates.map((template) => ({
		name: `${template.name} (${template.type ?? '?'}) — ${template.category ?? '?'} — ${template.status ?? '?'}`,
		value: String(template.template_id),
	}));
	return { results };
}
