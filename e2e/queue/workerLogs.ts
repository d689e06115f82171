// Which worker ran an execution: n8n's worker logs `Worker started execution <id> (job <n>)` at
// info level, and nothing else in n8n says which process ran it.

import { readFileSync } from 'node:fs';

export function workerLogMentions(logFile: string, executionId: string): boolean {
	try {
		return readFileSync(logFile, 'utf8').includes(`Worker started execution ${executionId} (`);
	} catch {
		return false;
	}
}
