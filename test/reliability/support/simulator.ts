import { startSimulator, type Simulator, type SimulatorOptionsInput } from '../../../simulator';
import { SECRET, type SecretGuard } from './secretGuard';

/**
 * A strict local INCS for one test file: seeded with the demo templates, accepting only the
 * suite's certification code, templates left PENDING (no review timers, so runs repeat exactly).
 * Every test starts from a fresh state; after every test the journal is checked: the node sent the
 * code with each request (so it was on the wire) and the journal kept none of it.
 */
export function useSimulator(guard: SecretGuard, options: SimulatorOptionsInput = {}): () => Simulator {
	let sim: Simulator | undefined;
	// Every knob a test may change, back to its start value before the next test.
	const baseline: SimulatorOptionsInput = { certificationCodes: [SECRET], faults: [], rateLimit: null, latencyMs: 0, randomSeed: 1 };

	beforeAll(async () => {
		sim = await startSimulator({ seedData: true, reviewDelayMs: -1, ...baseline, ...options });
	});
	beforeEach(() => {
		const current = get();
		current.setOptions({ ...baseline, ...options });
		current.setRateLimitClock();
		current.reset();
	});
	afterEach(() => {
		const entries = get().journal.all();
		guard.scan('the simulator journal', entries);
		const unauthenticated = entries.filter((entry) => entry.certificationCodeMatched !== true);
		expect(unauthenticated.map((entry) => `${entry.method} ${entry.path}`)).toEqual([]);
	});
	afterAll(async () => {
		await sim?.close();
	});

	function get(): Simulator {
		if (sim === undefined) throw new Error('the simulator is not running (used outside a test?)');
		return sim;
	}
	return get;
}
