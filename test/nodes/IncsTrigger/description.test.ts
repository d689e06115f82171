import { readFileSync } from 'fs';
import { join } from 'path';

import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';

describe('IncsTrigger description', () => {
	const { description } = new IncsTrigger();

	it('is a trigger with no inputs that is never offered as an AI tool', () => {
		expect(description.name).toBe('incsTrigger');
		expect(description.group).toEqual(['trigger']);
		expect(description.inputs).toEqual([]);
		expect(description).not.toHaveProperty('usableAsTool');
		expect(description.credentials).toBeUndefined();
	});

	it('keeps version 1 for saved workflows and gives new nodes 1.1', () => {
		expect(description.version).toEqual([1, 1.1]);
		expect(description.defaultVersion).toBe(1.1);
	});

	it('has one POST webhook answered at once with an empty body', () => {
		expect(description.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: 'noData', path: 'webhook' },
		]);
	});

	it('offers every event, saved under stable values', () => {
		const events = description.properties.find((property) => property.name === 'events');
		expect(events?.options?.map((option) => ('value' in option ? option.value : undefined))).toEqual([
			'message_status_update',
			'new_whatsapp_message',
			'new_rcs_message',
			'template_status_update',
			'template_category_update',
			'template_quality_update',
			'message_created',
			'other_event',
		]);
		expect(events?.required).toBe(true);
	});

	it('explains every event in plain words', () => {
		const events = description.properties.find((property) => property.name === 'events');
		for (const option of events?.options ?? []) {
			expect('description' in option && typeof option.description === 'string' && option.description.length > 30).toBe(true);
		}
	});

	it('opens with the two steps a user takes, and keeps the token rule short', () => {
		const [first] = description.properties;
		expect(first.type).toBe('notice');
		// n8n's notice keeps only a, ul and li.
		expect(first.displayName.replace(/<\/?(ul|li)>/g, '')).not.toMatch(/</);
		const steps = first.displayName.replace(/^<ul><li>|<\/li><\/ul>$/g, '').split('</li><li>');
		expect(steps).toHaveLength(3);
		expect(steps[0]).toBe("1. Copy this node's Production URL (open Webhook URLs above) into the INCS console's callback settings, and publish the workflow.");
		expect(steps[1]).toBe('2. Pick the events that start it below.');
		expect(steps[2]).toContain('?token=your-token');
	});

	it.each([
		[['message_status_update'], 'Message status'],
		[['new_whatsapp_message', 'template_status_update'], 'New WhatsApp message, Template status'],
		[['message_created', 'other_event'], 'Workbench message, Any other event'],
		[[], ''],
	])('shows the events %j on the canvas as "%s"', (events, shown) => {
		const body = String(description.subtitle).replace(/^=\{\{/, '').replace(/\}\}$/, '');
		expect(new Function('$parameter', `return (${body});`)({ events })).toBe(shown);
	});

	it('keeps the callback token in a password field', () => {
		const token = description.properties.find((property) => property.name === 'callbackToken');
		expect(token?.typeOptions?.password).toBe(true);
	});

	it('has a codex in the Communication category linking to the README section', () => {
		const codex = JSON.parse(
			readFileSync(join(__dirname, '../../../nodes/IncsTrigger/IncsTrigger.node.json'), 'utf8'),
		) as { node: string; categories: string[]; resources: { primaryDocumentation: Array<{ url: string }> } };
		expect(codex.node).toBe('n8n-nodes-incs.incsTrigger');
		expect(codex.categories).toEqual(['Communication']);
		expect(codex.resources.primaryDocumentation).toEqual([
			{ url: 'https://www.npmjs.com/package/n8n-nodes-incs#incs-trigger' },
		]);
	});
});
