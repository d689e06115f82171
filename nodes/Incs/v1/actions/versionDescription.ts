import type { INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes, SEND_AND_WAIT_OPERATION } from 'n8n-workflow';

import * as account from './account/Account.resource';
import * as rcsMessage from './rcsMessage/RcsMessage.resource';
import * as viberMessage from './viberMessage/ViberMessage.resource';
import * as whatsAppMessage from './whatsAppMessage/WhatsAppMessage.resource';
import * as rcsTemplate from './rcsTemplate/RcsTemplate.resource';
import * as whatsAppTemplate from './whatsAppTemplate/WhatsAppTemplate.resource';
import type { IncsResource } from './node.type';
import { toolDescriptionFields } from './toolDescriptions';

/**
 * In this order n8n's node creator lists the node's actions, resource by resource: sending first
 * (what most people come for), then templates, then the account. The values are saved in
 * workflows and never change; only the order is by use rather than alphabetical, which n8n's
 * `node-param-options-type-unsorted-items` rule would ask of an option list written in place.
 */
export const RESOURCE_OPTIONS: Array<{ name: string; value: IncsResource }> = [
	{ name: 'WhatsApp Message', value: 'whatsAppMessage' },
	{ name: 'Viber Message', value: 'viberMessage' },
	{ name: 'RCS Message', value: 'rcsMessage' },
	{ name: 'WhatsApp Template', value: 'whatsAppTemplate' },
	{ name: 'RCS Template', value: 'rcsTemplate' },
	{ name: 'Account', value: 'account' },
];

/**
 * What version 1 adds to the base description in `Incs.node.ts`. The icon, group and canvas
 * subtitle stay in the base, which this is merged over (IncsV1.node.ts): n8n resolves icon paths
 * relative to the registered node file, not to this one.
 */
export const versionDescription: Omit<INodeTypeDescription, 'group' | 'icon' | 'displayName' | 'description'> = {
	name: 'incs',
	version: [1, 1.1],
	defaults: { name: 'INCS' },
	usableAsTool: true,
	inputs: [NodeConnectionTypes.Main],
	outputs: [NodeConnectionTypes.Main],
	credentials: [{ name: 'incsApi', required: true }],
	// Send and Wait for Response: n8n registers these only while an execution waits for this node
	// (`restartWebhook`), never for a published workflow, so the other operations are unaffected.
	webhooks: [
		{ name: 'default', httpMethod: 'GET', responseMode: 'onReceived', responseData: '', path: '={{ $nodeId }}', restartWebhook: true, isFullPath: true },
		{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: '', path: '={{ $nodeId }}', restartWebhook: true, isFullPath: true },
	],
	waitingNodeTooltip: `={{ $parameter.operation === "${SEND_AND_WAIT_OPERATION}" ? "The workflow continues when the person answers" : "" }}`,
	properties: [
		// Shown only when the node runs as an AI agent's tool (see toolDescriptions.ts).
		...toolDescriptionFields(),
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: RESOURCE_OPTIONS,
			default: 'whatsAppMessage',
		},
		...whatsAppMessage.description,
		...viberMessage.description,
		...rcsMessage.description,
		...whatsAppTemplate.description,
		...rcsTemplate.description,
		...account.description,
	],
};
