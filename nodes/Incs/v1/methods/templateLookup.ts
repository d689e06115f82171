import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TemplateReference } from '../descriptions/templatePicker';
import type { RcsTemplateResource, WabaTemplateResource } from '../helpers/payloads/templateResources';
import { checkSendableStatus } from '../helpers/templateStatus';
import { apiRequest, apiRequestAllItems } from '../transport';
import { API_PATHS } from '../transport/api';
import type { IncsContext, TransportOptions } from '../transport';

type Kind = 'whatsApp' | 'rcs';
type Resource<K extends Kind> = K extends 'whatsApp' ? WabaTemplateResource : RcsTemplateResource;

const PATHS: Record<Kind, string> = { whatsApp: API_PATHS.wabaTemplates, rcs: API_PATHS.rcsTemplates };
const NOUNS: Record<Kind, string> = { whatsApp: 'WhatsApp', rcs: 'RCS' };

/**
 * One lookup per distinct template per execution: a campaign of 100,000 items sends with one
 * template, so its definition is fetched once and shared (also by items in flight at the same
 * time, hence promises). Keyed by the context object, so nothing outlives the execution.
 */
const cache = new WeakMap<object, Map<string, Promise<WabaTemplateResource | RcsTemplateResource>>>();

function isStatus(status: string | undefined, statuses: readonly string[]): boolean {
	return statuses.includes((status ?? '').toUpperCase());
}

async function fetchTemplate<K extends Kind>(
	context: IncsContext,
	kind: K,
	reference: TemplateReference,
	preferredStatuses: readonly string[],
	options: TransportOptions,
): Promise<Resource<K>> {
	if (reference.id !== undefined) {
		const data = await apiRequest.call(
			context,
			{ api: 'management', method: 'GET', path: `${PATHS[kind]}/${encodeURIComponent(reference.id)}` },
			options,
		);
		return data as Resource<K>;
	}
	const name = reference.name ?? '';
	const matches = (await apiRequestAllItems.call(
		context,
		{ api: 'management', method: 'GET', path: PATHS[kind] },
		{ returnAll: true, idField: 'template_id', filter: (item: IDataObject) => item.name === name },
		options,
	)) as Array<Resource<K>>;
	if (matches.length === 0) {
		throw new NodeOperationError(context.getNode(), `There is no ${NOUNS[kind]} template named "${name}"`, {
			description: 'Check the spelling (names are case-sensitive), or pick the template from the list.',
			itemIndex: options.itemIndex,
		});
	}
	// WhatsApp names repeat across languages; a sendable one is the one a send will use.
	return matches.find((template) => isStatus(template.status, preferredStatuses)) ?? matches[0];
}

/** The template's definition by ID or by name, fetched once per execution context. */
export async function lookUpTemplate<K extends Kind>(
	context: IncsContext | IExecuteFunctions,
	kind: K,
	reference: TemplateReference,
	preferredStatuses: readonly string[],
	options: TransportOptions = {},
): Promise<Resource<K>> {
	let entries = cache.get(context);
	if (entries === undefined) {
		entries = new Map();
		cache.set(context, entries);
	}
	const key = `${kind}:${reference.id !== undefined ? `id:${reference.id}` : `name:${reference.name ?? ''}`}`;
	let pending = entries.get(key);
	if (pending === undefined) {
		pending = fetchTemplate(context, kind, reference, preferredStatuses, options);
		entries.set(key, pending);
	}
	return (await pending) as Resource<K>;
}

/** The template's definition, checked to be sendable (approved) before any message uses it. */
export async function lookUpSendableTemplate<K extends Kind>(
	context: IncsContext | IExecuteFunctions,
	kind: K,
	reference: TemplateReference,
	sendableStatuses: readonly string[],
	options: TransportOptions = {},
): Promise<Resource<K>> {
	const definition = await lookUpTemplate(context, kind, reference, sendableStatuses, options);
	checkSendableStatus(definition, sendableStatuses);
	return definition;
}
