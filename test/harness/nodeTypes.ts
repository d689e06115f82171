import type { IDataObject, INodeType, INodeTypes, IVersionedNodeType } from 'n8n-workflow';
import { NodeHelpers, UnexpectedError } from 'n8n-workflow';

/** A node type registered in the harness under its full type name, e.g. 'n8n-nodes-incs.incs'. */
export interface RegisteredNodeType {
	typeName: string;
	nodeType: INodeType | IVersionedNodeType;
}

/**
 * The smallest `INodeTypes` registry n8n's `Workflow` accepts. Version selection is delegated to
 * n8n's own `NodeHelpers.getVersionedNodeType`, so a `VersionedNodeType` resolves exactly as in n8n.
 */
export function createNodeTypes(registered: RegisteredNodeType[]): INodeTypes {
	const byName = new Map(registered.map(({ typeName, nodeType }) => [typeName, nodeType]));

	const getByName = (typeName: string): INodeType | IVersionedNodeType => {
		const nodeType = byName.get(typeName);
		if (nodeType === undefined) {
			throw new UnexpectedError(`Unknown node type in the test harness: ${typeName}`);
		}
		return nodeType;
	};

	return {
		getByName,
		getByNameAndVersion: (typeName, version) =>
			NodeHelpers.getVersionedNodeType(getByName(typeName), version),
		getKnownTypes: (): IDataObject => ({}),
	};
}

/** The version n8n's editor would pick for a new node: `defaultVersion`, else the highest declared. */
export function defaultTypeVersion(nodeType: INodeType | IVersionedNodeType): number {
	const { description } = nodeType;
	if (description.defaultVersion !== undefined) return description.defaultVersion;
	if ('currentVersion' in nodeType) return nodeType.currentVersion;
	const version = (description as INodeType['description']).version;
	if (Array.isArray(version)) return Math.max(...version);
	return typeof version === 'number' ? version : 1;
}
