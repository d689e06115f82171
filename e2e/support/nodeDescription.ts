// Which resources and operations the INCS node offers, read from the running n8n (the node
// types it loaded from the installed package), so cases for operations that have not landed
// yet are reported as skipped instead of failing.

import { INCS_NODE_TYPE } from './incs';
import type { N8nClient } from './n8nClient';

interface Property {
	name: string;
	type: string;
	options?: Array<{ value?: unknown; name?: string }>;
	displayOptions?: { show?: Record<string, unknown[]> };
}

interface NodeDescription {
	name: string;
	version: number | number[];
	properties: Property[];
}

export interface NodeCatalog {
	/** Node type names n8n loaded (from this package and n8n's own). */
	loadedTypes: Set<string>;
	hasOperation(resource: string, operation: string): boolean;
	properties: Property[];
}

export async function loadNodeCatalog(client: N8nClient): Promise<NodeCatalog> {
	const descriptions = await client.get<NodeDescription[]>('/types/nodes.json');
	const incs = descriptions.filter((d) => d.name === INCS_NODE_TYPE);
	const properties = incs.flatMap((d) => d.properties);
	return {
		loadedTypes: new Set(descriptions.map((d) => d.name)),
		properties,
		hasOperation(resource: string, operation: string): boolean {
			return properties.some(
				(p) =>
					p.name === 'operation' &&
					(p.displayOptions?.show?.resource ?? []).includes(resource) &&
					(p.options ?? []).some((option) => option.value === operation),
			);
		},
	};
}
