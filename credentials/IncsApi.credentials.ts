import type {
	ICredentialDataDecryptedObject,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

/**
 * The INCS certification code authenticates every call on both API groups. The two base URLs
 * are separate because INCS serves messaging (chat-api) and management (api) from different
 * hosts, and both can be pointed at a sandbox or the local simulator.
 */
export class IncsApi implements ICredentialType {
	name = 'incsApi';

	displayName = 'INCS API';

	icon: Icon = { light: 'file:../icons/incs.svg', dark: 'file:../icons/incs.dark.svg' };

	documentationUrl = 'https://www.npmjs.com/package/n8n-nodes-incs#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Certification Code',
			name: 'certificationCode',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The certification code INCS issued for your WhatsApp Business number (INCS console → API settings). It is sent as the certification-code header and never shown in outputs or errors.',
		},
		{
			displayName: 'Messaging API Base URL',
			name: 'messagingBaseUrl',
			type: 'string',
			required: true,
			default: 'https://chat-api.incsapp.com',
			placeholder: 'https://chat-api.incsapp.com',
			description:
				'Where messages are sent (WhatsApp, Viber, RCS). Change only for a sandbox or a local simulator. Must start with http:// or https://.',
		},
		{
			displayName: 'Management API Base URL',
			name: 'managementBaseUrl',
			type: 'string',
			required: true,
			default: 'https://api.incsapp.com',
			placeholder: 'https://api.incsapp.com',
			description:
				'Where templates and the account are managed. Change only for a sandbox or a local simulator. Must start with http:// or https://.',
		},
	];

	/**
	 * Adds the `certification-code` header. A function rather than n8n's generic
	 * `={{$credentials…}}` form: the generic form evaluates an expression on every request, which
	 * the benchmarks showed to be a tenth of the node's CPU time in a large campaign.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const code = typeof credentials.certificationCode === 'string' ? credentials.certificationCode.trim() : '';
		return { ...requestOptions, headers: { ...requestOptions.headers, 'certification-code': code } };
	}

	// INCS answers errors inside a JSON envelope, sometimes with HTTP 200: the rule makes the
	// test fail whenever the envelope says "error" (e.g. 10001, invalid certification code).
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.managementBaseUrl.trim().replace(/\\/+$/, "")}}',
			url: '/external/account',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'status',
					value: 'error',
					message:
						'INCS rejected the certification code. Copy it again from the INCS console and check that the Management API Base URL is right.',
				},
			},
		],
	};
}
