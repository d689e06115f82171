import { ApiError, CODE_RCS_ERROR } from '../envelope';
import { RCS_SEND_TYPES, RCS_SENDABLE_STATUSES, RCS_TEXT_MAX } from '../limits';
import { rcsVariables } from '../variables';
import { bodyObject, invalid, isRecord, mediaLink, oneOf, recipient, requiredObject, requiredString, requireTopLevel, stringValue, typedPayload } from './common';
import type { SendContext, ValidatedSend } from './send';

/** The documented 10004 wording (§5.3): the template is a "code", the agent a "bot". */
function rcsError(name: string, agent: string, problem: string): ApiError {
	return new ApiError(CODE_RCS_ERROR, `Template with the code [${name}] and bot [${agent}] ${problem}`);
}

function validateTemplate(body: Record<string, unknown>, context: SendContext): string {
	const template = requiredObject(body, 'template', 'template');
	const name = requiredString(template, 'name', 'template.name');
	const parameters = template.parameters ?? {};
	// An object keyed by variable name, not Meta's component array.
	if (!isRecord(parameters)) invalid('The template.parameters must be an object keyed by variable name.');
	for (const [key, value] of Object.entries(parameters)) {
		if (typeof value !== 'string') invalid(`The template.parameters.${key} must be a string.`);
	}
	const stored = context.findRcsTemplates(name)[0];
	if (!stored) throw rcsError(name, context.rcsAgentId, 'is not found');
	if (!(RCS_SENDABLE_STATUSES as readonly string[]).includes(stored.status)) {
		throw rcsError(name, context.rcsAgentId, `is ${stored.status} and cannot be sent`);
	}
	const missing = rcsVariables(stored.content).filter((variable) => parameters[variable] === undefined || parameters[variable] === '');
	if (missing.length > 0) throw rcsError(name, context.rcsAgentId, 'received with insufficient custom params');
	return name;
}

export function validateRcsSend(raw: unknown, context: SendContext): ValidatedSend {
	const body = bodyObject(raw);
	const to = recipient(body);
	const type = oneOf(requireTopLevel(body, 'type'), RCS_SEND_TYPES, 'type');
	typedPayload(body, type);
	switch (type) {
		case 'template':
			return { to, type, templateName: validateTemplate(body, context) };
		case 'text':
			stringValue(body.text, 'text', { max: RCS_TEXT_MAX });
			break;
		case 'document': {
			const link = mediaLink(body, type);
			// Only PDF documents are supported (§5.3, one rendering).
			if (!/\.pdf(\?|#|$)/i.test(new URL(link).pathname)) invalid('The document.link must point to a PDF file.');
			break;
		}
		default:
			mediaLink(body, type);
	}
	return { to, type };
}
