import nock from 'nock';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { executeNode } from '../../../../harness';
import { credentialTypes, incsCredentials, MANAGEMENT_URL, success, TEST_CERTIFICATION_CODE } from '../../../../support/incs';

describe('Account → Get', () => {
	it('calls GET /external/account on the management API and outputs the account', async () => {
		const scope = nock(MANAGEMENT_URL, { reqheaders: { 'certification-code': TEST_CERTIFICATION_CODE } })
			.get('/external/account')
			.reply(200, success({ display_phone_number: '+62 800-0000-0001' }));

		const result = await executeNode({
			nodeType: new Incs(),
			parameters: { resource: 'account', operation: 'get' },
			credentials: incsCredentials(),
			credentialTypes,
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { display_phone_number: '+62 800-0000-0001' }, pairedItem: { item: 0 } }]);
		expect(scope.isDone()).toBe(true);
		expect(JSON.stringify(result.runData)).not.toContain(TEST_CERTIFICATION_CODE);
	});

	it('stops with a clear error and sends nothing when the certification code is empty', async () => {
		const result = await executeNode({
			nodeType: new Incs(),
			parameters: { resource: 'account', operation: 'get' },
			credentials: incsCredentials({ certificationCode: '' }),
			credentialTypes,
		});
		expect(result.error).toMatchObject({
			name: 'NodeOperationError',
			message: 'The INCS credential has no Certification Code',
		});
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('rejects an operation that does not exist for the resource', async () => {
		const result = await executeNode({
			nodeType: new Incs(),
			parameters: { resource: 'account', operation: 'delete' },
			credentials: incsCredentials(),
			credentialTypes,
		});
		expect(result.error?.message).toBe('The operation "delete" is not supported for "account"');
	});
});
