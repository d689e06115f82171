// The n8n settings the callback comparison runs under, each in a fresh n8n. They decide whether a
// webhook request pays for a sandboxed expression isolate (see docs/performance.md).

export interface N8nSetting {
	name: 'defaults' | 'lazyAcquire' | 'legacy';
	label: string;
	env: Record<string, string>;
}

export const N8N_SETTINGS: readonly N8nSetting[] = [
	{ name: 'defaults', label: "n8n's defaults", env: {} },
	{ name: 'lazyAcquire', label: 'N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE=true', env: { N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: 'true' } },
	{ name: 'legacy', label: 'N8N_EXPRESSION_ENGINE=legacy', env: { N8N_EXPRESSION_ENGINE: 'legacy' } },
];

/**
 * Execution-data saving stays at n8n's defaults (every run saved, with its data) for all three
 * receivers alike: the saved executions are what proves that no callback's run was lost.
 */
export const SAVING_NOTE = "execution saving at n8n's defaults (all runs saved, with data), the same for every receiver";
