/**
 * Facts about the INCS API itself (INCS documentation: "Basic configuration", the WABA and RCS
 * template list pages): the credential, paths, paging and envelope codes. Only the transport and
 * the steps that call INCS read them; channel and template rules live in `helpers/constants/`.
 */

export const CREDENTIAL_TYPE = 'incsApi';

/** The header INCS reads the certification code from ("Basic configuration", authentication). */
export const AUTH_HEADER = 'certification-code';

export const API_PATHS = {
	sendWhatsApp: '/external/messages/whatsapp',
	sendViber: '/external/messages/viber',
	sendRcs: '/external/messages/rcs',
	wabaTemplates: '/external/templates',
	rcsTemplates: '/external/templates/rcs',
	account: '/external/account',
} as const;

/** Keyset paging (`last_id` + `count`): INCS accepts at most 100 per page. */
export const PAGE_SIZE_MAX = 100;

/** Envelope codes INCS documents ("Basic configuration", error codes). */
export const INCS_CODES = {
	success: 200, badRequest: 400, notFound: 404, invalidParameter: 422, tooManyAttempts: 429, serverError: 500,
	// The channel's own refusal: WhatsApp, Viber, RCS.
	certificationInvalid: 10001, whatsAppError: 10002, viberError: 10003, rcsError: 10004,
} as const;

/**
 * Codes that say INCS looked at the request and refused it: nothing was done, whatever the HTTP
 * status around them (INCS documents none), so even a 5xx carrying one is a definite answer.
 */
export const INCS_REJECTION_CODES: readonly number[] = [
	INCS_CODES.badRequest,
	INCS_CODES.notFound,
	INCS_CODES.invalidParameter,
	INCS_CODES.certificationInvalid,
	INCS_CODES.whatsAppError,
	INCS_CODES.viberError,
	INCS_CODES.rcsError,
];
