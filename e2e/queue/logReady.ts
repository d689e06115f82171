// PostgreSQL and Redis say in their log when they accept connections; an open port alone is not
// enough (PostgreSQL answers "the database system is starting up" before that).

import { readFileSync } from 'node:fs';

import type { ProcessGroup } from '../support/processGroup';
import { waitFor } from '../support/wait';

export async function waitForLogLine(group: ProcessGroup, pattern: RegExp, what: string, timeoutMs = 60_000): Promise<void> {
	try {
		await waitFor(
			async () => {
				if (group.hasExited()) throw new Error(`${what} exited during start`);
				let text = '';
				try {
					text = readFileSync(group.logFile, 'utf8');
				} catch {
					// Not written yet.
				}
				return pattern.test(text) ? true : undefined;
			},
			{ timeoutMs, intervalMs: 100, what },
		);
	} catch (error) {
		await group.stop(5000);
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${reason}\n--- ${group.logFile} ---\n${group.logTail()}`);
	}
}
