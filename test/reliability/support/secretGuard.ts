import { format } from 'node:util';

import { TEST_CERTIFICATION_CODE } from '../../support/incs';

/** The certification code every reliability run uses; it must never show up anywhere. */
export const SECRET = TEST_CERTIFICATION_CODE;

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

type Write = typeof process.stdout.write;

/** A few characters around the leak, so a failure says where the secret sat without a wall of text. */
function excerpt(text: string): string {
	const at = text.indexOf(SECRET);
	return text.slice(Math.max(0, at - 120), at + SECRET.length + 40);
}

/**
 * Watches everything a test file produces for the certification code: console calls and raw
 * writes to stdout/stderr (n8n-core's logger writes there directly, not through `console`) are
 * captured for the whole file, and outputs, errors, run data and the simulator journal are
 * scanned as they come. Captured output is kept, not printed: a debug-level run logs too much.
 */
export class SecretGuard {
	private captured: string[] = [];
	private restorers: Array<() => void> = [];
	/** How many values were scanned, so a test can prove the guard looked at something. */
	scannedValues = 0;

	start(): void {
		for (const method of CONSOLE_METHODS) {
			const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
				this.captured.push(format(...args));
			});
			this.restorers.push(() => spy.mockRestore());
		}
		// n8n's logger (winston) writes to `console._stdout` when it exists; under jest that is the
		// console's own stream (buffered per test file), not process.stdout, so both are watched.
		const consoleStreams = console as unknown as { _stdout?: NodeJS.WritableStream; _stderr?: NodeJS.WritableStream };
		const streams = new Set([process.stdout, process.stderr, consoleStreams._stdout, consoleStreams._stderr]);
		for (const stream of streams) {
			if (stream === undefined) continue;
			const original = stream.write;
			const capture = ((chunk: unknown, ...rest: unknown[]) => {
				this.captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
				// Honour the write callback, which may be the second or the third argument.
				const callback = rest.find((arg): arg is () => void => typeof arg === 'function');
				callback?.();
				return true;
			}) as Write;
			stream.write = capture as NodeJS.WritableStream['write'];
			this.restorers.push(() => {
				stream.write = original;
			});
		}
	}

	stop(): void {
		for (const restore of this.restorers.reverse()) restore();
		this.restorers = [];
	}

	/** Everything written to the console, stdout and stderr since `start`. */
	get output(): string {
		return this.captured.join('\n');
	}

	/** Throws at once when `value` (serialised as JSON unless it is text) holds the secret. */
	scan(where: string, value: unknown): void {
		this.scannedValues++;
		const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
		if (text.includes(SECRET)) throw new Error(`The certification code leaked into ${where}: …${excerpt(text)}…`);
	}

	/** Fails when the captured console and stream output holds the secret. */
	assertOutputClean(): void {
		this.scan('console, stdout or stderr output', this.output);
	}

	/** Forgets captured output (the guard's own self-test writes the secret on purpose). */
	clearOutput(): void {
		this.captured = [];
	}
}

/**
 * One guard per test file, capturing from the moment the file calls this (its top level, before
 * any test) to its end, when the output is checked. It must start that early: n8n's logger (winston)
 * binds `console.log` when it is created, so a spy installed later would never see its lines.
 */
export function installSecretGuard(): SecretGuard {
	const guard = new SecretGuard();
	guard.start();
	afterAll(() => {
		guard.stop();
		guard.assertOutputClean();
	});
	return guard;
}
