import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { Channel, JournalEntry, Simulator } from '../../../simulator';

/**
 * A campaign: one message per contact, the recipient taken from each item as people type it
 * (`+852 9000 0007`), so every send goes to its own number and the journal tells the items apart.
 */
export interface Campaign {
	inputItems: INodeExecutionData[];
	/** The digits INCS receives for item i (what the journal records as `to`). */
	recipients: string[];
}

export function campaign(size: number): Campaign {
	const recipients = Array.from({ length: size }, (_, index) => `8529000${String(index).padStart(4, '0')}`);
	const inputItems = recipients.map((digits, index) => ({
		json: { phone: `+852 ${digits.slice(3, 7)} ${digits.slice(7)}`, name: `Contact ${index + 1}` } as IDataObject,
	}));
	return { inputItems, recipients };
}

/** Node parameters of a send campaign per channel, each recipient read from the item. */
export const CAMPAIGN_SENDS: Record<string, { channel: Channel; type: string; parameters: INodeParameters }> = {
	'WhatsApp text': {
		channel: 'whatsapp',
		type: 'text',
		parameters: { resource: 'whatsAppMessage', operation: 'send', to: '={{ $json.phone }}', messageType: 'text', text: '=Hello {{ $json.name }}' },
	},
	'WhatsApp template': {
		channel: 'whatsapp',
		type: 'template',
		parameters: {
			resource: 'whatsAppMessage',
			operation: 'sendTemplate',
			to: '={{ $json.phone }}',
			template: { __rl: true, mode: 'name', value: 'welcome_named' },
			variables: {
				mappingMode: 'defineBelow',
				value: { body_first_name: '={{ $json.name }}', body_member_id: 'M001' },
				matchingColumns: [],
				schema: [],
				attemptToConvertTypes: false,
				convertFieldsToString: true,
			},
		},
	},
	'Viber OTP': {
		channel: 'viber',
		type: 'otp',
		parameters: { resource: 'viberMessage', operation: 'send', to: '={{ $json.phone }}', messageType: 'otp', otpCode: '482913', otpExpirationMinutes: 5 },
	},
	'RCS text': {
		channel: 'rcs',
		type: 'text',
		parameters: { resource: 'rcsMessage', operation: 'send', to: '={{ $json.phone }}', messageType: 'text', text: '=Hello {{ $json.name }}' },
	},
};

const SEND_PATH = '/external/messages/';

/** Every send request the simulator received (accepted, rejected or failed), in arrival order. */
export function sendRequests(sim: Simulator, sinceSeq = 0): JournalEntry[] {
	return sim.journal.query({ method: 'POST', pathPrefix: SEND_PATH, sinceSeq });
}

/** The recipient of a send request, read from the body (a request failed before processing has no `to` of its own). */
export function recipientOf(entry: JournalEntry): string | undefined {
	const body = entry.body as { to?: unknown } | null;
	return typeof body?.to === 'string' ? body.to : undefined;
}

/** Send requests per recipient, in item order. */
export function requestsPerItem(sim: Simulator, recipients: string[]): JournalEntry[][] {
	const requests = sendRequests(sim);
	return recipients.map((to) => requests.filter((entry) => recipientOf(entry) === to));
}

/** Accepted sends per recipient: INCS took the message, whatever happened to its answer. */
export function acceptedPerItem(sim: Simulator, recipients: string[]): number[] {
	return requestsPerItem(sim, recipients).map((entries) => entries.filter((entry) => entry.outcome === 'accepted').length);
}
