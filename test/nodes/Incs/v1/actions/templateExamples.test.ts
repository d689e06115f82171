import { readFileSync } from 'node:fs';
import path from 'node:path';

import nock from 'nock';
import type { INode, INodeParameters, INodeTypeDescription, IWorkflowBase } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { executeNode } from '../../../../harness';
import { credentialTypes, incsCredentials, MANAGEMENT_URL, success } from '../../../../support/incs';

const description = NodeHelpers.getVersionedNodeType(new Incs(), 1).description as INodeTypeDescription;

function incsNodeOf(file: string): INode {
	const workflow = JSON.parse(readFileSync(path.join(__dirname, '../../../../../examples', file), 'utf8')) as IWorkflowBase;
	expect(workflow.nodes[0].type).toBe('n8n-nodes-base.manualTrigger');
	const node = workflow.nodes.find((candidate) => candidate.type === 'n8n-nodes-incs.incs') as INode;
	expect(node).toMatchObject({ typeVersion: 1, credentials: { incsApi: { id: '1', name: 'INCS account' } } });
	expect(workflow.connections[workflow.nodes[0].name].main[0]?.[0]?.node).toBe(node.name);
	return node;
}

/** What the editor saves: only values that differ from the defaults. */
const asSaved = (parameters: INodeParameters) =>
	NodeHelpers.getNodeParameters(description.properties, parameters, false, false, { typeVersion: 1 }, description);

/** Runs the node at the version the example workflow was saved with. */
const run = (parameters: INodeParameters, typeVersion = 1) =>
	executeNode({ nodeType: new Incs(), typeVersion, parameters, credentials: incsCredentials(), credentialTypes });

describe('example workflows', () => {
	it('rcs-carousel-template.json holds saved parameters and creates the carousel', async () => {
		const node = incsNodeOf('rcs-carousel-template.json');
		expect(asSaved(node.parameters)).toEqual(node.parameters);

		const scope = nock(MANAGEMENT_URL)
			.post('/external/templates/rcs', {
				name: 'summer_collection',
				type: 'carousel',
				category: 'PROMOTION',
				content: {
					width: 'MEDIUM',
					height: 'SHORT',
					carouselCard: [
						{
							cardTitle: 'New watches',
							cardDescription: 'Dear [name], new watches for less',
							mediaUrl: 'https://example.com/media/watches.mp4',
							thumbnailUrl: 'https://example.com/media/watches-thumb.jpeg',
							suggestions: [{ suggestionType: 'url_action', text: 'Buy at [offer_name]', postbackData: 'shop_watches', url: 'https://example.com/watches' }],
						},
						{
							cardTitle: 'New perfumes',
							cardDescription: 'Dear [name], choose new perfumes.',
							mediaUrl: 'https://example.com/media/[image]',
							suggestions: [
								{ suggestionType: 'dialer_action', text: 'Call now', postbackData: 'call_click', phoneNumber: '+85268411234' },
								{ suggestionType: 'reply', text: 'Not interested', postbackData: 'not_interested' },
							],
						},
					],
				},
			})
			.reply(200, success({ template_id: '2000000000000000009', name: 'summer_collection', type: 'carousel', status: 'PENDING', created_time: 1900000000, updated_time: 1900000000, status_updated_time: 0 }));

		const result = await run(node.parameters, node.typeVersion);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ id: '2000000000000000009', status: 'PENDING', type: 'carousel' });
		expect(scope.isDone()).toBe(true);
	});

	it('list-approved-whatsapp-templates.json holds saved parameters and lists approved templates only', async () => {
		const node = incsNodeOf('list-approved-whatsapp-templates.json');
		expect(asSaved(node.parameters)).toEqual(node.parameters);

		const template = (id: string, status: string) => ({ template_id: id, name: `t${id}`, language: 'en_US', category: 'UTILITY', status, quality: '', created_time: 1900000000, updated_time: 1900000000, status_updated_time: 0 });
		nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: '100' })
			.reply(200, success([template('3', 'PENDING'), template('2', 'APPROVED'), template('1', 'REJECTED')]));

		const result = await run(node.parameters, node.typeVersion);
		expect(result.items.map((item) => item.json.id)).toEqual(['2']);
	});
});
