import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { Incs } from '../../../../../../nodes/Incs/Incs.node';
import { executeNode, type ExecuteNodeResult } from '../../../../../harness';
import { credentialTypes, incsCredentials, MANAGEMENT_URL, MESSAGING_URL, TEST_CERTIFICATION_CODE } from '../../../../../support/incs';

export { MANAGEMENT_URL, MESSAGING_URL, TEST_CERTIFICATION_CODE };

export const MSG_ID = '00000000-0000-7000-8000-000000000001';

export async function run(
	parameters: INodeParameters,
	inputItems?: INodeExecutionData[],
	continueOnFail = false,
	typeVersion?: number,
): Promise<ExecuteNodeResult> {
	const result = await executeNode({
		nodeType: new Incs(),
		typeVersion,
		parameters,
		inputItems,
		credentials: incsCredentials(),
		credentialTypes,
		continueOnFail,
	});
	// The certification code must never reach an output or an error.
	expect(JSON.stringify(result.runData)).not.toContain(TEST_CERTIFICATION_CODE);
	return result;
}

/** Expects exactly this POST on the messaging API, with the credential header, and answers with `msg_id`. */
export function expectSend(path: string, body: object, msgId = MSG_ID): nock.Scope {
	return nock(MESSAGING_URL)
		.post(path, body as nock.RequestBodyMatcher)
		.matchHeader('certification-code', TEST_CERTIFICATION_CODE)
		.matchHeader('content-type', /application\/json/)
		.reply(200, { status: 'success', code: 200, message: '', data: { msg_id: msgId }, error: {} });
}

export const jsonItems = (...rows: IDataObject[]): INodeExecutionData[] => rows.map((json) => ({ json }));

/** The media link of a send fixture, e.g. `image.link`. */
export function linkOf(body: object, type: string): string {
	return (body as Record<string, { link: string }>)[type].link;
}

export const output = (json: IDataObject, item = 0) => ({ json, pairedItem: { item } });
