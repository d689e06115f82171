import type { INodeProperties } from 'n8n-workflow';

/** Return All, Limit and a Filters collection, for the template Get Many operations. */
export function getManyFields(noun: string, filters: INodeProperties[]): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, numberPrecision: 0 },
			// n8n's lint rule wants the literal; a test keeps it equal to GET_MANY_DEFAULT_LIMIT.
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			description: `Only ${noun} that match every filter are returned; Limit counts matching ${noun}`,
			options: [...filters].sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
	];
}

/** A Name Contains filter (case-insensitive). */
export function nameContainsFilter(noun: string): INodeProperties {
	return {
		displayName: 'Name Contains',
		name: 'nameContains',
		type: 'string',
		default: '',
		placeholder: 'e.g. order',
		description: `Only ${noun} whose name contains this text, ignoring case`,
	};
}

/** A multi-select Status filter over the given statuses. */
export function statusFilter(statuses: readonly string[]): INodeProperties {
	return {
		displayName: 'Status',
		name: 'statuses',
		type: 'multiOptions',
		default: [],
		description: 'Only templates in one of these review statuses',
		options: statuses.map((status) => ({ name: titleCase(status), value: status })),
	};
}

/** `IN_APPEAL` → `In Appeal`, for option names. */
function titleCase(value: string): string {
	return value
		.toLowerCase()
		.split('_')
		.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}
