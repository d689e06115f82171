import type { IDataObject } from 'n8n-workflow';

import { unixToIso } from '../timestamps';

/** The fields people use from a WhatsApp template (REFERENCE §6.5), with ISO dates. */
export function simplifyWabaTemplate(resource: IDataObject): IDataObject {
	return {
		id: resource.template_id ?? null,
		name: resource.name ?? null,
		status: resource.status ?? null,
		category: resource.category ?? null,
		language: resource.language ?? null,
		// INCS sends "" when Meta has not rated the template yet.
		quality: resource.quality === '' || resource.quality === undefined ? null : resource.quality,
		createdAt: unixToIso(resource.created_time),
		updatedAt: unixToIso(resource.updated_time),
		statusUpdatedAt: unixToIso(resource.status_updated_time),
	};
}
