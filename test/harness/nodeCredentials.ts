import type { INodeCredentials } from 'n8n-workflow';

import type { CredentialsByType } from './credentialsHelper';

/**
 * The `credentials` block a saved node carries: one reference per credential type. n8n-core only
 * lets a node read credentials it references, so every credential given to the harness is attached.
 */
export function nodeCredentialsFor(credentials: CredentialsByType = {}): INodeCredentials {
	return Object.fromEntries(
		Object.keys(credentials).map((type) => [type, { id: `${type}-id`, name: `${type} account` }]),
	);
}
