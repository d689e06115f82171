import type { IDataObject } from 'n8n-workflow';

import { unixSecondsToIso } from '../../../../../shared/unixTime';

/** The fields people use from a WhatsApp template (INCS "WABA API" (template resource)), with ISO dates. */
export function simplifyWabaTemplate(resource: IDataObject): IDataObject {
	return {
		id: resource.template_id ?? null,
		name: resource.name ?? null,
		status: resource.status ?? null,
		category: resource.category ?? null,
		language: resource.language ?? null,
		// INCS sends "" when Meta has not rated the template yet.
		quality: resource.quality === '' || resource.quality === undefined ? null : resource.quality,
		createdAt: unixSecondsToIso(resource.created_time),
		updatedAt: unixSecondsToIso(resource.updated_time),
		statusUpdatedAt: unixSecondsToIso(resource.status_updated_time),
	};
}
