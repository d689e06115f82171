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
			'other_event',
			'message_created',
			'message_status_update',
			'new_rcs_message',
			'new_whatsapp_message',
			'template_category_update',
			'template_quality_update',
			'template_status_update',
		]);
		expect(events?.required).toBe(true);
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
