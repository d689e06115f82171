// Which resources and operations the INCS node offers, read from the running n8n (the node
// types it loaded from the installed package), so cases for operations that have not landed
// yet are reported as skipped instead of failing.

import { INCS_NODE_TYPE } from './incs';
import type { N8nClient } from './n8nClient';

interface Property {
	name: string;
	type: string;
	options?: Array<{ value?: unknown; name?: string; action?: string }>;
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
	/**
	 * The action texts of the newest INCS node version, resource by resource in the order the
	 * node declares them: what n8n's node creator lists (Send and Wait excepted, see `except`).
	 */
	actions(except?: string[]): string[];
}

const newestVersion = (description: NodeDescription): number => Math.max(...[description.version].flat());

function actionsOf(description: NodeDescription | undefined, except: string[]): string[] {
	const properties = description?.properties ?? [];
	const resources = (properties.find((p) => p.name === 'resource')?.options ?? []).map((option) => option.value);
	return resources.flatMap((resource) =>
		properties
			.filter((p) => p.name === 'operation' && (p.displayOptions?.show?.resource ?? []).includes(resource))
			.flatMap((p) => p.options ?? [])
			.filter((option) => !except.includes(String(option.value)) && option.action !== undefined)
			.map((option) => option.action as string),
	);
}

export async function loadNodeCatalog(client: N8nClient): Promise<NodeCatalog> {
	const descriptions = await client.get<NodeDescription[]>('/types/nodes.json');
	const incs = descriptions.filter((d) => d.name === INCS_NODE_TYPE);
	const properties = incs.flatMap((d) => d.properties);
	const newest = [...incs].sort((a, b) => newestVersion(b) - newestVersion(a))[0];
	return {
		loadedTypes: new Set(descriptions.map((d) => d.name)),
		properties,
		actions: (except = []) => actionsOf(newest, except),
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
