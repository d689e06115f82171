/**
 * WhatsApp template variables: which fields a template needs (for the resource mapper) and how
 * the mapped values become the `components` of a send (INCS "Send WhatsApp message" (template); Meta's send format with
 * lowercase `type` and a string button `index`).
 */
import { findWhatsAppVariables, isNamedWhatsAppVariable as isNamed, orderedWhatsAppVariables, whatsAppUrlBeforeVariable } from '../placeholders';
import {
	WHATSAPP_COUPON_CODE_MAX,
	WHATSAPP_LATITUDE_MAX,
	WHATSAPP_LOCATION_PARTS,
	WHATSAPP_LONGITUDE_MAX,
	WHATSAPP_MEDIA_FORMATS,
	WHATSAPP_TEMPLATE_HEADER_TEXT_MAX,
	type WhatsAppLocationPart,
} from '../constants/whatsapp';
import { ValidationError } from '../validation/error';
import { parseJson } from '../validation/json';
import { mediaUrl } from '../validation/links';
import { checkMaxLength, requireText } from '../validation/text';
import { LABELS } from '../labels';
import { fieldPath } from '../validation/fieldPath';
import { unreachable } from '../exhaustive';
import { checkTemplateParameterText } from './templateText';
import type { WabaDefinitionComponent } from './templateResources';
import type { WhatsAppHeaderParameter, WhatsAppTemplateComponent, WhatsAppTextParameter } from './types';

/** One value a template needs at send time; `id` is the stable key in the mapper and in JSON. */
export type WhatsAppVariableField =
	| { kind: 'headerText'; id: string; displayName: string; variable: string }
	| { kind: 'headerMedia'; id: string; displayName: string; media: 'image' | 'video' | 'document' }
	| { kind: 'headerLocation'; id: string; displayName: string; part: WhatsAppLocationPart }
	| { kind: 'body'; id: string; displayName: string; variable: string }
	/** `base`: the button's URL before its variable, which the value is appended to. */
	| { kind: 'urlSuffix'; id: string; displayName: string; index: number; base: string }
	| { kind: 'couponCode'; id: string; displayName: string; index: number };

/** The id of the variable field that fills URL button `index`'s variable (0-based, as INCS's `index`). */
export function urlSuffixFieldId(index: number): string {
	return `button_${index}_url_suffix`;
}

/** The button index a `urlSuffixFieldId` names, or undefined for any other field id. */
export function urlSuffixIndexOf(id: string): number | undefined {
	const match = /^button_(\d+)_url_suffix$/.exec(id);
	return match === null ? undefined : Number(match[1]);
}

/**
 * The fields of a template, in the order they appear in the message (header, body, buttons).
 * Labels are short on purpose (`Body {{1}}`): n8n's resource mapper shows each label on one
 * line and cuts longer ones, and has no per-field hint, so the text around each variable is
 * shown once for the whole template (`describeWhatsAppTemplateText`).
 */
