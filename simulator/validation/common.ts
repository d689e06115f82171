// Field readers that throw INCS-style errors. INCS runs on Laravel (its messages read like
// Laravel's: "The phone number is invalid."), so 422 messages follow Laravel's wording and name
// the parameter by its dotted path. A missing top-level field answers 400 "<field> require",
// as the documented samples do ("category require", "type require").

import { ApiError, CODE_BAD_REQUEST, CODE_INVALID_PARAMETER } from '../envelope';
import { PHONE_DIGITS_MAX, PHONE_DIGITS_MIN } from '../limits';

export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function invalid(message: string): never {
	throw new ApiError(CODE_INVALID_PARAMETER, message);
}

/** The documented 400 for a missing top-level field. */
export function requireTopLevel(body: JsonObject, key: string): unknown {
	const value = body[key];
	if (value === undefined || value === null || value === '') throw new ApiError(CODE_BAD_REQUEST, `${key} require`);
	return value;
}

export function bodyObject(body: unknown): JsonObject {
	if (!isRecord(body)) invalid('The request body must be a JSON object.');
	return body;
}

interface LengthRule {
	max?: number;
	min?: number;
}

export function stringValue(value: unknown, path: string, rule: LengthRule = {}): string {
	if (value === undefined || value === null) invalid(`The ${path} field is required.`);
	if (typeof value !== 'string') invalid(`The ${path} must be a string.`);
	const min = rule.min ?? 1;
	if (value.trim().length < min) invalid(min === 1 ? `The ${path} field is required.` : `The ${path} must be at least ${min} characters.`);
	// Length in code points, as a user counts characters (emoji count once).
	if (rule.max !== undefined && [...value].length > rule.max) invalid(`The ${path} may not be greater than ${rule.max} characters.`);
	return value;
}

export function requiredString(obj: JsonObject, key: string, path: string, rule: LengthRule = {}): string {
	return stringValue(obj[key], path, rule);
}

export function optionalString(obj: JsonObject, key: string, path: string, rule: LengthRule = {}): string | undefined {
	const value = obj[key];
	if (value === undefined || value === null) return undefined;
	return stringValue(value, path, { ...rule, min: rule.min ?? 0 });
}

export function requiredObject(obj: JsonObject, key: string, path: string): JsonObject {
	const value = obj[key];
	if (value === undefined || value === null) invalid(`The ${path} field is required.`);
	if (!isRecord(value)) invalid(`The ${path} must be an object.`);
	return value;
}

export function optionalObject(obj: JsonObject, key: string, path: string): JsonObject | undefined {
	if (obj[key] === undefined || obj[key] === null) return undefined;
	return requiredObject(obj, key, path);
}

export function arrayValue(value: unknown, path: string, rule: LengthRule = {}): unknown[] {
	if (value === undefined || value === null) invalid(`The ${path} field is required.`);
	if (!Array.isArray(value)) invalid(`The ${path} must be an array.`);
	if (rule.min !== undefined && value.length < rule.min) invalid(`The ${path} must have at least ${rule.min} items.`);
	if (rule.max !== undefined && value.length > rule.max) invalid(`The ${path} may not have more than ${rule.max} items.`);
	return value;
}

export function objectAt(value: unknown, path: string): JsonObject {
	if (!isRecord(value)) invalid(`The ${path} must be an object.`);
	return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
	if (value === undefined || value === null || value === '') invalid(`The ${path} field is required.`);
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		invalid(`The selected ${path} is invalid. Allowed: ${allowed.join(', ')}.`);
	}
	return value as T;
}

export function optionalOneOf<T extends string>(obj: JsonObject, key: string, allowed: readonly T[], path: string): T | undefined {
	if (obj[key] === undefined || obj[key] === null) return undefined;
	return oneOf(obj[key], allowed, path);
}

export function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
	} catch {
		return false;
	}
}

export function urlValue(value: unknown, path: string): string {
	const text = stringValue(value, path);
	if (!isHttpUrl(text)) invalid(`The ${path} must be a valid URL.`);
	return text;
}

export function integerValue(value: unknown, path: string, rule: { min?: number; max?: number } = {}): number {
	if (value === undefined || value === null) invalid(`The ${path} field is required.`);
	if (typeof value !== 'number' || !Number.isInteger(value)) invalid(`The ${path} must be an integer.`);
	if (rule.min !== undefined && value < rule.min) invalid(`The ${path} must be at least ${rule.min}.`);
	if (rule.max !== undefined && value > rule.max) invalid(`The ${path} may not be greater than ${rule.max}.`);
	return value;
}

/** `to`: digits only, country code first, 7–15 digits (§1.3); the documented 422 otherwise. */
export function recipient(body: JsonObject): string {
	const to = body.to;
	const digits = new RegExp(`^\\d{${PHONE_DIGITS_MIN},${PHONE_DIGITS_MAX}}$`);
	if (typeof to !== 'string' || !digits.test(to)) invalid('The phone number is invalid.');
	return to;
}

/** `{ "link": "https://…" }`, the only media form INCS documents. */
export function mediaLink(body: JsonObject, key: string): string {
	const media = requiredObject(body, key, key);
	return urlValue(media.link, `${key}.link`);
}

/** Checks the type-named payload is present: `"type": "text"` needs a `text` field. */
export function typedPayload(body: JsonObject, type: string): unknown {
	const value = body[type];
	if (value === undefined || value === null) invalid(`The ${type} field is required when type is ${type}.`);
	return value;
}
