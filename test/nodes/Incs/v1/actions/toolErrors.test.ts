import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { guidanceFor } from '../../../../../nodes/Incs/v1/transport/errorCatalog';
import { executeNode, type ExecuteNodeResult } from '../../../../harness';
import { credentialTypes, failure, incsCredentials, MESSAGING_URL, TEST_CERTIFICATION_CODE } from '../../../../support/incs';

// An AI agent reads only a failed tool's message (n8n 2.41's agent: `{"error": message}`), so in
// tool mode (node type `…incsTool`) the fix the node writes in the description must be in the
// message too. The normal node keeps its message as it was.

async function run(typeName: string, parameters: INodeParameters): Promise<ExecuteNodeResult> {
	const result = await executeNode({
		nodeType: new Incs(),
		typeName,
		parameters,
		credentials: incsCredentials(),
		credentialTypes,
	});
	expect(JSON.stringify(result.runData)).not.toContain(TEST_CERTIFICATION_CODE);
	return result;
}

const TOOL = 'n8n-nodes-incs.incsTool';
const NODE = 'n8n-nodes-incs.incs';
const textSend = (to: string) => ({ resource: 'whatsAppMessage', operation: 'send', to, messageType: 'text', text: 'Hi' });

describe('errors of the node running as an AI tool carry their fix in the message', () => {
	const phoneProblem = 'Invalid "Recipient Phone Number" in item 1: "+852 6841 12x4" contains characters that are not part of a phone number';
	const phoneFix = 'Use digits with an optional leading + and spaces, dashes, dots or brackets, e.g. +852 6841 1234.';

	it('a malformed phone number: the message says how to write one, and that nothing was sent; no request', async () => {
		const result = await run(TOOL, textSend('+852 6841 12x4'));
		expect(result.error?.name).toBe('NodeOperationError');
		expect(result.error?.message).toBe(`${phoneProblem}. How to fix: ${phoneFix} Nothing was sent.`);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('the normal node keeps the short message, with the fix in the description', async () => {
		const result = await run(NODE, textSend('+852 6841 12x4'));
		expect(result.error?.message).toBe(phoneProblem);
		expect(result.error?.description).toMatch(new RegExp(`^${phoneFix.replace(/[.+]/g, '\\$&')} Nothing was sent: the node checks every item`));
	});

	it('an INCS rejection: INCS\'s code, its message and the action, in one message', async () => {
		const scope = nock(MESSAGING_URL)
			.post('/external/messages/whatsapp')
			.reply(200, failure(10002, '(#131047) Re-engagement message'));
		const result = await run(TOOL, textSend('85268411234'));
		expect(result.error?.name).toBe('NodeApiError');
		const guidance = guidanceFor(10002, '(#131047) Re-engagement message');
		expect(result.error?.message).toBe(`${guidance.title}: (#131047) Re-engagement message [INCS code 10002]. How to fix: ${guidance.action}`);
		expect(scope.isDone()).toBe(true);
	});
});
