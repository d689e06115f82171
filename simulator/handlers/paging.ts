// Keyset paging parameters shared by both template lists (§6.4, §8.8).

import { invalid } from '../validation/common';
import { PAGE_COUNT_DEFAULT, PAGE_COUNT_MAX } from '../limits';

export interface Page {
	lastId: string | undefined;
	count: number;
}

export function parsePage(query: URLSearchParams): Page {
	const rawCount = query.get('count');
	let count = PAGE_COUNT_DEFAULT;
	if (rawCount !== null && rawCount !== '') {
		if (!/^-?\d+$/.test(rawCount)) invalid('The count must be an integer.');
		count = Number(rawCount);
		if (count < 1) invalid('The count must be at least 1.');
		if (count > PAGE_COUNT_MAX) invalid(`The count may not be greater than ${PAGE_COUNT_MAX}.`);
	}
	const rawLastId = query.get('last_id');
	let lastId: string | undefined;
	if (rawLastId !== null && rawLastId !== '') {
		if (!/^\d{1,20}$/.test(rawLastId)) invalid('The last_id must be a template ID.');
		lastId = rawLastId;
	}
	return { lastId, count };
}
