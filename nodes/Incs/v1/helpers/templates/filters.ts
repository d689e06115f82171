import type { IDataObject } from 'n8n-workflow';

/**
 * Get Many filters. INCS's list endpoints take no filters (INCS "WABA API: List templates", "RCS Templates API: List templates"), so they are
 * applied to each page as it arrives and Limit counts matching templates only.
 */
export interface TemplateFilters {
	statuses?: string[];
	category?: string;
	language?: string;
	type?: string;
	nameContains?: string;
}

export function templateFilter(filters: TemplateFilters): ((template: IDataObject) => boolean) | undefined {
	const checks: Array<(template: IDataObject) => boolean> = [];
	const statuses = (filters.statuses ?? []).filter((status) => status !== '');
	if (statuses.length > 0) checks.push((template) => statuses.includes(String(template.status ?? '')));
	for (const key of ['category', 'language', 'type'] as const) {
		const wanted = (filters[key] ?? '').trim();
		// Language codes differ only in case between people's habits (en_us / en_US): compare without case.
		if (wanted !== '') checks.push((template) => String(template[key] ?? '').toLowerCase() === wanted.toLowerCase());
	}
	const fragment = (filters.nameContains ?? '').trim().toLowerCase();
	if (fragment !== '') checks.push((template) => String(template.name ?? '').toLowerCase().includes(fragment));
	return checks.length === 0 ? undefined : (template) => checks.every((check) => check(template));
}
