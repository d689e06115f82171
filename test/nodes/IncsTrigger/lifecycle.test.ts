import { NodeOperationError } from 'n8n-workflow';

import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';
import { activateWebhook, callLifecycleMethod, webhookUrlOf } from '../../harness/webhook';

const configured = { nodeType: new IncsTrigger(), parameters: { events: ['new_whatsapp_message'] } };

describe('IncsTrigger webhook lifecycle (INCS has no registration API)', () => {
	it('checkExists answers false, as n8n cannot see the INCS console', async () => {
		expect(await callLifecycleMethod('checkExists', configured)).toBe(false);
	});

	it('publishing runs create, which registers nothing and succeeds', async () => {
		expect(await activateWebhook(configured)).toEqual({ existed: false, created: true });
	});

	it('create is safe to repeat (n8n retries failed activations)', async () => {
		expect(await callLifecycleMethod('create', configured)).toBe(true);
		expect(await callLifecycleMethod('create', configured)).toBe(true);
	});

	it('create refuses a trigger without events', async () => {
		const promise = callLifecycleMethod('create', { nodeType: new IncsTrigger(), parameters: { events: [] } });
		await expect(promise).rejects.toThrow(NodeOperationError);
		await expect(promise).rejects.toThrow('Select at least one event');
	});

	it('delete has nothing to remove and succeeds, also on the test URL', async () => {
		expect(await callLifecycleMethod('delete', configured)).toBe(true);
		expect(await callLifecycleMethod('delete', { ...configured, mode: 'manual' })).toBe(true);
	});

	it('the URLs n8n shows are the production and test webhook URLs of the node', () => {
		expect(webhookUrlOf(configured)).toBe('http://localhost:5678/webhook/harness-webhook-id/webhook');
		expect(webhookUrlOf({ ...configured, mode: 'manual' })).toBe(
			'http://localhost:5678/webhook-test/harness-webhook-id/webhook',
		);
	});
});
