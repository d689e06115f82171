// A WhatsApp text campaign as the queue tests run it: a Manual Trigger with the recipients pinned
// (one item each), then one INCS Send node. Each campaign has its own number range, so the
// simulator's journal tells the campaigns apart.

import type { JournalEntry, Simulator } from '../../simulator';
import type { N8nClient } from '../support/n8nClient';
import { chainWorkflow, MANUAL_TRIGGER } from '../support/workflowBuilder';
import type { CredentialRef } from '../support/workflowTypes';

export interface Campaign {
	name: string;
	workflowId: string;
	/** The recipients, in item order. */
	recipients: string[];
	/** Every recipient starts with it. */
	prefix: string;
}

/** `prefix` + 6 digits: 500 recipients from 8529100 are 85291000000..85291000499. */
export function recipients(prefix: string, count: number): string[] {
	return Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(11 - prefix.length, '0')}`);
}

export async function createCampaign(client: N8nClient, credential: CredentialRef, name: string, prefix: string, count: number): Promise<Campaign> {
	const numbers = recipients(prefix, count);
	const workflow = chainWorkflow(
		name,
		[
			{
				name: 'Send',
				parameters: {
					resource: 'whatsAppMessage',
					operation: 'send',
					to: '={{ $json.phone }}',
					messageType: 'text',
					text: `={{ "${name}: message " + $json.n }}`,
				},
			},
		],
		credential,
		numbers.map((phone, n) => ({ phone, n })),
	);
	const stored = await client.createWorkflow(workflow);
	if (workflow.pinData) await client.setPinData(stored.id, workflow.pinData);
	return { name, workflowId: stored.id, recipients: numbers, prefix };
}

export function startCampaign(client: N8nClient, campaign: Campaign): Promise<string> {
	return client.startManually(campaign.workflowId, MANUAL_TRIGGER);
}

/** The campaign's sends INCS accepted (journal order), after journal entry `sinceSeq`. */
export function acceptedSends(simulator: Simulator, campaign: Campaign, sinceSeq: number): JournalEntry[] {
	return simulator.journal
		.acceptedSends('whatsapp')
		.filter((entry) => entry.seq > sinceSeq && entry.to !== undefined && entry.to.startsWith(campaign.prefix));
}

export interface Delivery {
	/** Recipients with no accepted send. */
	lost: string[];
	/** Recipients with more than one accepted send. */
	duplicated: string[];
	/** Accepted sends to numbers outside the campaign's list. */
	strangers: string[];
}

export function deliveryOf(campaign: Campaign, accepted: JournalEntry[]): Delivery {
	const counts = new Map<string, number>();
	for (const entry of accepted) counts.set(entry.to ?? '', (counts.get(entry.to ?? '') ?? 0) + 1);
	const listed = new Set(campaign.recipients);
	return {
		lost: campaign.recipients.filter((to) => !counts.has(to)),
		duplicated: [...counts].filter(([, count]) => count > 1).map(([to]) => to),
		strangers: [...counts.keys()].filter((to) => !listed.has(to)),
	};
}
