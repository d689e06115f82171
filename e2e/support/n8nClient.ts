// n8n's HTTP APIs as the suite uses them: the editor's REST API with the owner's session cookie
// (login, API key, manual runs, publication status) and the public API with the API key
// (credentials, workflows, executions).

import { requestJson } from './http';
import type { OwnerLogin } from './owner';
import { waitFor } from './wait';
import type { Execution, JsonObject, StoredWorkflow, WorkflowJson } from './workflowTypes';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

export interface PublicationStatus {
	status: 'in_progress' | 'not_published' | 'published' | 'partial' | 'failed';
	triggers: Array<{ nodeId: string; status: string; errorMessage: string | null }>;
}

const FINISHED_STATUSES = new Set(['success', 'error', 'crashed', 'canceled']);

export class N8nClient {
	private cookie = '';
	private apiKey = '';

	constructor(
		readonly baseUrl: string,
		private readonly owner: OwnerLogin,
	) {}

	/** Logs in and creates an API key with every scope the owner may grant. */
	async connect(): Promise<void> {
		const login = await requestJson<unknown>(`${this.baseUrl}/rest/login`, {
			method: 'POST',
			body: { emailOrLdapLoginId: this.owner.email, password: this.owner.password },
		});
		const cookies = login.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
		this.cookie = cookies.join('; ');
		if (!this.cookie.includes('n8n-auth=')) throw new Error('n8n login set no n8n-auth cookie');
		const scopes = await this.rest<string[]>('GET', '/api-keys/scopes');
		const key = await this.rest<{ rawApiKey: string }>('POST', '/api-keys', {
			label: `e2e ${Date.now()}`,
			scopes,
			expiresAt: null,
		});
		this.apiKey = key.rawApiKey;
	}

	/** The editor's REST API; n8n wraps its answers in `{ data }`. */
	async rest<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await requestJson<{ data: T }>(`${this.baseUrl}/rest${path}`, {
			method,
			body,
			headers: { cookie: this.cookie },
		});
		return response.body.data;
	}

	/** Any path of n8n's server with the session cookie (e.g. the editor's /types/nodes.json). */
	async get<T>(path: string): Promise<T> {
		const response = await requestJson<T>(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie }, timeoutMs: 180_000 });
		return response.body;
	}

	async api<T>(method: string, path: string, body?: unknown): Promise<T> {
		const response = await requestJson<T>(`${this.baseUrl}/api/v1${path}`, {
			method,
			body,
			headers: { 'x-n8n-api-key': this.apiKey },
		});
		return response.body;
	}

	createCredential(name: string, type: string, data: JsonObject): Promise<{ id: string; name: string }> {
		return this.api('POST', '/credentials', { name, type, data });
	}

	/** Creates the credential, or updates the one of that name (a restarted demo keeps its data). */
	async ensureCredential(name: string, type: string, data: JsonObject): Promise<{ id: string; name: string }> {
		const list = await this.api<{ data: Array<{ id: string; name: string; type: string }> }>('GET', '/credentials?limit=250');
		const existing = list.data.find((credential) => credential.name === name && credential.type === type);
		if (existing === undefined) return this.createCredential(name, type, data);
		await this.api('PATCH', `/credentials/${existing.id}`, { name, type, data });
		return { id: existing.id, name };
	}

	async findWorkflowByName(name: string): Promise<StoredWorkflow | undefined> {
		const list = await this.api<{ data: StoredWorkflow[] }>('GET', `/workflows?name=${encodeURIComponent(name)}&limit=250`);
		return list.data.find((workflow) => workflow.name === name);
	}

	/** Runs the credential type's `test` request inside n8n, with the stored (encrypted) data. */
	testCredential(id: string): Promise<CredentialTestResult> {
		return this.api('POST', `/credentials/${id}/test`);
	}

	createWorkflow(workflow: WorkflowJson): Promise<StoredWorkflow> {
		// The public API requires `settings` and refuses fields it does not know (pinData).
		const { name, nodes, connections, settings } = workflow;
		return this.api('POST', '/workflows', { name, nodes, connections, settings: settings ?? {} });
	}

	/** Pinned data can only be saved through the editor's API. */
	async setPinData(id: string, pinData: NonNullable<WorkflowJson['pinData']>): Promise<void> {
		const current = await this.rest<{ versionId: string }>('GET', `/workflows/${id}`);
		await this.rest('PATCH', `/workflows/${id}`, { pinData, versionId: current.versionId });
	}

	async publishWorkflow(id: string): Promise<PublicationStatus> {
		await this.api('POST', `/workflows/${id}/publish`);
		// Publishing is asynchronous: the webhook is live only once every trigger reports.
		return waitFor(
			async () => {
				const status = await this.rest<PublicationStatus>('GET', `/workflows/${id}/publication-status`);
				return status.status === 'in_progress' || status.status === 'not_published' ? undefined : status;
			},
			{ timeoutMs: 180_000, intervalMs: 200, what: `publication of workflow ${id}` },
		);
	}

	/** Like the editor's "Execute workflow" button; resolves with the finished execution. */
	async runManually(id: string, triggerName: string, timeoutMs = 300_000): Promise<Execution> {
		return this.waitForExecution(await this.startManually(id, triggerName), timeoutMs);
	}

	/** Starts a run like the editor's button and returns its execution ID without waiting. */
	async startManually(id: string, triggerName: string): Promise<string> {
		const started = await this.rest<{ executionId?: string; waitingForWebhook?: boolean }>(
			'POST',
			`/workflows/${id}/run`,
			{ triggerToStartFrom: { name: triggerName } },
		);
		if (started.executionId === undefined) throw new Error(`workflow ${id} did not start: ${JSON.stringify(started)}`);
		return started.executionId;
	}

	waitForExecution(executionId: string, timeoutMs = 300_000): Promise<Execution> {
		return waitFor(
			async () => {
				const execution = await this.getExecution(executionId);
				return execution && FINISHED_STATUSES.has(execution.status) ? execution : undefined;
			},
			{ timeoutMs, intervalMs: 200, what: `execution ${executionId}` },
		);
	}

	async getExecution(executionId: string): Promise<Execution | undefined> {
		try {
			return await this.api<Execution>('GET', `/executions/${executionId}?includeData=true`);
		} catch (error) {
			// Saved only once it finishes; until then the public API answers 404.
			if (error instanceof Error && / HTTP 404/.test(error.message)) return undefined;
			throw error;
		}
	}

	/** Every execution of the workflow, page by page (the public API returns at most 250 a page). */
	async allExecutions(workflowId: string, includeData: boolean): Promise<Execution[]> {
		const all: Execution[] = [];
		let cursor: string | undefined;
		do {
			const query = `workflowId=${encodeURIComponent(workflowId)}&includeData=${String(includeData)}&limit=250`;
			const page = await this.api<{ data: Execution[]; nextCursor?: string | null }>(
				'GET',
				`/executions?${query}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
			);
			all.push(...page.data);
			cursor = page.nextCursor ?? undefined;
		} while (cursor !== undefined);
		return all;
	}

	async listExecutions(workflowId: string): Promise<Execution[]> {
		const page = await this.api<{ data: Execution[] }>(
			'GET',
			`/executions?workflowId=${encodeURIComponent(workflowId)}&includeData=true&limit=250`,
		);
		return page.data;
	}
}
