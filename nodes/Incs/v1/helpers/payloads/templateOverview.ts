/**
 * The text of a template around its variables, shown once above the variable fields of a send.
 * n8n 2.41's resource mapper gives each field a one-line label (longer ones are cut) and no hint
 * or description of our own (its tooltip only says "mandatory"), so the fields carry short labels
 * (`Body {{1}}`, `Button 1 URL Suffix`, `product`) and this overview names the same parts with
 * their full text, e.g. `Body: Hi {{1}}, your order {{2}} is ready.`
 */
import { findWhatsAppVariables } from '../placeholders';
import { rcsTextsWithVariables } from './rcsTemplate';
import type { WabaDefinitionComponent } from './templateResources';

/** One line per part of a WhatsApp template that a send fills in or that gives it context. */
export function describeWhatsAppTemplateText(components: WabaDefinitionComponent[] = []): string[] {
	const lines: string[] = [];
	for (const component of components) {
		const type = (component.type ?? '').toUpperCase();
		const format = (component.format ?? '').toUpperCase();
		if (type === 'HEADER' && format === 'TEXT' && component.text) lines.push(`Header: ${component.text}`);
		else if (type === 'HEADER' && format !== '') lines.push(`Header: ${format.toLowerCase()}`);
		else if (type === 'BODY' && component.text) lines.push(`Body: ${component.text}`);
		else if (type === 'FOOTER' && component.text) lines.push(`Footer: ${component.text}`);
		else if (type === 'BUTTONS') {
			(component.buttons ?? []).forEach((button, index) => {
				const buttonType = (button.type ?? '').toUpperCase();
				const name = `Button ${index + 1} "${button.text ?? ''}"`;
				if (buttonType === 'URL' && button.url && findWhatsAppVariables(button.url).length > 0) {
					lines.push(`${name}: ${button.url}`);
				} else if (buttonType === 'COPY_CODE') {
					lines.push(`Button ${index + 1}: copies the coupon code`);
				}
			});
		}
	}
	return lines;
}

/** One line per text of an RCS template that holds a `[variable]`, named by its place in the form. */
export function describeRcsTemplateText(content: unknown): string[] {
	return rcsTextsWithVariables(content).map(({ place, text }) => `${place}: ${text}`);
}
