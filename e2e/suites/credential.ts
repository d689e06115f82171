// The credential's `test` request, run by n8n itself against the simulator.

import assert from 'node:assert/strict';

import { simulatorCredentialData } from '../support/environment';
import { CREDENTIAL_TYPE } from '../support/incs';
import type { E2eTest } from './context';

export const credentialTests: E2eTest[] = [
	{
		name: 'credential: the test passes with the right certification code',
		async run({ env }) {
			const since = env.simulator.journal.size;
			const result = await env.client.testCredential(env.credential.id);
			assert.equal(result.status, 'OK', `credential test said: ${result.message}`);
			const calls = env.simulator.journal.query({ sinceSeq: since });
			assert.equal(calls.length, 1, 'one call to INCS');
			assert.equal(calls[0].method, 'GET');
			assert.equal(calls[0].path, '/external/account');
			assert.equal(calls[0].certificationCodeMatched, true);
		},
	},
	{
		name: 'credential: the test fails with a wrong certification code',
		async run({ env }) {
			const wrong = await env.client.createCredential(
				'INCS (wrong code)',
				CREDENTIAL_TYPE,
				simulatorCredentialData(env.simulator.url, 'not-the-certification-code'),
			);
			const since = env.simulator.journal.size;
			const result = await env.client.testCredential(wrong.id);
			assert.equal(result.status, 'Error');
			assert.match(result.message, /certification code/i);
			const calls = env.simulator.journal.query({ sinceSeq: since });
			assert.ok(calls.length >= 1, 'INCS was called');
			assert.ok(
				calls.every((call) => call.path === '/external/account' && call.certificationCodeMatched === false),
				'every call carried the wrong code',
			);
		},
	},
];
