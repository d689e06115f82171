// Public surface of the INCS simulator (a dev tool; never shipped).

export { startSimulator, SimulatorServer, type Simulator } from './server';
export { DEFAULT_CERTIFICATION_CODE, DEFAULT_OPTIONS, FAULT_KINDS } from './options';
export type { FaultKind, FaultRule, SimulatorOptions, SimulatorOptionsInput, LatencyRange, RateLimitOptions, CallbackDelays } from './options';
export type { Journal, JournalEntry, JournalFilter, Channel, Outcome } from './journal';
export type { CallbackDelivery } from './callbacks';
export type { CallbackInjection } from './inject';
export type { WabaTemplate, RcsTemplate } from './templateStore';
export { SEED_RCS_TEMPLATES, SEED_WABA_TEMPLATES } from './seed';
export { SIMULATOR_ONLY_ACCOUNT_FIELDS } from './handlers/account';
