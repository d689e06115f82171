import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { PAGE_SIZE_MAX } from './api';
import { apiRequest } from './request';
import type { IncsContext, IncsRequest, TransportOptions } from './types';

export interface PagingOptions<T extends IDataObject> {
	/** Return every matching item; otherwise stop at `limit`. */
	returnAll: boolean;
	limit?: number;
	/** The field the next page starts after (`last_id`), e.g. `template_id`. */
	idField: string;
	/** Applied while paging, so Limit counts matching items only. */
	filter?: (item: T) => boolean;
	/** Page size asked of INCS (≤ 100). */
	pageSize?: number;
}

/**
 * Keyset paging over an INCS list endpoint (`last_id` + `count`). INCS returns no cursor or total,
 * so a page shorter than requested is the last one (INCS "WABA API: List templates").
 */
export async function apiRequestAllItems<T extends IDataObject>(
	this: IncsContext,
	request: IncsRequest,
	paging: PagingOptions<T>,
	options: TransportOptions = {},
): Promise<T[]> {
	const limit = paging.returnAll ? Number.POSITIVE_INFINITY : Math.max(0, paging.limit ?? 0);
	const results: T[] = [];
	if (limit === 0) return results;

	// Without a filter, a small Limit needs only one small page; with one, full pages waste fewer calls.
	const pageSize = Math.min(
		PAGE_SIZE_MAX,
		paging.pageSize ?? (paging.filter || paging.returnAll ? PAGE_SIZE_MAX : Math.max(1, limit)),
	);
	const seenCursors = new Set<string>();
	const seenIds = new Set<string>();
	let lastId: string | undefined;

	for (;;) {
		const qs: IDataObject = { ...(request.qs ?? {}), count: pageSize };
		if (lastId !== undefined) qs.last_id = lastId;
		const page = await apiRequest.call(this, { ...request, qs }, options);
		if (!Array.isArray(page)) {
			throw new NodeOperationError(this.getNode(), 'INCS returned a list page that is not a list', {
				description: 'This is unexpected from INCS. Try again; if it persists, contact INCS support.',
				itemIndex: options.itemIndex,
			});
		}
		for (const entry of page as T[]) {
			// Keyset pages must not overlap; if INCS ever repeats an item, it is output once.
			const id = String(entry[paging.idField]);
			if (seenIds.has(id)) continue;
			seenIds.add(id);
			if (paging.filter && !paging.filter(entry)) continue;
			results.push(entry);
			if (results.length >= limit) return results;
		}
		if (page.length < pageSize) return results;

		const next = (page[page.length - 1] as T)[paging.idField];
		if (typeof next !== 'string' && typeof next !== 'number') return results;
		lastId = String(next);
		// A server that ignores last_id would otherwise make this loop forever.
		if (seenCursors.has(lastId)) return results;
		seenCursors.add(lastId);
	}
}
