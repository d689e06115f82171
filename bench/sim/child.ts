// Entry point of the simulator's child process (see protocol.ts). Answers one command at a time.

import { startSimulator, type Simulator } from '../../simulator';
import { validateWabaTemplate } from '../../simulator/validation/wabaTemplate';
import type { SimCommand, SimRequest, SimResponse, SimStats, TimelineBucket } from './protocol';

let simulator: Simulator | undefined;

function running(): Simulator {
	if (simulator === undefined) throw new Error('the simulator is not started');
	return simulator;
}

/** Through the simulator's own create path, so the stored shape is exactly what INCS lists. */
function seedWabaTemplates(sim: Simulator, count: number): number {
	for (let i = 0; i < count; i++) {
		const name = `bench_template_${String(i).padStart(5, '0')}`;
		const input = validateWabaTemplate({
			name,
			language: 'en_US',
			category: i % 2 === 0 ? 'UTILITY' : 'MARKETING',
			components: [{ type: 'BODY', text: `Benchmark template number ${i}.` }],
		});
		sim.state.createWabaTemplate(input, 'APPROVED');
	}
	return sim.state.waba.all().length;
}

function stats(sim: Simulator, bucketMs: number): SimStats {
	const entries = sim.journal.all();
	const first = entries.length > 0 ? entries[0].time : 0;
	const last = entries.length > 0 ? entries[entries.length - 1].time : 0;
	const buckets: TimelineBucket[] = [];
	let rateLimited = 0;
	let otherFailures = 0;
	for (const entry of entries) {
		const index = Math.floor((entry.time - first) / bucketMs);
		while (buckets.length <= index) buckets.push({ atMs: buckets.length * bucketMs, accepted: 0, rateLimited: 0 });
		if (entry.httpStatus === 429) {
			rateLimited++;
			buckets[index].rateLimited++;
		} else if (entry.outcome === 'accepted') {
			buckets[index].accepted++;
		} else {
			otherFailures++;
		}
	}
	const perRecipient = sim.journal.countByRecipient();
	const counts = Object.values(perRecipient);
	return {
		requests: entries.length,
		acceptedSends: sim.journal.acceptedSends().length,
		uniqueRecipients: counts.length,
		duplicateRecipients: counts.filter((count) => count > 1).length,
		rateLimited,
		otherFailures,
		spanMs: last - first,
		firstAt: first,
		lastAt: last,
		timeline: buckets,
	};
}

async function run(command: SimCommand): Promise<unknown> {
	switch (command.op) {
		case 'start':
			simulator = await startSimulator(command.options);
			return simulator.url;
		case 'configure': {
			const sim = running();
			sim.setOptions(command.options);
			if (command.reset) sim.reset();
			return null;
		}
		case 'seedWabaTemplates':
			return seedWabaTemplates(running(), command.count);
		case 'stats':
			return stats(running(), command.bucketMs);
		case 'stop':
			await simulator?.close();
			simulator = undefined;
			// Answered before exiting; the parent waits for the exit itself.
			setImmediate(() => process.exit(0));
			return null;
	}
}

process.on('message', (message: SimRequest) => {
	run(message.command).then(
		(result) => reply({ id: message.id, ok: true, result }),
		(error: unknown) => reply({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
	);
});

function reply(response: SimResponse): void {
	process.send?.(response);
}

// If the bench dies without stopping it, the simulator must not outlive it.
process.on('disconnect', () => process.exit(0));
