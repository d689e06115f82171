import { INCS_CODES } from './api';
import type { ErrorGuidance } from './errorCatalog';

/**
 * INCS's answer when a template send's variables do not fit the template. The channel codes'
 * general advice (10002: "free-form messages only reach people who wrote in the last 24 hours")
 * is wrong for a template, which may be sent at any time, so these get their own.
 *
 * Recognised by INCS's message: WhatsApp passes Meta's errors through (INCS's reference, error
 * codes: "message then carries the upstream provider's text"), and Meta numbers its template
 * errors #132000-#132999 (#132000 "Number of parameters does not match", #132001 "Template name
 * does not exist", #132012 "Parameter format does not match"); RCS answers 10004 "… received with
 * insufficient custom params" (INCS's reference, RCS send); a 400/422 that names a template's
 * components or parameters is INCS's own check of the same thing.
 */
const META_TEMPLATE_ERROR = /\(#132\d{3}\)/;
const NAMES_TEMPLATE = /\btemplate\b/i;
const NAMES_PARAMETERS = /\bparam(?:eter)?s?\b|\bcomponents?\b|\bvariables?\b/i;

const WHATSAPP_TEMPLATE: ErrorGuidance = {
	title: 'WhatsApp rejected the template message',
	action:
		'The values do not fit the approved template: give exactly one value for every variable of the template (text for text variables, a public link for a media header), check the template name and that it is approved, and send again. Templates are not bound to the 24-hour window.',
};

const RCS_TEMPLATE: ErrorGuidance = {
	title: 'RCS rejected the template message',
	action:
		'Give a value for every [variable] of the RCS template (in its text, card titles and descriptions, suggestions and URLs), check the template is approved, and send again.',
};

const INCS_TEMPLATE: ErrorGuidance = {
	title: 'INCS rejected the template parameters',
	action:
		'Correct the template value INCS names: every variable of the template needs exactly one value of the right kind. Templates are not bound to the 24-hour window.',
};

/** The guidance for a template-variable rejection, or undefined when the error is something else. */
export function templateRejectionGuidance(code: number, message: string): ErrorGuidance | undefined {
	const namesTemplateParameters = NAMES_TEMPLATE.test(message) && NAMES_PARAMETERS.test(message);
	switch (code) {
		case INCS_CODES.whatsAppError:
			return META_TEMPLATE_ERROR.test(message) || namesTemplateParameters ? WHATSAPP_TEMPLATE : undefined;
		case INCS_CODES.rcsError:
			return namesTemplateParameters ? RCS_TEMPLATE : undefined;
		case INCS_CODES.badRequest:
		case INCS_CODES.invalidParameter:
			return namesTemplateParameters ? INCS_TEMPLATE : undefined;
		default:
			return undefined;
	}
}
