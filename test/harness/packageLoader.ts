import './quietLogs';
import { PackageDirectoryLoader } from 'n8n-core';
import type { ICredentialType, INodeTypeDescription } from 'n8n-workflow';

export interface LoadedNodeType {
	/** Full type name, e.g. 'n8n-nodes-incs.incs'. */
	typeName: string;
	/** Versions the loaded class answers to (all of a VersionedNodeType's versions). */
	versions: number[];
	/** Description of every version, as validated and collected by the loader (short `name`). */
	descriptions: INodeTypeDescription[];
	/** Path n8n loaded the class from. */
	sourcePath: string;
}

export interface LoadedCredentialType {
	name: string;
	displayName: string;
	/** Short names of the nodes n8n infers can use this credential. */
	supportedNodes: string[];
	type: ICredentialType;
	sourcePath: string;
}

export interface LoadedPackage {
	packageName: string;
	nodes: LoadedNodeType[];
	credentials: LoadedCredentialType[];
	/** The loader itself, for assertions on anything else it exposes (e.g. `known`, `types`). */
	loader: PackageDirectoryLoader;
}

function asVersionList(version: number | number[]): number[] {
	return Array.isArray(version) ? version : [version];
}

/**
 * Loads a built package directory (package.json with an `n8n` block, plus `dist/`) with
 * n8n-core's `PackageDirectoryLoader`, the class n8n uses for installed community packages. A
 * wrong `dist` path, a class name that does not match its file name or a broken codex file makes
 * `loadAll` throw or leaves the type out, exactly as in n8n.
 */
export async function loadBuiltPackage(distPackageDir: string): Promise<LoadedPackage> {
	const loader = new PackageDirectoryLoader(distPackageDir);
	await loader.loadAll();

	const nodes = Object.entries(loader.nodeTypes).map(([shortName, { sourcePath }]) => {
		// The loader keeps the short name in descriptions; n8n's CLI adds the package prefix later.
		const descriptions = loader.types.nodes.filter((description) => description.name === shortName);
		return {
			typeName: `${loader.packageName}.${shortName}`,
			versions: [...new Set(descriptions.flatMap((description) => asVersionList(description.version)))],
			descriptions,
			sourcePath,
		};
	});

	const credentials = Object.entries(loader.credentialTypes).map(([name, { type, sourcePath }]) => ({
		name,
		displayName: type.displayName,
		supportedNodes: type.supportedNodes ?? [],
		type,
		sourcePath,
	}));

	return {
		packageName: loader.packageName,
		nodes,
		credentials,
		loader,
	};
}
