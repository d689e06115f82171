import type { IDataObject } from 'n8n-workflow';

import { unixSecondsToIso } from '../../../../../shared/unixTime';

/** The fields people use from an RCS template (INCS "RCS Templates API" (template resource and statuses)), with ISO dates. */
export function simplifyRcsTemplate(resource: IDataObject): IDataObject {
	return {
		id: resource.template_id ?? null,
		name: resource.name ?? null,
		status: resource.status ?? null,
		// Older INCS answers and the create answer carry no category (older pages show no category).
		category: resource.category ?? null,
		type: resource.type ?? null,
		createdAt: unixSecondsToIso(resource.created_time),
		updatedAt: unixSecondsToIso(resource.updated_time),
		statusUpdatedAt: unixSecondsToIso(resource.status_updated_time),
	};
}
