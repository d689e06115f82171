import { WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES } from '../constants/whatsapp';
import { ValidationError } from '../validation/error';

/** Meta rejects text parameters with line breaks, tabs or more than 4 spaces in a row (error 132018). */
export function checkTemplateParameterText(field: string, text: string): void {
	if (/[\n\r\t]/.test(text)) {
		throw new ValidationError(
			field,
			'it contains a line break or tab, which WhatsApp does not allow in template variables',
			'Replace line breaks and tabs with spaces, e.g. {{ $json.value.replace(/\\s+/g, " ") }}.',
		);
	}
	const spaces = new RegExp(` {${WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES + 1},}`);
	if (spaces.test(text)) {
		throw new ValidationError(
			field,
			`it has more than ${WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES} spaces in a row, which WhatsApp does not allow in template variables`,
			`Keep at most ${WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES} spaces in a row.`,
		);
	}
}
