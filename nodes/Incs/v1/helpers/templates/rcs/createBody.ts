import type { IDataObject } from 'n8n-workflow';

import { RCS_TEMPLATE_NAME_MAX, RCS_TEMPLATE_NAME_PATTERN } from '../../constants/rcs';
import type { RcsTemplateCategory, RcsTemplateType } from '../../constants/rcsTemplate';
import { RCS_TEMPLATE_CATEGORIES, RCS_TEMPLATE_TYPES } from '../../constants/rcsTemplate';
import { checkMaxLength, checkOneOf, requireText, ValidationError } from '../../validation';
import { FieldPath } from '../fieldPath';
import { isPlainObject, parseJsonParameter } from '../jsonInput';
import { buildRcsContent } from './buildContent';
import type { RcsContentForm } from './formInput';
import type { RcsTemplateCreateBody } from './types';
import { validateRcsContent } from './validateContent';

export const CONTENT_JSON_FIELD = 'Content (JSON)';
const CONTENT_JSON_EXAMPLE = '{ "textMessage": "Hello [name]" }';

export type RcsContentInput = { mode: 'fields'; form: RcsContentForm } | { mode: 'json'; json: unknown };

export interface RcsTemplateInput {
	name: unknown;
	category: unknown;
	type: unknown;
	content: RcsContentInput;
}

/** The body of `POST /external/templates/rcs` (REFERENCE §8.1), every limit checked first. */
export function buildRcsCreateBody(input: RcsTemplateInput): RcsTemplateCreateBody {
	const name = requireText('Name', input.name).trim();
	checkMaxLength('Name', name, RCS_TEMPLATE_NAME_MAX);
	if (!new RegExp(RCS_TEMPLATE_NAME_PATTERN).test(name)) {
		throw new ValidationError(
			'Name',
			`"${name}" has characters INCS does not allow in RCS template names`,
			`Use letters, digits and underscores only, e.g. ${name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'order_shipped'}.`,
		);
	}
	const category = checkOneOf<RcsTemplateCategory>('Category', input.category, RCS_TEMPLATE_CATEGORIES);
	const type = checkOneOf<RcsTemplateType>('Template Type', input.type, RCS_TEMPLATE_TYPES);

	const path = input.content.mode === 'json' ? FieldPath.json(CONTENT_JSON_FIELD) : FieldPath.form();
	const raw =
		input.content.mode === 'json'
			? withoutCategory(parseJsonParameter(CONTENT_JSON_FIELD, input.content.json, CONTENT_JSON_EXAMPLE), category)
			: buildRcsContent(input.content.form);
	switch (type) {
		case 'text':
			return { name, type, category, content: validateRcsContent('text', path, raw) };
		case 'richcard':
			return { name, type, category, content: validateRcsContent('richcard', path, raw) };
		default:
			return { name, type, category, content: validateRcsContent('carousel', path, raw) };
	}
}

/**
 * INCS's carousel example puts `category` inside `content`, while its field table has it at the
 * top level (REFERENCE D13). A pasted example therefore may carry it: it is sent at the top level
 * only, and must agree with the Category field.
 */
function withoutCategory(content: unknown, category: RcsTemplateCategory): unknown {
	if (!isPlainObject(content) || content.category === undefined) return content;
	if (content.category !== category) {
		throw new ValidationError(
			`${CONTENT_JSON_FIELD} › category`,
			`it is "${String(content.category)}" but the Category field is "${category}"`,
			'Remove "category" from the JSON (the Category field sets it) or make the two agree.',
		);
	}
	const rest: IDataObject = { ...content };
	delete rest.category;
	return rest;
}
