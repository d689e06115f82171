import type { IDataObject } from 'n8n-workflow';

import { RCS_TEMPLATE_NAME_MAX, RCS_TEMPLATE_NAME_PATTERN } from '../../constants/rcs';
import type { RcsTemplateCategory, RcsTemplateType } from '../../constants/rcsTemplate';
import { RCS_TEMPLATE_CATEGORIES, RCS_TEMPLATE_TYPES } from '../../constants/rcsTemplate';
import { ValidationError } from '../../validation/error';
import { FieldPath } from '../../validation/fieldPath';
import { isPlainObject, parseRequiredJson } from '../../validation/json';
import { checkMaxLength, requireText } from '../../validation/text';
import { checkOneOf } from '../../validation/values';
import { unreachable } from '../../exhaustive';
import type { DefinitionInput } from '../definitionInput';
import { buildRcsContent } from './buildContent';
import type { RcsContentForm } from './formInput';
import type { RcsTemplateCreateBody } from './types';
import { validateRcsContent } from './validateContent';
import { LABELS } from '../../labels';

const CONTENT_JSON_EXAMPLE = '{ "textMessage": "Hello [name]" }';

export type RcsContentInput = DefinitionInput<RcsContentForm>;

/** What the create operation read, unchecked. */
export type RcsTemplateInput = Record<'name' | 'category' | 'type', unknown> & { content: RcsContentInput };

/** The body of `POST /external/templates/rcs` (INCS "RCS Templates API: Create template"), every limit checked first. */
export function buildRcsCreateBody(input: RcsTemplateInput): RcsTemplateCreateBody {
	const name = requireText(LABELS.name, input.name).trim();
	checkMaxLength(LABELS.name, name, RCS_TEMPLATE_NAME_MAX);
	if (!new RegExp(RCS_TEMPLATE_NAME_PATTERN).test(name)) {
		throw new ValidationError(
			LABELS.name,
			`"${name}" has characters INCS does not allow in RCS template names`,
			`Use letters, digits and underscores only, e.g. ${name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'order_shipped'}.`,
		);
	}
	const category = checkOneOf<RcsTemplateCategory>(LABELS.category, input.category, RCS_TEMPLATE_CATEGORIES);
	const type = checkOneOf<RcsTemplateType>(LABELS.templateType, input.type, RCS_TEMPLATE_TYPES);

	const path = input.content.mode === 'json' ? FieldPath.json(LABELS.contentJson) : FieldPath.form();
	const raw =
		input.content.mode === 'json'
			? withoutCategory(parseRequiredJson(LABELS.contentJson, input.content.json, CONTENT_JSON_EXAMPLE), category)
			: buildRcsContent(input.content.form);
	switch (type) {
		case 'text':
			return { name, type, category, content: validateRcsContent('text', path, raw) };
		case 'richcard':
			return { name, type, category, content: validateRcsContent('richcard', path, raw) };
		case 'carousel':
			return { name, type, category, content: validateRcsContent('carousel', path, raw) };
		default:
			return unreachable(type);
	}
}

/**
 * INCS's carousel example puts `category` inside `content`, while its field table has it at the
 * top level (the carousel example and the field table of "RCS Templates API: Create template" disagree). A pasted example therefore may carry it: it is sent at the top level
 * only, and must agree with the Category field.
 */
function withoutCategory(content: unknown, category: RcsTemplateCategory): unknown {
	if (!isPlainObject(content) || content.category === undefined) return content;
	if (content.category !== category) {
		throw new ValidationError(
			`${LABELS.contentJson} › category`,
			`it is "${String(content.category)}" but the Category field is "${category}"`,
			'Remove "category" from the JSON (the Category field sets it) or make the two agree.',
		);
	}
	const rest: IDataObject = { ...content };
	delete rest.category;
	return rest;
}
