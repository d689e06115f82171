import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import type { SimulatorOptionsInput } from '../../simulator';
import type { SimCommand, SimRequest, SimResponse, SimStats } from './protocol';

interface Waiter {
	resolve: (value: unknown) => void;
	reject: (error: Error) => void;
}

/** A simulator in a child process, driven over IPC. */
export class SimProcess {
	private nextId = 1;
	private readonly pending = new Map<number, Waiter>();
	private exited = false;
	private baseUrl = '';

	private constructor(private readonly child: ChildProcess) {
		child.on('message', (message: SimResponse) => {
			const waiter = this.pending.get(message.id);
			if (waiter === undefined) return;
			this.pending.delete(message.id);
			if (message.ok) waiter.resolve(message.result);
			else waiter.reject(new Error(`simulator: ${message.error ?? 'failed'}`));
		});
		child.once('exit', () => {
			this.exited = true;
			for (const waiter of this.pending.values()) waiter.reject(new Error('the simulator process exited'));
			this.pending.clear();
		});
	}

	static async start(options: SimulatorOptionsInput): Promise<SimProcess> {
		const child = fork(path.join(__dirname, 'child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		const sim = new SimProcess(child);
		sim.baseUrl = (await sim.call({ op: 'start', options })) as string;
		return sim;
	}

	/** Both API groups share the one port. */
	get url(): string {
		return this.baseUrl;
	}

	private call(command: SimCommand): Promise<unknown> {
		if (this.exited) return Promise.reject(new Error('the simulator process exited'));
		const id = this.nextId++;
		const request: SimRequest = { id, command };
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			this.child.send(request);
		});
	}

	/** Changes knobs and, by default, clears the journal, stores and rate limiter. */
	async configure(options: SimulatorOptionsInput, reset = true): Promise<void> {
		await this.call({ op: 'configure', options, reset });
	}

	async seedWabaTemplates(count: number): Promise<number> {
		return (await this.call({ op: 'seedWabaTemplates', count })) as number;
	}

	async stats(bucketMs = 1000): Promise<SimStats> {
		return (await this.call({ op: 'stats', bucketMs })) as SimStats;
	}

	async stop(): Promise<void> {
		if (this.exited) return;
		const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
		await this.call({ op: 'stop' });
		await exited;
	}
}
