import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_CONCURRENT_REQUESTS, DEFAULT_TIMEOUT_SECONDS, REQUEST_OPTIONS } from '../transport/settings';

/** How the node sends requests; every operation offers these in its Options. */
const requestOptionFields: INodeProperties[] = [
	{
		displayName: 'Max Attempts',
		name: 'maxAttempts',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: REQUEST_OPTIONS.maxAttempts.max },
		default: DEFAULT_MAX_ATTEMPTS,
		description:
			'How often one request is tried in all when INCS is rate limiting (and, for reads and deletes, when INCS or the network fails). A message send is never repeated after it may have reached INCS.',
	},
	{
		displayName: 'Max Concurrent Requests',
		name: 'maxConcurrentRequests',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: REQUEST_OPTIONS.maxConcurrentRequests.max },
		default: DEFAULT_MAX_CONCURRENT_REQUESTS,
		description:
			'How many items are sent to INCS at the same time. Output order always follows input order. The node slows down by itself when INCS rate limits.',
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: REQUEST_OPTIONS.timeout.max },
		default: DEFAULT_TIMEOUT_SECONDS,
		description: 'How long to wait for INCS to answer one request',
	},
];

/**
 * The Options collection of an operation: its own fields first, then the request options, sorted
 * by display name as n8n's lint rules require.
 */
export function optionsCollection(operationFields: INodeProperties[] = []): INodeProperties {
	const fields = [...operationFields, ...requestOptionFields].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	);
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: fields,
	};
}
