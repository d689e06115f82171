import { readdirSync } from 'fs';
import type { IDataObject } from 'n8n-workflow';

import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';
import { callWebhook } from '../../harness/webhook';
import { KNOWN_EVENTS, loadCallback } from './fixtures';

async function outputOf(fixture: string, parameters: IDataObject = {}) {
	return await callWebhook({
		nodeType: new IncsTrigger(),
		parameters: { events: KNOWN_EVENTS, ...parameters },
		request: { body: loadCallback(fixture) },
	});
}

const WHATSAPP_SHARED = { businessPhone: '6280000000001', businessPhoneNumberId: '100000000000001' };

const cases: Array<[fixture: string, expected: IDataObject]> = [
	[
		'message_status_update.whatsapp.failed',
		{
			event: 'message_status_update',
			messageId: 'wamid.FAKE000000000000000000000001',
			status: 'failed',
			businessPhone: '6280000000001',
			channelId: 99999,
			errorCode: 131049,
			errorTitle: 'This message was not delivered to maintain healthy ecosystem engagement.',
			receivedAt: '2030-03-17T17:46:40.000Z',
		},
	],
	...(
		[
			['sent', '2030-03-17T17:46:41.000Z'],
			['delivered', '2030-03-17T17:46:45.000Z'],
			['read', '2030-03-17T17:47:40.000Z'],
		] as const
	).map(([status, receivedAt]): [string, IDataObject] => [
		`message_status_update.whatsapp.${status}`,
		{
			event: 'message_status_update',
			messageId: 'wamid.FAKE000000000000000000000001',
			status,
			businessPhone: '6280000000001',
			channelId: 99999,
			errorCode: null,
			errorTitle: null,
			receivedAt,
		},
	]),
	[
		'message_status_update.rcs.delivered.en_variant.inferred',
		{
			event: 'message_status_update',
			messageId: '00000000-0000-7000-8000-000000000003',
			status: 'delivered',
			businessPhone: '',
			channelId: null,
			errorCode: null,
			errorTitle: null,
			receivedAt: '2030-03-17T17:46:50.000Z',
		},
	],
	[
		'new_message.whatsapp.text',
		{
			event: 'new_whatsapp_message',
			messageId: 'wamid.FAKE000000000000000000000010',
			from: '85200000001',
			profileName: 'Test Customer',
			type: 'text',
			text: 'hello',
			quotedMessageId: null,
			timestamp: '2030-03-17T17:46:40.000Z',
			...WHATSAPP_SHARED,
		},
	],
	[
		'new_message.whatsapp.context_reply',
		{
			event: 'new_whatsapp_message',
			messageId: 'wamid.FAKE000000000000000000000011',
			from: '85200000001',
			profileName: 'Test Customer',
			type: 'text',
			text: 'Is this still available?',
			quotedMessageId: 'wamid.FAKE000000000000000000000001',
			timestamp: '2030-03-17T17:47:30.000Z',
			...WHATSAPP_SHARED,
		},
	],
	[
		'new_message.whatsapp.image.inferred',
		{
			event: 'new_whatsapp_message',
			messageId: 'wamid.FAKE000000000000000000000012',
			from: '85200000001',
			profileName: 'Test Customer',
			type: 'image',
			mediaId: '1000000000000099',
			mimeType: 'image/jpeg',
			caption: 'photo',
			quotedMessageId: null,
			timestamp: '2030-03-17T17:47:40.000Z',
			...WHATSAPP_SHARED,
		},
	],
	[
		'new_message.whatsapp.button_quick_reply.inferred',
		{
			event: 'new_whatsapp_message',
			messageId: 'wamid.FAKE000000000000000000000013',
			from: '85200000001',
			profileName: 'Test Customer',
			type: 'button',
			buttonPayload: 'Unsubscribe',
			buttonText: 'Unsubscribe',
			quotedMessageId: 'wamid.FAKE000000000000000000000001',
			timestamp: '2030-03-17T17:47:50.000Z',
			...WHATSAPP_SHARED,
		},
	],
	[
		'new_message.whatsapp.interactive_button_reply.inferred',
		{
			event: 'new_whatsapp_message',
			messageId: 'wamid.FAKE000000000000000000000014',
			from: '85200000001',
			profileName: 'Test Customer',
			type: 'interactive',
			interactiveType: 'button_reply',
			replyId: 'btn_yes',
			replyTitle: 'Yes',
			replyDescription: null,
			quotedMessageId: 'wamid.FAKE000000000000000000000002',
			timestamp: '2030-03-17T17:48:00.000Z',
			...WHATSAPP_SHARED,
		},
	],
	[
		'new_message.whatsapp.interactive_list_reply.inferred',
		{
			event: 'new_whatsapp_message',
			messageId: 'wamid.FAKE000000000000000000000015',
			from: '85200000001',
			profileName: 'Test Customer',
			type: 'interactive',
			interactiveType: 'list_reply',
			replyId: 'row_1',
			replyTitle: 'Order status',
			replyDescription: 'Check my order',
			quotedMessageId: 'wamid.FAKE000000000000000000000003',
			timestamp: '2030-03-17T17:48:10.000Z',
			...WHATSAPP_SHARED,
		},
	],
	[
		'new_message.whatsapp.reaction.inferred',
		{
			event: 'new_whatsapp_message',
			messageId: 'wamid.FAKE000000000000000000000016',
			from: '85200000001',
			profileName: 'Test Customer',
			type: 'reaction',
			reactionEmoji: '👍',
			reactedMessageId: 'wamid.FAKE000000000000000000000001',
			quotedMessageId: null,
			timestamp: '2030-03-17T17:48:15.000Z',
			...WHATSAPP_SHARED,
		},
	],
	[
		'new_message.rcs.text.inferred',
		{
			event: 'new_rcs_message',
			messageId: 'FAKE-RCS-MSG-0001',
			sender: '+85200000001',
			agentId: 'fake_agent@rbm.goog',
			type: 'text',
			text: 'hello',
			timestamp: '2030-01-01T00:00:00.000Z',
			businessPhone: '',
		},
	],
	[
		'new_message.rcs.suggestion_response.inferred',
		{
			event: 'new_rcs_message',
			messageId: 'FAKE-RCS-MSG-0002',
			sender: '+85200000001',
			agentId: 'fake_agent@rbm.goog',
			type: 'suggestion_response',
			suggestionResponse: { text: 'Track Order', postbackData: 'track_order_ORD0001', type: 'REPLY' },
			timestamp: '2030-01-01T00:01:00.000Z',
			businessPhone: '',
		},
	],
	...(
		[
			['template_status_update.approved', 'template_status_update', 'APPROVED', '', '2030-03-17T17:48:20.000Z'],
			['template_status_update.rejected.inferred', 'template_status_update', 'REJECTED', 'INCORRECT_CATEGORY', '2030-03-17T17:48:20.000Z'],
			['template_category_update', 'template_category_update', 'MARKETING', '', '2030-03-17T17:50:00.000Z'],
			['template_quality_update', 'template_quality_update', 'YELLOW', '', '2030-03-17T17:51:40.000Z'],
		] as const
	).map(([fixture, event, newValue, reason, receivedAt]): [string, IDataObject] => [
		fixture,
		{
			event,
			templateId: '1000000000000001',
			templateName: 'fake_api_template_1',
			newValue,
			reason,
			businessPhone: '6280000000001',
			channelId: 99999,
			receivedAt,
		},
	]),
	[
		'template_status_update.legacy_minimal',
		{
			event: 'template_status_update',
			templateId: null,
			templateName: null,
			newValue: 'APPROVED',
			reason: '',
			businessPhone: null,
			channelId: null,
			receivedAt: '2030-03-17T17:48:20.000Z',
		},
	],
	[
		'message_created.incs.text',
		{
			event: 'message_created',
			messageId: '100000000001',
			channelId: 99999,
			conversationId: 1,
			sessionType: 'oneToOne',
			senderId: '99999_85200000001',
			receiverId: 'staff_0001',
			type: 'text',
			customType: null,
			customId: null,
			channelMessageId: 'wamid.FAKE000000000000000000000010',
			channelStatus: 'created',
			content: { text: 'hello' },
			error: null,
			source: 'incs',
			createdAt: '2030-01-01T00:00:00.000Z',
			updatedAt: '2030-01-01T00:00:00.000Z',
		},
	],
];

describe('IncsTrigger simplified output', () => {
	it('covers every callback fixture', () => {
		const fixtures = readdirSync(`${__dirname}/fixtures`).map((file) => file.replace(/\.json$/, ''));
		expect(cases.map(([fixture]) => fixture).sort()).toEqual(fixtures.sort());
	});

	it.each(cases)('%s → one exact item, answered 200 with an empty body', async (fixture, expected) => {
		const call = await outputOf(fixture);
		expect(call.executionStarted).toBe(true);
		expect(call.items).toEqual([{ json: expected }]);
		expect(call.statusCode).toBe(200);
		expect(call.responseBody).toBeUndefined();
	});
});

describe('IncsTrigger raw output', () => {
	it.each(cases.map(([fixture]) => fixture))('%s → the payload untouched', async (fixture) => {
		const call = await outputOf(fixture, { simplify: false });
		expect(call.items).toEqual([{ json: loadCallback(fixture) }]);
	});
});
