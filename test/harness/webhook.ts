import { HookContext, WebhookContext } from 'n8n-core';
import type {
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
	IWorkflowExecuteAdditionalData,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { parse as parseQueryString } from 'querystring';

import { createAdditionalData } from './additionalData';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { createNodeTypes, defaultTypeVersion } from './nodeTypes';

/*
 * Runs a trigger node's `webhook()` and webhook lifecycle methods through n8n-core's real
 * `WebhookContext` and `HookContext`. What n8n's CLI does around them is mirrored from n8n 2.41
 * (packages/cli/src/webhooks/webhook-helpers.ts `executeWebhook` and `parseRequestBody`,
 * middlewares/body-parser.ts `parseBody`, webhook-on-received-response-extractor.ts), so a test
 * sees the status and body an HTTP client would get and whether an execution would start.
 */

export const DEFAULT_TRIGGER_TYPE_NAME = 'n8n-nodes-incs.incsTrigger';
const WEBHOOK_ID = 'harness-webhook-id';

export interface WebhookRequest {
	/** Raw text is sent as is; anything else is sent as its JSON text. Default: no body. */
	body?: unknown;
	/** The Content-Type header; default 'application/json'; null sends none. */
	contentType?: string | null;
	headers?: Record<string, string>;
	query?: Record<string, string | string[]>;
}

interface TriggerSetup {
	/** An instance of the trigger class, e.g. `new IncsTrigger()`. */
	nodeType: INodeType;
	/** Only the values that differ from the defaults are needed, as in a saved workflow. */
	parameters: INodeParameters;
	typeName?: string;
	/** The node's typeVersion; default: the type's default version. */
	typeVersion?: number;
	/** 'webhook' is a production (published) call, 'manual' a test-URL call. */
	mode?: WorkflowExecuteMode;
}

export interface CallWebhookOptions extends TriggerSetup {
	request: WebhookRequest;
}

export interface WebhookCallResult {
	/** How often the request body was read from the stream: by n8n's parse or the node (0 or 1). */
	streamReads: number;
	/** False when n8n itself rejected the request before the node ran (e.g. 422). */
	nodeRan: boolean;
	/** What the node's `webhook()` returned. */
	result?: IWebhookResponseData;
	/** Whether n8n would start an execution. */
	executionStarted: boolean;
	/** The first output's items when an execution starts, otherwise empty. */
	items: INodeExecutionData[];
	statusCode: number;
	/** The response body; undefined is an empty body. */
	responseBody: unknown;
}

/** Records what a node writes to the Express response; only the methods nodes use exist. */
class RecordingResponse {
	statusCode = 200;
	body: unknown = undefined;
	headersSent = false;

	status(code: number): this {
		this.statusCode = code;
		return this;
	}

	json(body: unknown): this {
		this.body = body;
		this.headersSent = true;
		return this;
	}

	end(): this {
		this.headersSent = true;
		return this;
	}
}

interface HarnessRequest {
	method: 'POST';
	headers: Record<string, string>;
	query: Record<string, string | string[]>;
	params: Record<string, string>;
	/** Unset until n8n's parse or `readRawBody` reads the stream. */
	rawBody?: Buffer;
	contentType?: string;
	body?: unknown;
	readRawBody(): Promise<void>;
	/** How often the stream was actually read (it can be read once). */
	streamReads: number;
}

function buildRequest(request: WebhookRequest): HarnessRequest {
	const text =
		request.body === undefined
			? ''
			: typeof request.body === 'string'
				? request.body
				: JSON.stringify(request.body);
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
	const contentTypeHeader = request.contentType === undefined ? 'application/json' : request.contentType;
	if (contentTypeHeader !== null) headers['content-type'] = contentTypeHeader;
	const built: HarnessRequest = {
		method: 'POST',
		headers,
		query: request.query ?? {},
		params: {},
		// n8n keeps the media type without parameters, lower-cased.
		contentType: contentTypeHeader?.split(';')[0].trim().toLowerCase(),
		streamReads: 0,
		async readRawBody() {
			if (built.rawBody !== undefined) return;
			built.streamReads++;
			built.rawBody = Buffer.from(text, 'utf8');
		},
	};
	return built;
}

/** The Content-Types n8n parses for webhook nodes above version 1 (webhook-helpers `isParsableContentType`). */
function isParsableContentType(contentType: string | undefined): boolean {
	if (contentType === undefined) return false;
	return (
		contentType.startsWith('application/json') ||
		contentType.startsWith('text/plain') ||
		contentType.startsWith('application/x-www-form-urlencoded') ||
		contentType.endsWith('/xml') ||
		contentType.endsWith('+xml')
	);
}

/**
 * For version-1 webhook nodes n8n reads every body and parses JSON, URL-encoded and plain text;
 * other types stay unparsed (with `rawBody` set). Above version 1 it reads and parses only the
 * types it can parse and leaves any other body unread (no `rawBody`). A declared-JSON body that
 * does not parse makes n8n answer 422 itself. XML parsing is left out: the INCS trigger does not
 * accept XML.
 */
async function parseBodyLikeN8n(
	req: HarnessRequest,
	typeVersion: number,
): Promise<{ ok: true } | { ok: false; statusCode: number; body: unknown }> {
	if (typeVersion > 1 && !isParsableContentType(req.contentType)) return { ok: true };
	await req.readRawBody();
	if (req.rawBody === undefined || req.rawBody.length === 0) return { ok: true };
	const text = req.rawBody.toString('utf8');
	if (req.contentType === 'application/json') {
		try {
			req.body = JSON.parse(text) as unknown;
		} catch {
			return { ok: false, statusCode: 422, body: { message: 'Failed to parse request body' } };
		}
	} else if (req.contentType === 'application/x-www-form-urlencoded') {
		req.body = parseQueryString(text);
	} else if (req.contentType === 'text/plain') {
		req.body = text;
	}
	return { ok: true };
}

interface BuiltTrigger {
	workflow: Workflow;
	node: INode;
	description: IWebhookDescription;
	additionalData: IWorkflowExecuteAdditionalData;
	webhookData: IWebhookData;
	mode: WorkflowExecuteMode;
}

function buildTrigger(setup: TriggerSetup): BuiltTrigger {
	const typeName = setup.typeName ?? DEFAULT_TRIGGER_TYPE_NAME;
	const description = setup.nodeType.description;
	const webhookDescription = description.webhooks?.find((webhook) => webhook.name === 'default');
	if (webhookDescription === undefined) throw new Error(`${typeName} declares no default webhook`);
	const node: INode = {
		id: 'harness-trigger',
		name: description.defaults.name ?? 'Trigger',
		type: typeName,
		typeVersion: setup.typeVersion ?? defaultTypeVersion(setup.nodeType),
		position: [0, 0],
		parameters: setup.parameters,
		webhookId: WEBHOOK_ID,
	};
	// The Workflow constructor applies parameter defaults exactly as n8n does.
	const workflow = new Workflow({
		id: 'harness-workflow',
		name: 'Harness workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: createNodeTypes([{ typeName, nodeType: setup.nodeType }]),
	});
	const additionalData = createAdditionalData({ credentialsHelper: new HarnessCredentialsHelper([]) });
	const mode = setup.mode ?? 'webhook';
	const webhookData: IWebhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: `${WEBHOOK_ID}/${webhookDescription.path}`,
		webhookDescription,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
		webhookId: WEBHOOK_ID,
		isTest: mode === 'manual',
	};
	return {
		workflow,
		node: workflow.getNode(node.name) as INode,
		description: webhookDescription,
		additionalData,
		webhookData,
		mode,
	};
}

