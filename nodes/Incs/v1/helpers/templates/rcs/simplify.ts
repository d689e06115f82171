import type { IDataObject } from 'n8n-workflow';

import { unixToIso } from '../timestamps';

/** The fields people use from an RCS template (REFERENCE §8.5), with ISO dates. */
export function simplifyRcsTemplate(resource: IDataObject): IDataObject {
	return {
		id: resource.template_id ?? null,
		name: resource.name ?? null,
		status: resource.status ?? null,
		// Older INCS answers and the create answer carry no category (REFERENCE D14).
		category: resource.category ?? null,
		type: resource.type ?? null,
		createdAt: unixToIso(resource.created_time),
		updatedAt: unixToIso(resource.updated_time),
		statusUpdatedAt: unixToIso(resource.status_updated_time),
	};
}