export function describeWhatsAppTemplateVariables(components: WabaDefinitionComponent[] = []): WhatsAppVariableField[] {
	const fields: WhatsAppVariableField[] = [];
	for (const component of components) {
		const type = (component.type ?? '').toUpperCase();
		const format = (component.format ?? '').toUpperCase();
		if (type === 'HEADER' && format === 'TEXT' && component.text) {
			// Meta allows one variable in a text header.
			for (const variable of findWhatsAppVariables(component.text).slice(0, 1)) {
				fields.push({
					kind: 'headerText',
					id: isNamed(variable) ? `header_text_${variable}` : 'header_text',
					displayName: `Header {{${variable}}}`,
					variable,
				});
			}
		} else if (type === 'HEADER' && (format === 'IMAGE' || format === 'VIDEO' || format === 'DOCUMENT')) {
			const media = format.toLowerCase() as 'image' | 'video' | 'document';
			const noun = media === 'image' ? 'Image' : media === 'video' ? 'Video' : 'Document';
			fields.push({ kind: 'headerMedia', id: `header_${media}_url`, displayName: `Header ${noun} URL`, media });
		} else if (type === 'HEADER' && format === 'LOCATION') {
			for (const part of WHATSAPP_LOCATION_PARTS) {
				const noun = part.charAt(0).toUpperCase() + part.slice(1);
				fields.push({ kind: 'headerLocation', id: `header_location_${part}`, displayName: `Header Location ${noun}`, part });
			}
		} else if (type === 'BODY' && component.text) {
			for (const variable of orderedWhatsAppVariables(findWhatsAppVariables(component.text))) {
				fields.push({ kind: 'body', id: `body_${variable}`, displayName: `Body {{${variable}}}`, variable });
			}
		} else if (type === 'BUTTONS') {
			(component.buttons ?? []).forEach((button, index) => {
				const buttonType = (button.type ?? '').toUpperCase();
				if (buttonType === 'URL' && button.url && findWhatsAppVariables(button.url).length > 0) {
					fields.push({
						kind: 'urlSuffix',
						id: urlSuffixFieldId(index),
						displayName: `Button ${index + 1} URL Suffix`,
						index,
						// Meta puts the variable at the end; a URL that does not is kept whole.
						base: whatsAppUrlBeforeVariable(button.url) ?? button.url,
					});
				} else if (buttonType === 'COPY_CODE') {
					fields.push({ kind: 'couponCode', id: `button_${index}_coupon_code`, displayName: `Button ${index + 1} Coupon Code`, index });
				}
			});
		}
	}
	return fields;
}

function valueOf(values: Record<string, unknown>, field: WhatsAppVariableField, trim: boolean): string {
	const label = fieldPath(LABELS.variables, field.displayName);
	const raw = values[field.id];
	const text = requireText(
		label,
		raw,
		`Map a value to "${field.displayName}": every variable of the template must be filled in, or WhatsApp rejects the message.`,
	);
	return trim ? text.trim() : text;
}

function textParameter(variable: string, text: string): WhatsAppTextParameter {
	// Named variables carry their name (Meta Cloud API: `parameter_name` for templates with named parameters).
	return isNamed(variable) ? { type: 'text', parameter_name: variable, text } : { type: 'text', text };
}

/**
 * The `components` for a send, or undefined when the template has no variables (INCS then wants
 * no `components` at all, INCS "Send WhatsApp message" (template)).
 */
export function buildWhatsAppTemplateComponents(
	fields: WhatsAppVariableField[],
	values: Record<string, unknown>,
	trim = true,
): WhatsAppTemplateComponent[] | undefined {
	const header: WhatsAppHeaderParameter[] = [];
	const location: Partial<Record<WhatsAppLocationPart, string>> = {};
	const body: WhatsAppTextParameter[] = [];
	const buttons: WhatsAppTemplateComponent[] = [];
	for (const field of fields) {
		const label = fieldPath(LABELS.variables, field.displayName);
		const value = valueOf(values, field, trim);
		switch (field.kind) {
			case 'headerText':
				checkMaxLength(label, value, WHATSAPP_TEMPLATE_HEADER_TEXT_MAX);
				checkTemplateParameterText(label, value);
				header.push(textParameter(field.variable, value));
				break;
			case 'headerMedia': {
				const link = mediaUrl(label, value, WHATSAPP_MEDIA_FORMATS[field.media]);
				header.push(
					field.media === 'image'
						? { type: 'image', image: { link } }
						: field.media === 'video'
							? { type: 'video', video: { link } }
							: { type: 'document', document: { link } },
				);
				break;
			}
			case 'headerLocation':
				location[field.part] = locationPart(label, field.part, value);
				break;
			case 'body':
				checkTemplateParameterText(label, value);
				body.push(textParameter(field.variable, value));
				break;
			case 'urlSuffix':
				checkUrlSuffix(label, value, field.base);
				buttons.push({ type: 'button', sub_type: 'url', index: String(field.index), parameters: [{ type: 'text', text: value }] });
				break;
			case 'couponCode':
				checkMaxLength(label, value, WHATSAPP_COUPON_CODE_MAX);
				buttons.push({
					type: 'button',
					sub_type: 'COPY_CODE',
					index: String(field.index),
					parameters: [{ type: 'coupon_code', coupon_code: value }],
				});
				break;
			default:
				unreachable(field);
		}
	}
	if (location.latitude !== undefined && location.longitude !== undefined && location.name !== undefined && location.address !== undefined) {
		header.push({ type: 'location', location: { latitude: location.latitude, longitude: location.longitude, name: location.name, address: location.address } });
	}
	const components: WhatsAppTemplateComponent[] = [];
	if (header.length > 0) components.push({ type: 'header', parameters: header });
	if (body.length > 0) components.push({ type: 'body', parameters: body });
	components.push(...buttons);
	return components.length > 0 ? components : undefined;
}

