import { ValidationError } from './validation/error';

/**
 * Stops a send with a template that cannot be sent yet (pending, rejected, paused), before the
 * request: INCS would only fail it later with the channel's error.
 */
export function checkSendableStatus(template: { name: string; status?: string }, sendable: readonly string[]): void {
	const status = (template.status ?? '').toUpperCase();
	if (status !== '' && !sendable.includes(status)) {
		throw new ValidationError(
			'Template',
			`template "${template.name}" is ${status}; only ${sendable.join(' or ')} templates can be sent`,
			'Wait for the template to be approved, or pick another one.',
		);
	}
}
