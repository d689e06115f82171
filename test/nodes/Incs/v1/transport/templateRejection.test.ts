import { INCS_CODES } from '../../../../../nodes/Incs/v1/transport/api';
import { guidanceFor } from '../../../../../nodes/Incs/v1/transport/errorCatalog';
import { templateRejectionGuidance } from '../../../../../nodes/Incs/v1/transport/templateRejection';

// Template-variable rejections must not get the channel's 24-hour-window advice.
describe('guidance for a template send whose variables INCS rejects', () => {
	it.each([
		[INCS_CODES.whatsAppError, '(#132000) Number of parameters does not match the expected number of params: body expects 2, got 1', 'WhatsApp rejected the template message'],
		[INCS_CODES.whatsAppError, '(#132012) Parameter format does not match format in the created template: header expects IMAGE', 'WhatsApp rejected the template message'],
		[INCS_CODES.whatsAppError, '(#132001) Template name does not exist in the translation: no template named [x]', 'WhatsApp rejected the template message'],
		[INCS_CODES.whatsAppError, 'Template parameters are missing', 'WhatsApp rejected the template message'],
		[INCS_CODES.rcsError, 'Template with the code [promo] and bot [agent_1] received with insufficient custom params', 'RCS rejected the template message'],
		[INCS_CODES.invalidParameter, 'The template.components.0.parameters must be an array.', 'INCS rejected the template parameters'],
		[INCS_CODES.badRequest, 'template parameters require', 'INCS rejected the template parameters'],
	])('code %i "%s": %s, without the 24-hour advice', (code, message, title) => {
		const guidance = guidanceFor(code, message);
		expect(guidance.title).toBe(title);
		expect(guidance.action).toMatch(/every (variable|\[variable\])/);
		expect(guidance.action).not.toMatch(/wrote .*in the last 24 hours|outside that window/);
	});

	it.each([
		[INCS_CODES.whatsAppError, 'WhatsApp API error', 'WhatsApp rejected the message'],
		[INCS_CODES.whatsAppError, '(#131047) Re-engagement message', 'WhatsApp rejected the message'],
		[INCS_CODES.rcsError, 'RCS API error', 'RCS rejected the message'],
		[INCS_CODES.invalidParameter, 'The phone number is invalid.', 'INCS rejected a parameter'],
		[INCS_CODES.badRequest, 'The template is not found.', 'INCS could not find it'],
		[INCS_CODES.viberError, 'template params', 'Viber rejected the message'],
	])('other errors keep their guidance: code %i "%s"', (code, message, title) => {
		expect(templateRejectionGuidance(code, message)).toBeUndefined();
		expect(guidanceFor(code, message).title).toBe(title);
	});
});
