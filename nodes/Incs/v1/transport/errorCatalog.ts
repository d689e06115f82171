import { INCS_CODES } from './api';
import { templateRejectionGuidance } from './templateRejection';

/** What the user sees for each INCS envelope code: a title and the action that fixes it. */
export interface ErrorGuidance {
	title: string;
	action: string;
}

// No entry for 500: a server error may have been processed, so the transport reports it with its
// own wording (retried for reads, "may or may not have been accepted" for sends), never from here.
const CATALOG: Record<number, ErrorGuidance> = {
	[INCS_CODES.badRequest]: {
		title: 'INCS rejected the request',
		action:
			'INCS names the missing or wrong field in its message: fill it in or correct it and run the node again.',
	},
	[INCS_CODES.notFound]: {
		title: 'INCS could not find it',
		action:
			'Check the ID or name: the template may have been deleted, or it belongs to another INCS account. For an unexpected "not found" on every call, check the base URLs in the credential.',
	},
	[INCS_CODES.invalidParameter]: {
		title: 'INCS rejected a parameter',
		action: 'Correct the parameter INCS names, then run the node again.',
	},
	[INCS_CODES.tooManyAttempts]: {
		title: 'INCS is rate limiting this account',
		action:
			'The node retried with back-off and still hit the limit. Lower "Max Concurrent Requests", raise "Max Attempts", or run the workflow again later.',
	},
	[INCS_CODES.certificationInvalid]: {
		title: 'The certification code is invalid',
		action:
			'Open the INCS API credential and paste the certification code again from the INCS console. Each WhatsApp number has its own code; also check that both base URLs point at the right INCS environment.',
	},
	[INCS_CODES.whatsAppError]: {
		title: 'WhatsApp rejected the message',
		action:
			'Free-form messages only reach people who wrote to you in the last 24 hours; outside that window send an approved template. Also check the template name, its variables and that the number uses WhatsApp.',
	},
	[INCS_CODES.viberError]: {
		title: 'Viber rejected the message',
		action:
			'Check that the number uses Viber, the media URL is public (videos need a Content-Length header) and the content is within the Viber limits.',
	},
	[INCS_CODES.rcsError]: {
		title: 'RCS rejected the message',
		action:
			'For RCS templates, supply a value for every [variable] in the template and check the template is approved. Free-form RCS messages only reach people who wrote in the last 24 hours.',
	},
};

const UNKNOWN: ErrorGuidance = {
	title: 'INCS returned an error',
	action: 'INCS did not document this code. Check the message from INCS, and contact INCS support with it if it is unclear.',
};

/**
 * Advice for a parameter INCS refuses (code 422), by the field it names: in its message ("The phone
 * number is invalid.", INCS "Error codes") or as a key of its `error` details ({"to": […]}). Only
 * advice that fits a named field is given, so a refused template name is not told about phone numbers.
 */
const FIELD_ADVICE: ReadonlyArray<{ words: RegExp; keys: readonly string[]; advice: string }> = [
	{
		words: /\bphone\b|\brecipient\b/i,
		keys: ['to', 'phone', 'phone_number'],
		advice: 'Phone numbers must be the country code followed by the number, digits only (for example 85261234567).',
	},
	{
		words: /\btemplate\b/i,
		keys: ['template', 'template_name', 'template_id'],
		advice: 'Template names and IDs must match a template of this INCS account exactly, as Get Many lists them.',
	},
	{
		words: /\b(link|url|media|image|video|audio|document)s?\b/i,
		keys: ['link', 'url', 'image', 'video', 'audio', 'document'],
		advice: 'Media links must be public http(s) URLs that INCS can download without signing in, to a file type the channel takes.',
	},
	{
		words: /\blanguage\b/i,
		keys: ['language'],
		advice: "Use the language code the template has in INCS, for example en_US, as Get Many lists it.",
	},
];

function fieldAdvice(message: string, detailKeys: readonly string[]): string[] {
	const keys = detailKeys.map((key) => key.toLowerCase());
	return FIELD_ADVICE.filter(({ words, keys: fieldKeys }) => words.test(message) || fieldKeys.some((key) => keys.includes(key))).map(
		({ advice }) => advice,
	);
}

/**
 * The guidance for an INCS error. INCS answers "not found" with code 400 on some endpoints (RCS
 * template get) and 404 on others (RCS template delete), so the message decides between the two.
 * For a refused parameter (422) the advice fits the field INCS names, or there is none.
 */
export function guidanceFor(code: number, message = '', detailKeys: readonly string[] = []): ErrorGuidance {
	const template = templateRejectionGuidance(code, message);
	if (template !== undefined) return template;
	if (code === INCS_CODES.badRequest && /\bnot found\b/i.test(message)) return CATALOG[INCS_CODES.notFound];
	const guidance = CATALOG[code] ?? UNKNOWN;
	if (code !== INCS_CODES.invalidParameter) return guidance;
	return { ...guidance, action: [guidance.action, ...fieldAdvice(message, detailKeys)].join(' ') };
}
