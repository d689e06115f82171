// Polling with a deadline: n8n's start, publication and executions are all asynchronous.

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface WaitOptions {
	timeoutMs: number;
	intervalMs?: number;
	/** Named in the timeout error. */
	what: string;
}

/** Calls `probe` until it returns a value other than undefined; its errors end the wait. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, options: WaitOptions): Promise<T> {
	const deadline = Date.now() + options.timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}`);
		await sleep(options.intervalMs ?? 250);
	}
}
