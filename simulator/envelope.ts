// The INCS response envelope (§2) and the error codes of §3.

export interface Envelope {
	status: 'success' | 'error';
	code: number;
	message: string;
	data: unknown;
	error: Record<string, never>;
}

export const CODE_OK = 200;
export const CODE_BAD_REQUEST = 400;
export const CODE_NOT_FOUND = 404;
export const CODE_INVALID_PARAMETER = 422;
export const CODE_TOO_MANY_ATTEMPTS = 429;
export const CODE_SERVER_ERROR = 500;
export const CODE_CERTIFICATION_INVALID = 10001;
export const CODE_WHATSAPP_ERROR = 10002;
export const CODE_VIBER_ERROR = 10003;
export const CODE_RCS_ERROR = 10004;

export const MESSAGE_CERTIFICATION_INVALID = 'Certification code is invalid';
export const MESSAGE_NOT_FOUND = 'Not found';
export const MESSAGE_TOO_MANY_ATTEMPTS = 'Too many attempts';
export const MESSAGE_SERVER_ERROR = 'Server error';
export const MESSAGE_TEMPLATE_NOT_FOUND = 'The template is not found.';

export function successEnvelope(data: unknown): Envelope {
	return { status: 'success', code: CODE_OK, message: '', data, error: {} };
}

export function errorEnvelope(code: number, message: string): Envelope {
	return { status: 'error', code, message, data: {}, error: {} };
}

/**
 * An envelope error raised anywhere in request handling; the router turns it into an envelope.
 * INCS answers such errors with HTTP 200 as far as anyone knows, hence the separate knob.
 */
export class ApiError extends Error {
	constructor(
		readonly code: number,
		message: string,
	) {
		super(message);
		this.name = 'ApiError';
	}
}

/** HTTP status for an envelope when `httpStatusMirrorsCode` is on. */
export function mirroredHttpStatus(code: number): number {
	if (code >= 200 && code < 600) return code;
	if (code === CODE_CERTIFICATION_INVALID) return 401;
	return 400;
}
