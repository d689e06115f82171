import type { IDataObject } from 'n8n-workflow';

import { ValidationError } from './error';
import type { FieldPath } from './fieldPath';
import { isPlainObject } from './json';
import { checkDownloadable, checkUrl } from './links';
import { checkMaxLength, describeNonText, requireText } from './text';

/**
 * Typed reads of template values that may come from the form or from the user's JSON. Each one
 * names the value by its FieldPath, so a JSON typo and a form mistake get equally precise errors.
 */

export function objectAt(path: FieldPath, value: unknown): IDataObject {
	if (isPlainObject(value)) return value;
	throw new ValidationError(String(path), `expected an object, got ${describe(value)}`, `Make "${String(path)}" a JSON object ({ … }).`);
}

export function listAt(path: FieldPath, value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	if (Array.isArray(value)) return value;
	throw new ValidationError(String(path), `expected a list, got ${describe(value)}`, `Make "${String(path)}" a JSON array ([ … ]).`);
}

interface TextRule {
	required: boolean;
	max?: number;
}

/** A text value: a string (numbers are accepted and turned into text), non-empty when required. */
export function textAt(path: FieldPath, value: unknown, rule: TextRule & { required: true }): string;
export function textAt(path: FieldPath, value: unknown, rule: TextRule): string | undefined;
export function textAt(path: FieldPath, value: unknown, rule: TextRule): string | undefined {
	const field = String(path);
	if (value === undefined || value === null || value === '') {
		if (rule.required) requireText(field, '');
		return undefined;
	}
	if (typeof value !== 'string' && typeof value !== 'number') {
		throw new ValidationError(field, `expected text, got ${describe(value)}`, `Make "${field}" a text value.`);
	}
	const text = String(value);
	if (rule.required) requireText(field, text);
	if (rule.max !== undefined) checkMaxLength(field, text, rule.max);
	return text;
}

/**
 * A public URL that may hold template placeholders (RCS `[name]`, WhatsApp `{{1}}`): the
 * placeholders are replaced by a letter before the URL is checked, and the original is returned.
 */
export function urlAt(path: FieldPath, value: unknown, placeholder: RegExp): string {
	const text = textAt(path, value, { required: true }).trim();
	checkUrl(String(path), text.replace(placeholder, 'x'));
	return text;
}

/** `urlAt` for a file INCS (or Meta, or Google) downloads: also refuses local and private hosts. */
export function downloadUrlAt(path: FieldPath, value: unknown, placeholder: RegExp): string {
	const text = urlAt(path, value, placeholder);
	// A placeholder may stand for a whole host name (`https://[cdn]/a.jpg`): read it as a public one.
	checkDownloadable(String(path), text.replace(placeholder, 'x.example.com'));
	return text;
}

export function describe(value: unknown): string {
	if (value === null) return 'null';
	if (typeof value === 'object') return describeNonText(value);
	if (typeof value === 'string') return `the text "${value}"`;
	return `${typeof value} ${String(value)}`;
}
