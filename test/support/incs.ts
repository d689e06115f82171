import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { IncsApi } from '../../credentials/IncsApi.credentials';

/** A certification code long and odd enough that a leak anywhere is easy to search for. */
export const TEST_CERTIFICATION_CODE = 'cert-SECRET-7f3a9c1e-0b2d-4e6f-a8c0-5d1e2f3a4b5c';

export const MESSAGING_URL = 'https://chat-api.incsapp.com';
export const MANAGEMENT_URL = 'https://api.incsapp.com';

export function incsCredentials(overrides: IDataObject = {}): Record<string, ICredentialDataDecryptedObject> {
	return {
		incsApi: {
			certificationCode: TEST_CERTIFICATION_CODE,
			messagingBaseUrl: MESSAGING_URL,
			managementBaseUrl: MANAGEMENT_URL,
			...overrides,
		} as ICredentialDataDecryptedObject,
	};
}

export const credentialTypes = [new IncsApi()];

export function success(data: unknown): IDataObject {
	return { status: 'success', code: 200, message: '', data: data as IDataObject, error: {} };
}

export function failure(code: number, message: string): IDataObject {
	return { status: 'error', code, message, data: {}, error: {} };
}