/**
 * A URL button's value is appended to the URL the template fixed (`https://shop.example/track/`
 * + `A1042`). A whole link pasted there would open `https://shop.example/track/https://…`.
 */
function checkUrlSuffix(label: string, value: string, base: string): void {
	const text = value.trim();
	if (!/^(https?:\/\/|www\.)/i.test(text)) return;
	const rest = base !== '' && text.startsWith(base) ? text.slice(base.length) : '';
	throw new ValidationError(
		label,
		`"${value}" is a whole link, but the button already opens ${base} and adds this value at its end`,
		rest === '' ? `Give only the part that goes after ${base}, such as an order number.` : `Give only the part after ${base}: ${rest}`,
	);
}

/** A location header part: coordinates as decimal degrees within range, name and address as typed. */
function locationPart(label: string, part: WhatsAppLocationPart, value: string): string {
	if (part !== 'latitude' && part !== 'longitude') return value;
	const max = part === 'latitude' ? WHATSAPP_LATITUDE_MAX : WHATSAPP_LONGITUDE_MAX;
	const text = value.trim();
	const degrees = /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
	if (!(Math.abs(degrees) <= max)) {
		throw new ValidationError(
			label,
			`"${value}" is not a ${part} in decimal degrees from -${max} to ${max}`,
			`Enter the ${part} as a decimal number such as ${part === 'latitude' ? '22.2819' : '114.1582'}.`,
		);
	}
	return text;
}

const COMPONENT_TYPES = ['body', 'button', 'header'];

/**
 * INCS takes a button's `index` as a string ("0"); JSON typed by hand often has a number there,
 * which a strict INCS refuses, so a whole number is sent as its string.
 */
function withStringIndex(component: object): object {
	const index = (component as { index?: unknown }).index;
	return typeof index === 'number' && Number.isInteger(index) ? { ...component, index: String(index) } : component;
}

/** JSON mode: raw `components` as INCS takes them; checked for shape only. */
export function parseComponentsJson(value: unknown): WhatsAppTemplateComponent[] | undefined {
	const label = LABELS.componentsJson;
	const parsed = parseJson(label, value, '[{"type":"body","parameters":[{"type":"text","text":"Alex"}]}]');
	if (parsed === undefined || parsed === null) return undefined;
	if (!Array.isArray(parsed)) {
		throw new ValidationError(label, 'it is not a JSON array', 'Enter the components as an array: [{"type":"body", …}].');
	}
	parsed.forEach((component: unknown, index) => {
		const type = typeof component === 'object' && component !== null ? (component as { type?: unknown }).type : undefined;
		if (typeof type !== 'string' || !COMPONENT_TYPES.includes(type)) {
			throw new ValidationError(
				fieldPath(label, ['Component', index]),
				`"type" is ${JSON.stringify(type)}; it must be one of ${COMPONENT_TYPES.join(', ')} (lowercase)`,
				'Use INCS\'s template send format: "type" is lowercase "header", "body" or "button".',
			);
		}
	});
	return parsed.length > 0 ? (parsed.map((component: object) => withStringIndex(component)) as WhatsAppTemplateComponent[]) : undefined;
}
