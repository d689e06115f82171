// The callbacks the trigger tests make the simulator send, with what the trigger must emit for
// each: every event INCS documents, and forged ones that must be refused.

import type { CallbackInjection } from '../../simulator';

export const TOKEN = 'e2eCallbackToken42';

export const ALL_EVENTS = [
	'other_event',
	'message_created',
	'message_status_update',
	'new_rcs_message',
	'new_whatsapp_message',
	'template_category_update',
	'template_quality_update',
	'template_status_update',
];

export interface GenuineEvent {
	injection: CallbackInjection;
	/** The simplified item the trigger must emit (subset). */
	expected: Record<string, unknown>;
}

export const GENUINE: GenuineEvent[] = [
	{
		injection: { kind: 'whatsappMessage', from: '85291234567', profileName: 'Ada', text: 'Hello from e2e' },
		expected: { event: 'new_whatsapp_message', from: '85291234567', profileName: 'Ada', type: 'text', businessPhone: '85200000001' },
	},
	{
		injection: { kind: 'rcsMessage', from: '85291234568', text: 'RCS hello' },
		expected: { event: 'new_rcs_message', sender: '+85291234568', type: 'text', text: 'RCS hello' },
	},
	{
		injection: { kind: 'rcsMessage', from: '85291234568', suggestionResponse: { postbackData: 'yes_please', text: 'Yes' } },
		expected: { event: 'new_rcs_message', type: 'suggestion_response', suggestionResponse: { postbackData: 'yes_please', text: 'Yes' } },
	},
	{
		injection: { kind: 'messageStatus', messageId: 'wamid.E2E0001', status: 'delivered' },
		expected: { event: 'message_status_update', messageId: 'wamid.E2E0001', status: 'delivered', errorCode: null },
	},
	{
		injection: {
			kind: 'messageStatus',
			messageId: 'wamid.E2E0002',
			status: 'failed',
			error: { code: 131049, title: 'Not delivered' },
		},
		expected: { event: 'message_status_update', messageId: 'wamid.E2E0002', status: 'failed', errorCode: 131049, errorTitle: 'Not delivered' },
	},
	{
		injection: { kind: 'templateStatus', templateId: 'e2e-template-1', newValue: 'APPROVED' },
		expected: { event: 'template_status_update', templateId: 'e2e-template-1', newValue: 'APPROVED' },
	},
	{
		injection: { kind: 'templateCategory', templateId: 'e2e-template-1', newValue: 'MARKETING' },
		expected: { event: 'template_category_update', templateId: 'e2e-template-1', newValue: 'MARKETING' },
	},
	{
		injection: { kind: 'templateQuality', templateId: 'e2e-template-1', newValue: 'RED', reason: 'low quality' },
		expected: { event: 'template_quality_update', templateId: 'e2e-template-1', newValue: 'RED', reason: 'low quality' },
	},
	{
		injection: { kind: 'messageCreated', from: '85291234567', text: 'From the workbench' },
		expected: { event: 'message_created', type: 'text', content: { text: 'From the workbench' } },
	},
	{
		// INCS's bigint IDs: sent as JSON text, as INCS would, so n8n's own parse would round them.
		injection: {
			kind: 'raw',
			body:
				'{"event":"message_created","message":{"id":12345678901234567891,"auth_id":99999,"conversation_id":2,"session_type":1,' +
				'"send_id":"99999_85291234567","recv_id":"staff_0001","type":101,"custom_type":0,"custom_id":98765432109876543210,' +
				'"channel_msg_id":"wamid.E2EBIG","channel_status":0,"content":"{\\"text\\":\\"big\\"}","error":"","source":0,' +
				'"created_at":"2030-01-01T00:00:00Z","updated_at":"2030-01-01T00:00:00Z"}}',
		},
		expected: { event: 'message_created', messageId: '12345678901234567891', customId: '98765432109876543210', content: { text: 'big' } },
	},
	{
		// An event name INCS does not document (its workbench status part has none): passed on as sent.
		injection: { kind: 'raw', body: { event: 'message_status_changed', message: { id: 100000000002, channel_status: 3 } } },
		expected: { event: 'message_status_changed', message: { id: 100000000002, channel_status: 3 } },
	},
];

/** Each must be refused (401) and start nothing. */
export const FORGED: Array<{ label: string; injection: CallbackInjection }> = [
	{ label: 'wrong token', injection: { kind: 'whatsappMessage', from: '85290000000', text: 'forged', token: 'not-the-token' } },
	{ label: 'no token', injection: { kind: 'messageStatus', messageId: 'wamid.FORGED', status: 'read', token: null } },
	{
		label: 'wrong token in the header',
		injection: { kind: 'raw', body: { event: 'template_status_update', template_id: 'x', new_value: 'APPROVED' }, token: null, headers: { 'x-incs-token': 'nope' } },
	},
];
