/** @type {import('jest').Config} */
module.exports = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	// Two cores on the CI machines: one worker keeps nock state per file predictable.
	maxWorkers: 1,
	// With one worker jest runs every file inside its own main process, one after the other, and the
	// heap only grows: on a fresh CI clone (no timings yet, so the heavy reliability files run late)
	// they took 10-20 times as long as on their own, one request once over its 30-s timeout. With a
	// memory limit jest uses a worker process instead and replaces it when it grows past the limit:
	// the whole suite then takes about 2 minutes cold, as it does warm.
	workerIdleMemoryLimit: '512MB',
	// Many tests talk to loopback servers through n8n's real HTTP stack, and CI machines have run
	// the suite up to eight times slower than a laptop: the longest test (about 4 s here) must not
	// time out there. Performance is measured in benchmarks, not here.
	testTimeout: 120000,
	setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
	},
	// Tests share no globals across files; jest's soft-delete warnings about them are noise.
	testEnvironmentOptions: { globalsCleanup: 'off' },
};
