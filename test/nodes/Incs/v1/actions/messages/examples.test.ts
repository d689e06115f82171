import { readFileSync } from 'fs';
import { join } from 'path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import allComponents from '../../fixtures/messaging/waba_templates.resource.all_components.inferred.json';
import rcsList from '../../fixtures/messaging/rcs_templates.list.json';
import { expectSend, jsonItems, MANAGEMENT_URL, MESSAGING_URL, run } from './support';

interface Workflow {
	nodes: Array<{ type: string; typeVersion: number; parameters: INodeParameters; credentials?: IDataObject }>;
}

/** The INCS node of an example workflow, checked to be importable as the package's node. */
function incsNode(file: string): INodeParameters {
	const workflow = JSON.parse(readFileSync(join(__dirname, '../../../../../../examples', file), 'utf8')) as Workflow;
	const node = workflow.nodes.find((entry) => entry.type === 'n8n-nodes-incs.incs');
	expect(node).toMatchObject({ typeVersion: 1, credentials: { incsApi: { id: '1', name: 'INCS account' } } });
	expect(workflow.nodes.map((entry) => entry.type).slice(0, 2)).toEqual(['n8n-nodes-base.manualTrigger', 'n8n-nodes-base.code']);
	return node!.parameters;
}

const envelope = (data: unknown) => ({ status: 'success', code: 200, message: '', data, error: {} });

describe('example workflows run as saved', () => {
	it('whatsapp-template-campaign.json: one template send per contact', async () => {
		// The example names its template; the node finds it in the template list once per run.
		nock(MANAGEMENT_URL)
			.get('/external/templates')
			.query({ count: 100 })
			.once()
			.reply(200, envelope([{ ...allComponents, name: 'summer_sale', status: 'APPROVED' }]));
		const contacts = [
			['+852 0000 0001', '85200000001', 'Alex', 'ALEX10'],
			['(852) 0000-0002', '85200000002', 'Sam', 'SAM10'],
			['00852 0000 0003', '85200000003', 'Kim', 'KIM10'],
		];
		const sends = contacts.map(([, to, name, code]) =>
			expectSend('/external/messages/whatsapp', {
				to,
				type: 'template',
				template: {
					name: 'summer_sale',
					components: [
						{ type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/media/header-0001.png' } }] },
						{ type: 'body', parameters: [{ type: 'text', text: name }, { type: 'text', text: code }, { type: 'text', text: '10%' }] },
						{ type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'summer' }] },
						{ type: 'button', sub_type: 'COPY_CODE', index: '3', parameters: [{ type: 'coupon_code', coupon_code: code }] },
					],
				},
			}),
		);
		const result = await run(
			incsNode('whatsapp-template-campaign.json'),
			jsonItems(...contacts.map(([phone, , firstName, code]) => ({ phone, firstName, code }))),
		);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.to)).toEqual(['85200000001', '85200000002', '85200000003']);
		expect(sends.every((scope) => scope.isDone())).toBe(true);
	});

	it('viber-otp.json: an OTP with a 5-minute validity', async () => {
		const scope = expectSend('/external/messages/viber', { to: '85200000001', type: 'otp', otp: { code: '123456', language: 'en', code_expiration_minutes: 5 } });
		const result = await run(incsNode('viber-otp.json'), jsonItems({ phone: '+852 0000 0001', code: '123456' }));
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	it('rcs-template-with-variables.json: variables mapped automatically from each contact', async () => {
		const template = { ...rcsList.data[2], template_id: '2000000000000000001', name: 'fake_rcs_text_1', status: 'APPROVED' };
		nock(MANAGEMENT_URL).get('/external/templates/rcs').query({ count: 100 }).once().reply(200, envelope([template]));
		const sends = [
			expectSend('/external/messages/rcs', { to: '85200000001', type: 'template', template: { name: 'fake_rcs_text_1', parameters: { name: 'Alex', order_id: 'ORD0001' } } }),
			expectSend('/external/messages/rcs', { to: '85200000002', type: 'template', template: { name: 'fake_rcs_text_1', parameters: { name: 'Sam', order_id: 'ORD0002' } } }),
		];
		const result = await run(
			incsNode('rcs-template-with-variables.json'),
			jsonItems({ phone: '+852 0000 0001', name: 'Alex', order_id: 'ORD0001' }, { phone: '+852 0000 0002', name: 'Sam', order_id: 'ORD0002' }),
		);
		expect(result.error).toBeUndefined();
		expect(sends.every((scope) => scope.isDone())).toBe(true);
	});

	it('whatsapp-campaign-with-approval.json: the owner is asked on WhatsApp with "Send it" and "Hold" links, and the execution waits', async () => {
		const workflow = JSON.parse(readFileSync(join(__dirname, '../../../../../../examples', 'whatsapp-campaign-with-approval.json'), 'utf8')) as {
			nodes: Array<Workflow['nodes'][number] & { name: string }>;
		};
		const ask = workflow.nodes.find((node) => node.name === 'Ask the campaign owner');
		expect(ask).toMatchObject({ type: 'n8n-nodes-incs.incs', typeVersion: 1.1, credentials: { incsApi: { id: '1', name: 'INCS account' } } });
		const scope = nock(MESSAGING_URL)
			.post('/external/messages/whatsapp', (body: { to: string; type: string; text: string }) =>
				body.to === '85200000009' &&
				body.type === 'text' &&
				/^The summer campaign is ready: .* Send it now\?\n\nSend it:\nhttp\S+approved=true&wait=1&signature=\w+\n\nHold:\nhttp\S+approved=false&wait=1&signature=\w+$/.test(body.text),
			)
			.reply(200, envelope({ msg_id: 'm-1' }));
		const result = await run(ask!.parameters, undefined, false, 1.1);
		expect(result.error).toBeUndefined();
		expect(result.run.status).toBe('waiting');
		expect(scope.isDone()).toBe(true);
	});
});
