// WhatsApp `type: "template"` sends: the payload shape (§5.1.1, Meta's lowercase component
// convention) and its match against the stored, approved WABA template (else 10002, worded like
// the Meta errors INCS passes through).

import { ApiError, CODE_WHATSAPP_ERROR } from '../envelope';
import { SEND_BUTTON_SUB_TYPES, SEND_COMPONENT_TYPES, SEND_PARAMETER_TYPES, WABA_COPY_CODE_MAX } from '../limits';
import type { WabaTemplate } from '../templateStore';
import { classifyWabaVariables, wabaPlaceholders } from '../variables';
import {
	arrayValue,
	invalid,
	isRecord,
	objectAt,
	oneOf,
	requiredObject,
	requiredString,
	stringValue,
	urlValue,
	type JsonObject,
} from './common';

type SendParameterType = (typeof SEND_PARAMETER_TYPES)[number];

interface SendParameter {
	type: SendParameterType;
	name?: string;
}

interface SendComponents {
	header?: SendParameter[];
	body?: SendParameter[];
	/** Button parameters by button index. */
	buttons: Map<number, { subType: string; parameters: SendParameter[] }>;
}

function parameter(value: unknown, path: string): SendParameter {
	const param = objectAt(value, path);
	const type = oneOf(param.type, SEND_PARAMETER_TYPES, `${path}.type`);
	switch (type) {
		case 'text':
			requiredString(param, 'text', `${path}.text`);
			break;
		case 'image':
		case 'video':
		case 'document':
			urlValue(requiredObject(param, type, `${path}.${type}`).link, `${path}.${type}.link`);
			break;
		case 'coupon_code':
			requiredString(param, 'coupon_code', `${path}.coupon_code`, { max: WABA_COPY_CODE_MAX });
			break;
		case 'payload':
			requiredString(param, 'payload', `${path}.payload`);
			break;
		case 'currency': {
			const currency = requiredObject(param, 'currency', `${path}.currency`);
			requiredString(currency, 'fallback_value', `${path}.currency.fallback_value`);
			requiredString(currency, 'code', `${path}.currency.code`, { max: 3 });
			if (typeof currency.amount_1000 !== 'number') invalid(`The ${path}.currency.amount_1000 must be an integer.`);
			break;
		}
		case 'date_time':
			requiredString(requiredObject(param, 'date_time', `${path}.date_time`), 'fallback_value', `${path}.date_time.fallback_value`);
			break;
		case 'location': {
			// Meta's location header parameter: a pin with its label, all four given at send time.
			const location = requiredObject(param, 'location', `${path}.location`);
			for (const [key, max] of [['latitude', 90], ['longitude', 180]] as const) {
				const degrees = Number(location[key]);
				if (location[key] === undefined || location[key] === '' || !Number.isFinite(degrees) || Math.abs(degrees) > max) {
					invalid(`The ${path}.location.${key} must be a number between -${max} and ${max}.`);
				}
			}
			requiredString(location, 'name', `${path}.location.name`);
			requiredString(location, 'address', `${path}.location.address`);
			break;
		}
	}
	const name = param.parameter_name === undefined ? undefined : stringValue(param.parameter_name, `${path}.parameter_name`);
	return { type, name };
}

function parseComponents(template: JsonObject): SendComponents {
	const result: SendComponents = { buttons: new Map() };
	if (template.components === undefined) return result;
	const components = arrayValue(template.components, 'template.components');
	components.forEach((value, i) => {
		const path = `template.components.${i}`;
		const component = objectAt(value, path);
		// Lowercase on send, uppercase in definitions (D22): "BODY" here is a caller bug.
		const type = oneOf(component.type, SEND_COMPONENT_TYPES, `${path}.type`);
		const parameters = arrayValue(component.parameters, `${path}.parameters`, { min: 1 }).map((p, j) => parameter(p, `${path}.parameters.${j}`));
		if (type === 'button') {
			const subType = stringValue(component.sub_type, `${path}.sub_type`).toLowerCase();
			if (!(SEND_BUTTON_SUB_TYPES as readonly string[]).includes(subType)) invalid(`The selected ${path}.sub_type is invalid.`);
			if (typeof component.index !== 'string') invalid(`The ${path}.index must be a string.`);
			if (!/^\d+$/.test(component.index)) invalid(`The ${path}.index must be a button position such as "0".`);
			const index = Number(component.index);
			if (result.buttons.has(index)) invalid(`The ${path}.index ${index} is given twice.`);
			result.buttons.set(index, { subType, parameters });
		} else {
			if (result[type]) invalid(`The template.components contain more than one ${type}.`);
			result[type] = parameters;
		}
	});
	return result;
}

function mismatch(detail: string): never {
	throw new ApiError(CODE_WHATSAPP_ERROR, `(#132000) Number of parameters does not match the expected number of params: ${detail}`);
}

function formatMismatch(detail: string): never {
	throw new ApiError(CODE_WHATSAPP_ERROR, `(#132012) Parameter format does not match format in the created template: ${detail}`);
}

