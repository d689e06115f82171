// What every e2e test receives: the running environment and where to keep artifacts.

import type { Environment } from '../support/environment';
import type { TestCase } from '../support/runner';

export interface SuiteContext {
	env: Environment;
	artifactsDir: string;
	/** Run after the last test (e.g. closing a browser the editor tests opened). */
	cleanups: Array<() => Promise<void>>;
}

export type E2eTest = TestCase<SuiteContext>;
