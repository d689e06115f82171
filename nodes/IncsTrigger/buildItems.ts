import type { IDataObject } from 'n8n-workflow';

import type { CallbackFilters } from './filters';
import { itemPassesFilters } from './filters';
import type { ClassifiedCallback } from './payloadTypes';
import type { CallbackBody } from './readBody';
import { simplifyCallback } from './simplify';

/**
 * The output of one callback, or an empty list when the filters leave nothing. Filters are
 * always judged on the simplified items, so they behave the same in raw mode: the raw payload
 * is emitted, untouched, when at least one of its items passes.
 */
export function buildOutputItems(
	callback: ClassifiedCallback,
	body: CallbackBody,
	filters: CallbackFilters,
	simplify: boolean,
): IDataObject[] {
	const passing = simplifyCallback(callback).filter((item) => itemPassesFilters(item, filters));
	if (simplify) return passing;
	return passing.length > 0 ? [body] : [];
}
