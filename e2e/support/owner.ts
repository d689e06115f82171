// The n8n owner account, created by n8n itself from environment variables at start
// (N8N_INSTANCE_OWNER_MANAGED_BY_ENV), so no setup screen or sign-up call is needed.

import { createRequire } from 'node:module';
import path from 'node:path';

import { RUNTIME_DIR } from './paths';

export interface OwnerLogin {
	email: string;
	password: string;
}

interface Bcrypt {
	hashSync(password: string, rounds: number): string;
}

/** Loaded from n8n's own dependencies: the main package must not depend on it. */
function bcrypt(): Bcrypt {
	const load = createRequire(path.join(RUNTIME_DIR, 'package.json'));
	return load('bcryptjs') as Bcrypt;
}

export function ownerEnv(owner: OwnerLogin): Record<string, string> {
	return {
		N8N_INSTANCE_OWNER_MANAGED_BY_ENV: 'true',
		N8N_INSTANCE_OWNER_EMAIL: owner.email,
		N8N_INSTANCE_OWNER_FIRST_NAME: 'INCS',
		N8N_INSTANCE_OWNER_LAST_NAME: 'Tester',
		// Cost 10 is bcrypt's usual; it takes ~70 ms, once per start.
		N8N_INSTANCE_OWNER_PASSWORD_HASH: bcrypt().hashSync(owner.password, 10),
	};
}
