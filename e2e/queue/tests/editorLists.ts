// The editor's dynamic fields come from main, not from a worker: main must have the package too.
// These are the calls the editor makes (n8n 2.41's /rest/dynamic-node-parameters endpoints) when
// the WhatsApp template picker opens and when a template is chosen.

import assert from 'node:assert/strict';

import { CREDENTIAL_TYPE, INCS_NODE_TYPE } from '../../support/incs';
import type { JsonObject } from '../../support/workflowTypes';
import type { QueueContext, QueueTest } from '../context';

interface ListSearchResult {
	results: Array<{ name: string; value: string }>;
}

interface MapperFields {
	fields: Array<{ id: string; displayName: string }>;
}

function requestBase(context: QueueContext, path: string, methodName: string, currentNodeParameters: JsonObject): JsonObject {
	return {
		path,
		methodName,
		nodeTypeAndVersion: { name: INCS_NODE_TYPE, version: 1 },
		currentNodeParameters,
		credentials: { [CREDENTIAL_TYPE]: { id: context.credential.id, name: context.credential.name } },
	};
}

const SEND_TEMPLATE = { resource: 'whatsAppMessage', operation: 'sendTemplate' };

export const editorListTests: QueueTest[] = [
	{
		name: "editor lists: main's template picker lists the approved WhatsApp templates and a template's variable fields load",
		async run(context) {
			const { client } = context.cluster;
			const list = await client.rest<ListSearchResult>(
				'POST',
				'/dynamic-node-parameters/resource-locator-results',
				requestBase(context, 'parameters.template', 'searchWhatsAppTemplates', {
					...SEND_TEMPLATE,
					template: { __rl: true, mode: 'list', value: '' },
				}),
			);
			const listed = list.results.map((entry) => entry.name.split(' ')[0]).sort();
			const approved = context.simulator.state.waba
				.all()
				.filter((template) => template.status === 'APPROVED')
				.map((template) => template.name)
				.sort();
			assert.ok(approved.length > 0, 'the simulator seeds approved templates');
			assert.deepEqual(listed, approved, 'the picker lists exactly the approved templates');

			const mapper = await client.rest<MapperFields>(
				'POST',
				'/dynamic-node-parameters/resource-mapper-fields',
				requestBase(context, 'parameters.variables', 'getWhatsAppTemplateVariables', {
					...SEND_TEMPLATE,
					template: { __rl: true, mode: 'name', value: 'promo_header_text' },
				}),
			);
			// The read-only template text comes first, then one field per variable.
			assert.deepEqual(mapper.fields.map((field) => field.id), ['template-text', 'header_text', 'body_1', 'body_2', 'body_3']);
		},
	},
];
