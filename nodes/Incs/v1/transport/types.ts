import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions } from 'n8n-workflow';

/** INCS serves messaging (chat-api) and management (api) from two hosts; each has its own base URL. */
export type IncsApiGroup = 'messaging' | 'management';

export type IncsHttpMethod = 'GET' | 'POST' | 'DELETE';

export interface IncsRequest {
	api: IncsApiGroup;
	method: IncsHttpMethod;
	/** Path below the base URL, starting with `/external/`. */
	path: string;
	body?: IDataObject;
	qs?: IDataObject;
}

export interface TransportOptions {
	/** Attempts in all, the first included. */
	maxAttempts?: number;
	timeoutMs?: number;
	/** The item this request belongs to, for error messages. */
	itemIndex?: number;
}

/** Every INCS answer (INCS "Basic configuration" (response format)). `error` is missing from the legacy envelope. */
export interface IncsEnvelope<T = unknown> {
	status: 'success' | 'error';
	code: number;
	message: string;
	data: T;
	error?: IDataObject;
}

export type IncsContext = IExecuteFunctions | ILoadOptionsFunctions;
