import type { INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as account from './account/Account.resource';
import * as rcsMessage from './rcsMessage/RcsMessage.resource';
import * as viberMessage from './viberMessage/ViberMessage.resource';
import * as whatsAppMessage from './whatsAppMessage/WhatsAppMessage.resource';
import * as rcsTemplate from './rcsTemplate/RcsTemplate.resource';
import * as whatsAppTemplate from './whatsAppTemplate/WhatsAppTemplate.resource';

/**
 * What version 1 adds to the base description in `Incs.node.ts`. The icon and group stay in the
 * base: n8n resolves icon paths relative to the registered node file, not to this one.
 */
export const versionDescription: Omit<INodeTypeDescription, 'group' | 'icon' | 'displayName' | 'description'> = {
	name: 'incs',
	version: [1, 1.1],
	defaults: { name: 'INCS' },
	usableAsTool: true,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: [{ name: 'incsApi', required: true }],
	properties: [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Account', value: 'account' },
				{ name: 'RCS Message', value: 'rcsMessage' },
				{ name: 'RCS Template', value: 'rcsTemplate' },
				{ name: 'Viber Message', value: 'viberMessage' },
				{ name: 'WhatsApp Message', value: 'whatsAppMessage' },
				{ name: 'WhatsApp Template', value: 'whatsAppTemplate' },
			],
			default: 'whatsAppMessage',
		},
		...account.description,
		...whatsAppMessage.description,
		...viberMessage.description,
		...rcsMessage.description,
		...whatsAppTemplate.description,
		...rcsTemplate.description,
	],
};
