// Runs the INCS node in a real n8n-core WorkflowExecute through the test harness.

import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { IncsApi } from '../../credentials/IncsApi.credentials';
import { Incs } from '../../nodes/Incs/Incs.node';
import { DEFAULT_CERTIFICATION_CODE } from '../../simulator';
import { executeNode, type ExecuteNodeResult } from '../../test/harness/execute';
import { BARE_SEND_TYPE, BareSend } from './bareSendNode';

// One instance for the whole bench, as n8n keeps one per loaded node type.
const incs = new Incs();
const bareSend = new BareSend();
export const credentialTypes = [new IncsApi()];

function credentialsFor(baseUrl: string) {
	return { incsApi: { certificationCode: DEFAULT_CERTIFICATION_CODE, messagingBaseUrl: baseUrl, managementBaseUrl: baseUrl } };
}

export async function runIncsNode(baseUrl: string, parameters: INodeParameters, inputItems: INodeExecutionData[]): Promise<ExecuteNodeResult> {
	return await executeNode({ nodeType: incs, parameters, inputItems, credentials: credentialsFor(baseUrl), credentialTypes });
}

/** The same sends through the bare n8n floor node (see bareSendNode.ts). */
export async function runBareSend(baseUrl: string, concurrency: number, inputItems: INodeExecutionData[]): Promise<ExecuteNodeResult> {
	return await executeNode({
		nodeType: bareSend,
		typeName: BARE_SEND_TYPE,
		parameters: { to: '={{ $json.phone }}', text: SEND_TEXT, concurrency },
		inputItems,
		credentials: credentialsFor(baseUrl),
		credentialTypes,
	});
}

/** A distinct, valid recipient per item, so the journal can tell lost and duplicated sends apart. */
export function recipient(index: number): string {
	return `8526${String(index).padStart(7, '0')}`;
}

export const SEND_TEXT = 'Benchmark message: your order is ready.';

/** Input items carrying the recipient, as a spreadsheet or CRM node would hand them on. */
export function recipientItems(count: number, offset = 0): INodeExecutionData[] {
	return Array.from({ length: count }, (_, i) => ({ json: { phone: recipient(offset + i) } }));
}

/** WhatsApp → Send, text; the recipient is mapped from the item by an expression. */
export function whatsAppTextParameters(extraOptions: INodeParameters = {}): INodeParameters {
	return {
		resource: 'whatsAppMessage',
		operation: 'send',
		to: '={{ $json.phone }}',
		messageType: 'text',
		text: SEND_TEXT,
		options: extraOptions,
	};
}

/** Throws when the run failed or did not answer every item with a message ID. */
export function checkSends(result: ExecuteNodeResult, expected: number): void {
	if (result.error) throw new Error(`the node failed: ${result.error.message}`);
	const withId = result.items.filter((item) => typeof item.json.messageId === 'string').length;
	if (withId !== expected) throw new Error(`the node returned ${withId} message IDs for ${expected} items`);
}