/** n8n's answer once an execution starts in "onReceived" mode (literal description values only). */
function onReceivedBody(description: IWebhookDescription, result: IWebhookResponseData): unknown {
	const responseData = description.responseData ?? 'firstEntryJson';
	if (responseData === 'noData') return undefined;
	if (responseData) return responseData;
	return result.webhookResponse ?? { message: 'Workflow was started' };
}

/** Posts `request` to the trigger's webhook as n8n's webhook server would. */
export async function callWebhook(options: CallWebhookOptions): Promise<WebhookCallResult> {
	const trigger = buildTrigger(options);
	const req = buildRequest(options.request);
	const parsed = await parseBodyLikeN8n(req, trigger.node.typeVersion);
	if (!parsed.ok) {
		return {
			streamReads: req.streamReads,
			nodeRan: false,
			executionStarted: false,
			items: [],
			statusCode: parsed.statusCode,
			responseBody: parsed.body,
		};
	}
	const res = new RecordingResponse();
	trigger.additionalData.httpRequest = req;
	trigger.additionalData.httpResponse = res;

	const context = new WebhookContext(
		trigger.workflow,
		trigger.node,
		trigger.additionalData,
		trigger.mode,
		trigger.webhookData,
		[],
		null,
	);
	const webhook = options.nodeType.webhook;
	if (webhook === undefined) throw new Error('The node has no webhook() method');
	const result = await webhook.call(context);

	const executionStarted = result.workflowData !== undefined;
	const outcome = {
		streamReads: req.streamReads,
		nodeRan: true,
		result,
		executionStarted,
		items: result.workflowData?.[0] ?? [],
	};
	if (result.noWebhookResponse === true) {
		return { ...outcome, statusCode: res.statusCode, responseBody: res.body };
	}
	if (!executionStarted) {
		return { ...outcome, statusCode: 200, responseBody: result.webhookResponse ?? { message: 'Webhook call received' } };
	}
	if (trigger.description.responseMode !== 'onReceived') {
		throw new Error('The harness models only the "onReceived" response mode');
	}
	return { ...outcome, statusCode: 200, responseBody: onReceivedBody(trigger.description, result) };
}

export type WebhookLifecycleMethod = 'checkExists' | 'create' | 'delete';

export interface LifecycleOptions extends TriggerSetup {
	activation?: WorkflowActivateMode;
}

function hookContextFor(options: LifecycleOptions): HookContext {
	const trigger = buildTrigger(options);
	return new HookContext(
		trigger.workflow,
		trigger.node,
		trigger.additionalData,
		trigger.mode,
		options.activation ?? 'activate',
		trigger.webhookData,
	);
}

/** The URL n8n shows for the trigger's default webhook (the test URL in 'manual' mode). */
export function webhookUrlOf(options: LifecycleOptions): string | undefined {
	return hookContextFor(options).getNodeWebhookUrl('default');
}

/** Calls one webhook lifecycle method of the trigger through a real `HookContext`. */
export async function callLifecycleMethod(
	method: WebhookLifecycleMethod,
	options: LifecycleOptions,
): Promise<boolean | undefined> {
	const context = hookContextFor(options);
	const lifecycle = options.nodeType.webhookMethods?.default;
	if (lifecycle === undefined) throw new Error('The node has no default webhook methods');
	return await lifecycle[method].call(context);
}

/** What n8n does on publishing: `checkExists`, then `create` only when that answered false. */
export async function activateWebhook(
	options: LifecycleOptions,
): Promise<{ existed: boolean; created: boolean | undefined }> {
	const existed = (await callLifecycleMethod('checkExists', options)) === true;
	const created = existed ? undefined : await callLifecycleMethod('create', options);
	return { existed, created };
}
