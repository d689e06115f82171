/**
 * Send and Wait for Response with an approved WhatsApp template, for people outside the 24-hour
 * window. The template needs one URL button per response link whose URL ends in a variable, e.g.
 * `https://n8n.example.com/webhook-waiting/{{1}}`; Meta appends the button's parameter to that URL
 * (Meta Cloud API, template URL buttons), so the parameter is the rest of n8n's signed link.
 * Buttons are used in template order: the first carries Approve (or Respond), the second Decline.
 */
import type { WabaDefinitionComponent } from '../payloads/templateResources';
import { urlSuffixFieldId, urlSuffixIndexOf } from '../payloads/whatsAppTemplate';
import { whatsAppUrlBeforeVariable } from '../placeholders';
import type { WhatsAppTemplateComponent } from '../payloads/types';
import { ValidationError } from '../validation/error';
import type { ResponseLink } from './types';

export const TEMPLATE_FIELD = 'Template';

interface UrlButton {
	index: number;
	text: string;
	url: string;
	/** The URL before its variable: where the response link must start. */
	base: string;
}

function variableUrlButtons(components: WabaDefinitionComponent[]): UrlButton[] {
	const buttons = components.find((component) => (component.type ?? '').toUpperCase() === 'BUTTONS')?.buttons ?? [];
	return buttons.flatMap((button, index) => {
		if ((button.type ?? '').toUpperCase() !== 'URL' || typeof button.url !== 'string') return [];
		const base = whatsAppUrlBeforeVariable(button.url);
		return base === undefined ? [] : [{ index, text: button.text ?? `Button ${index + 1}`, url: button.url, base }];
	});
}

/**
 * How many response links a question carries, so how many URL buttons its template gives them:
 * two for Approve and Decline, one for Approve Only, Free Text and Custom Form (`responseLinks`).
 * Read from the raw parameters, for the editor, before they are checked.
 */
export function responseLinkCount(responseType: unknown, approvalType: unknown): number {
	return (responseType ?? 'approval') === 'approval' && approvalType === 'double' ? 2 : 1;
}

/** The variable fields the node fills with the response links: the first `count` variable URL buttons. */
export function responseButtonFieldIds(components: WabaDefinitionComponent[], count: number): string[] {
	return variableUrlButtons(components)
		.slice(0, count)
		.map((button) => urlSuffixFieldId(button.index));
}

/** The URL a template button needs to carry this n8n's links: the link without execution, node and query. */
export function suggestedButtonUrl(link: string): string {
	const url = new URL(link);
	const segments = url.pathname.split('/');
	return `${url.origin}${segments.slice(0, -2).join('/')}/{{1}}`;
}

/**
 * The button parameters that carry the links: `{ "button_<index>_url_suffix": "<rest of link>" }`,
 * keyed as the template variable fields are (payloads/whatsAppTemplate.ts), so they fill those fields.
 */
export function responseButtonValues(components: WabaDefinitionComponent[], links: ResponseLink[]): Record<string, string> {
	const buttons = variableUrlButtons(components);
	const wanted = links.map((link) => `"${link.label}"`).join(' and ');
	const suggestion = links.length > 0 ? suggestedButtonUrl(links[0].url) : '';
	if (buttons.length < links.length) {
		throw new ValidationError(
			TEMPLATE_FIELD,
			`it has ${buttons.length} URL button${buttons.length === 1 ? '' : 's'} with a variable; this question needs ${links.length} (${wanted})`,
			`Pick a template with ${links.length === 1 ? 'a URL button' : `${links.length} URL buttons`} whose URL is ${suggestion}`,
		);
	}
	const values: Record<string, string> = {};
	links.forEach((link, position) => {
		const button = buttons[position];
		const { base } = button;
		if (!link.url.startsWith(base)) {
			throw new ValidationError(
				TEMPLATE_FIELD,
				`its button "${button.text}" opens ${button.url}, which cannot carry this n8n's response link`,
				`Pick a template whose URL buttons are ${suggestion}; the node fills in the variable.`,
			);
		}
		values[urlSuffixFieldId(button.index)] = link.url.slice(base.length);
	});
	return values;
}

/** Template components given as JSON: the response buttons' parameters replace any given for those buttons. */
export function withResponseButtons(
	components: WhatsAppTemplateComponent[] | undefined,
	values: Record<string, string>,
): WhatsAppTemplateComponent[] {
	const links = Object.entries(values).flatMap(([id, suffix]) => {
		const index = urlSuffixIndexOf(id);
		return index === undefined ? [] : [{ index: String(index), suffix }];
	});
	const indexes = links.map((link) => link.index);
	const kept = (components ?? []).filter((component) => !(component.type === 'button' && indexes.includes(component.index)));
	const buttons: WhatsAppTemplateComponent[] = links.map(({ index, suffix }) => ({
		type: 'button',
		sub_type: 'url',
		index,
		parameters: [{ type: 'text', text: suffix }],
	}));
	return [...kept, ...buttons];
}
