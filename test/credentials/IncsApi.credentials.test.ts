import nock from 'nock';

import { IncsApi } from '../../credentials/IncsApi.credentials';
import { testCredential } from '../harness';
import { failure, MANAGEMENT_URL, success, TEST_CERTIFICATION_CODE } from '../support/incs';

const credentialType = new IncsApi();
const data = {
	certificationCode: TEST_CERTIFICATION_CODE,
	messagingBaseUrl: 'https://chat-api.incsapp.com',
	managementBaseUrl: MANAGEMENT_URL,
};

describe('INCS API credential', () => {
	it('declares the certification code as a required password field and both base URLs with INCS defaults', () => {
		const fields = Object.fromEntries(credentialType.properties.map((property) => [property.name, property]));
		expect(fields.certificationCode).toMatchObject({ type: 'string', required: true, typeOptions: { password: true } });
		expect(fields.messagingBaseUrl.default).toBe('https://chat-api.incsapp.com');
		expect(fields.managementBaseUrl.default).toBe('https://api.incsapp.com');
	});

	it('authenticates with the certification-code header, keeping the other headers', async () => {
		const authenticate = credentialType.authenticate;
		if (typeof authenticate !== 'function') throw new Error('authenticate must be a function');
		const options = await authenticate(
			{ certificationCode: ` ${TEST_CERTIFICATION_CODE} ` },
			{ url: 'https://api.incsapp.com/external/account', headers: { accept: 'application/json' } },
		);
		expect(options).toEqual({
			url: 'https://api.incsapp.com/external/account',
			headers: { accept: 'application/json', 'certification-code': TEST_CERTIFICATION_CODE },
		});
	});

	it('passes when INCS returns the account', async () => {
		const scope = nock(MANAGEMENT_URL, { reqheaders: { 'certification-code': TEST_CERTIFICATION_CODE } })
			.get('/external/account')
			.reply(200, success({ display_phone_number: '+852 0000 0001' }));

		await expect(testCredential(credentialType, data)).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(scope.isDone()).toBe(true);
	});

	it('fails on an error envelope even when INCS answers HTTP 200 (code 10001)', async () => {
		nock(MANAGEMENT_URL).get('/external/account').reply(200, failure(10001, 'Certification code is invalid'));

		const result = await testCredential(credentialType, { ...data, certificationCode: 'wrong-code' });

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/INCS rejected the certification code/);
	});

	it('strips trailing slashes from the management base URL', async () => {
		const scope = nock('http://127.0.0.1:8787').get('/external/account').reply(200, success({}));
		const result = await testCredential(credentialType, { ...data, managementBaseUrl: 'http://127.0.0.1:8787/ ' });
		expect(result.status).toBe('OK');
		expect(scope.isDone()).toBe(true);
	});

	it('fails on an HTTP error', async () => {
		nock(MANAGEMENT_URL).get('/external/account').times(2).reply(401, 'Unauthorized');
		const result = await testCredential(credentialType, data);
		expect(result.status).toBe('Error');
	});
});
