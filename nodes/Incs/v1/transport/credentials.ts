import type { ICredentialsDecrypted } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from './api';
import type { IncsApiGroup, IncsContext } from './types';

export interface IncsConnection {
	messagingBaseUrl: string;
	managementBaseUrl: string;
	/** Kept only so error texts can be scrubbed of it; never put into outputs. */
	certificationCode: string;
	/**
	 * The credential as read once, handed to n8n's request helper with every request so that it
	 * does not fetch, decrypt and resolve the credential again for each of a campaign's messages.
	 */
	credential: ICredentialsDecrypted;
}

const FIELD_LABELS: Record<IncsApiGroup, string> = {
	messaging: 'Messaging API Base URL',
	management: 'Management API Base URL',
};

const connections = new WeakMap<object, Promise<IncsConnection>>();

/**
 * Reads the INCS credential and checks it before any request leaves n8n, so a typo in a base URL
 * or an empty certification code gives an error that names the field instead of a network error.
 * Read once per execution context and shared by its items (a campaign of 100,000 items would
 * otherwise read and check the credential 100,000 times).
 */
export async function loadConnection(this: IncsContext, itemIndex = 0): Promise<IncsConnection> {
	let connection = connections.get(this);
	if (connection === undefined) {
		connection = readConnection.call(this, itemIndex);
		connections.set(this, connection);
	}
	return await connection;
}

async function readConnection(this: IncsContext, itemIndex: number): Promise<IncsConnection> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE, itemIndex);
	const certificationCode =
		typeof credentials.certificationCode === 'string' ? credentials.certificationCode.trim() : '';
	if (certificationCode === '') {
		throw new NodeOperationError(this.getNode(), 'The INCS credential has no Certification Code', {
			description:
				'Open the INCS API credential and paste the certification code from the INCS console.',
			itemIndex,
		});
	}
	const selected = this.getNode().credentials?.[CREDENTIAL_TYPE];
	return {
		messagingBaseUrl: normaliseBaseUrl.call(this, credentials.messagingBaseUrl, 'messaging', itemIndex),
		managementBaseUrl: normaliseBaseUrl.call(this, credentials.managementBaseUrl, 'management', itemIndex),
		certificationCode,
		credential: { id: selected?.id ?? '', name: selected?.name ?? '', type: CREDENTIAL_TYPE, data: credentials },
	};
}

/** Accepts `https://host`, `https://host/` and `https://host/prefix//`; rejects anything not http(s). */
function normaliseBaseUrl(
	this: IncsContext,
	value: unknown,
	api: IncsApiGroup,
	itemIndex = 0,
): string {
	const text = typeof value === 'string' ? value.trim().replace(/\/+$/, '') : '';
	const problem = describeBaseUrlProblem(text);
	if (problem !== undefined) {
		throw new NodeOperationError(
			this.getNode(),
			`The INCS credential's ${FIELD_LABELS[api]} is not valid: ${problem}`,
			{
				description: `Open the INCS API credential and set ${FIELD_LABELS[api]} to a full URL such as https://${api === 'messaging' ? 'chat-api' : 'api'}.incsapp.com`,
				itemIndex,
			},
		);
	}
	return text;
}

function describeBaseUrlProblem(text: string): string | undefined {
	if (text === '') return 'it is empty';
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return `"${text}" is not a URL`;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return `it must start with http:// or https:// (got "${url.protocol}")`;
	}
	if (url.search !== '' || url.hash !== '') return 'it must not contain "?" or "#"';
	return undefined;
}

export function baseUrlFor(connection: IncsConnection, api: IncsApiGroup): string {
	return api === 'messaging' ? connection.messagingBaseUrl : connection.managementBaseUrl;
}
