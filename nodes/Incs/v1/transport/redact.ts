/**
 * Removes the certification code from any text that may reach the user (INCS messages, network
 * error texts), so the secret can never leak through an error, an output or a log line.
 */
export function redactSecret(text: string, secret: string): string {
	if (secret.length < 4) return text;
	return text.split(secret).join('[redacted]');
}
