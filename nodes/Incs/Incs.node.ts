import type { INodeType, INodeTypeBaseDescription, IVersionedNodeType } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { subtitleExpression } from './v1/actions/actionTexts';
import { IncsV1 } from './v1/IncsV1.node';

export class Incs extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'INCS',
			name: 'incs',
			icon: { light: 'file:../../icons/incs.svg', dark: 'file:../../icons/incs.dark.svg' },
			group: ['output'],
			// What the canvas shows under the node's name, e.g. "Send WhatsApp template".
			subtitle: subtitleExpression(),
			description: 'Send WhatsApp, Viber and RCS messages and manage templates with INCS',
			defaultVersion: 1.1,
		};

		const version1: INodeType = new IncsV1(baseDescription);
		// 1.1 runs the same code; only some forms differ by version (v1/descriptions/formVersions.ts).
		const nodeVersions: IVersionedNodeType['nodeVersions'] = { 1: version1, 1.1: version1 };

		super(nodeVersions, baseDescription);
	}
}