function definition(template: WabaTemplate, type: string): JsonObject | undefined {
	return template.components.find((c): c is JsonObject => isRecord(c) && c.type === type);
}

function checkHeader(template: WabaTemplate, sent: SendParameter[] | undefined): void {
	const header = definition(template, 'HEADER');
	const format = typeof header?.format === 'string' ? header.format : undefined;
	if (format === 'TEXT') {
		const expected = typeof header?.text === 'string' ? wabaPlaceholders(header.text).length : 0;
		const got = sent?.length ?? 0;
		if (got !== expected) mismatch(`header expects ${expected}, got ${got}`);
		if (sent?.some((p) => p.type !== 'text')) formatMismatch('header parameters must be text');
		return;
	}
	if (format === 'IMAGE' || format === 'VIDEO' || format === 'DOCUMENT') {
		const mediaType = format.toLowerCase();
		if (!sent || sent.length !== 1) mismatch(`header expects 1 ${mediaType} parameter, got ${sent?.length ?? 0}`);
		if (sent[0].type !== mediaType) formatMismatch(`header expects ${mediaType}, got ${sent[0].type}`);
		return;
	}
	if (format === 'LOCATION') {
		if (!sent || sent.length !== 1) mismatch(`header expects 1 location parameter, got ${sent?.length ?? 0}`);
		if (sent[0].type !== 'location') formatMismatch(`header expects location, got ${sent[0].type}`);
		return;
	}
	if (sent) mismatch(`the template has no header variables, got ${sent.length}`);
}

function checkBody(template: WabaTemplate, sent: SendParameter[] | undefined): void {
	const body = definition(template, 'BODY');
	const variables = classifyWabaVariables(typeof body?.text === 'string' ? body.text : '');
	const got = sent ?? [];
	switch (variables.kind) {
		case 'none':
		case 'mixed':
			if (got.length > 0) mismatch(`body expects 0, got ${got.length}`);
			return;
		case 'positional':
			if (got.length !== variables.count) mismatch(`body expects ${variables.count}, got ${got.length}`);
			return;
		case 'named': {
			const names = new Set(got.map((p) => p.name));
			const missing = variables.names.filter((n) => !names.has(n));
			if (got.length !== variables.names.length || missing.length > 0) {
				mismatch(`body expects named parameters ${variables.names.join(', ')}${missing.length ? `; missing ${missing.join(', ')}` : ''}`);
			}
			return;
		}
	}
}

function checkButtons(template: WabaTemplate, sent: SendComponents['buttons']): void {
	const buttonsComponent = definition(template, 'BUTTONS');
	const buttons = Array.isArray(buttonsComponent?.buttons) ? buttonsComponent.buttons : [];
	buttons.forEach((button, index) => {
		if (!isRecord(button)) return;
		const given = sent.get(index);
		if (button.type === 'URL' && typeof button.url === 'string' && wabaPlaceholders(button.url).length > 0) {
			if (!given) mismatch(`button ${index} (URL) expects its URL suffix parameter`);
			if (given.subType !== 'url' || given.parameters.length !== 1 || given.parameters[0].type !== 'text') {
				formatMismatch(`button ${index} expects sub_type url with one text parameter`);
			}
		}
		if (button.type === 'COPY_CODE') {
			if (!given) mismatch(`button ${index} (COPY_CODE) expects a coupon_code parameter`);
			if (given.subType !== 'copy_code' || given.parameters[0].type !== 'coupon_code') {
				formatMismatch(`button ${index} expects sub_type COPY_CODE with a coupon_code parameter`);
			}
		}
	});
	for (const [index, given] of sent) {
		const button = buttons[index];
		if (!isRecord(button)) mismatch(`the template has no button at index ${index}`);
		const expectedSubType = button.type === 'QUICK_REPLY' ? 'quick_reply' : String(button.type).toLowerCase();
		if (given.subType !== expectedSubType) formatMismatch(`button ${index} is ${String(button.type)}, got sub_type ${given.subType}`);
	}
}

/** Validates `template` and returns the template name. */
export function validateWhatsAppTemplate(body: JsonObject, findTemplates: (name: string) => WabaTemplate[]): string {
	const template = requiredObject(body, 'template', 'template');
	const name = requiredString(template, 'name', 'template.name');
	const sent = parseComponents(template);
	const candidates = findTemplates(name);
	if (candidates.length === 0) {
		throw new ApiError(CODE_WHATSAPP_ERROR, `(#132001) Template name does not exist in the translation: no template named [${name}]`);
	}
	const approved = candidates.find((t) => t.status === 'APPROVED');
	if (!approved) {
		throw new ApiError(CODE_WHATSAPP_ERROR, `(#132001) Template [${name}] is ${candidates[0].status}; only APPROVED templates can be sent`);
	}
	checkHeader(approved, sent.header);
	checkBody(approved, sent.body);
	checkButtons(approved, sent.buttons);
	return name;
}
