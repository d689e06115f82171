import { readFileSync } from 'fs';
import { join } from 'path';
import type { INodeParameters, IWorkflowBase } from 'n8n-workflow';

import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';
import { callWebhook } from '../../harness/webhook';
import { loadCallback } from './fixtures';

const workflow = JSON.parse(
	readFileSync(join(__dirname, '../../../examples/auto-reply-to-whatsapp.json'), 'utf8'),
) as Pick<IWorkflowBase, 'nodes' | 'connections'>;

describe('examples/auto-reply-to-whatsapp.json', () => {
	const trigger = workflow.nodes.find((node) => node.type === 'n8n-nodes-incs.incsTrigger');
	const reply = workflow.nodes.find((node) => node.type === 'n8n-nodes-incs.incs');

	it('wires the INCS Trigger to an INCS WhatsApp text send to the sender', () => {
		expect(trigger?.parameters).toEqual({ events: ['new_whatsapp_message'] });
		expect(trigger?.typeVersion).toBe(1.1);
		expect(reply).toMatchObject({
			typeVersion: 1,
			parameters: {
				resource: 'whatsAppMessage',
				operation: 'send',
				to: '={{ $json.from }}',
				messageType: 'text',
				text: 'Thanks, we got your message!',
			},
			credentials: { incsApi: { id: '1', name: 'INCS account' } },
		});
		expect(workflow.connections[trigger?.name ?? '']).toEqual({
			main: [[{ node: reply?.name, type: 'main', index: 0 }]],
		});
	});

	it("the trigger's item carries the sender number the reply uses", async () => {
		const call = await callWebhook({
			nodeType: new IncsTrigger(),
			parameters: trigger?.parameters as INodeParameters,
			request: { body: loadCallback('new_message.whatsapp.text') },
		});
		expect(call.items.map((item) => item.json.from)).toEqual(['85200000001']);
	});
});
