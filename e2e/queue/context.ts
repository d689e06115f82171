// What every queue-mode test receives: the running cluster, the simulator it talks to, and the
// credential that points at the simulator.

import type { Simulator } from '../../simulator';
import type { TestCase } from '../support/runner';
import type { CredentialRef } from '../support/workflowTypes';
import type { QueueCluster } from './cluster';

export interface QueueContext {
	cluster: QueueCluster;
	simulator: Simulator;
	credential: CredentialRef;
	/** Measured figures, printed at the end of the run (name → text). */
	report: Map<string, string>;
}

export type QueueTest = TestCase<QueueContext>;
