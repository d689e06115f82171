import { WHATSAPP_TEMPLATE_NAME_MAX, WHATSAPP_TEMPLATE_NAME_PATTERN } from '../../constants/whatsapp';
import type { WabaTemplateCategory } from '../../constants/whatsappTemplate';
import { WABA_LANGUAGE_EXAMPLE, WABA_LANGUAGE_PATTERN, WABA_TEMPLATE_CATEGORIES } from '../../constants/whatsappTemplate';
import { ValidationError } from '../../validation/error';
import { FieldPath } from '../../validation/fieldPath';
import { parseRequiredJson } from '../../validation/json';
import { checkMaxLength, requireText } from '../../validation/text';
import { checkOneOf } from '../../validation/values';
import type { DefinitionInput } from '../definitionInput';
import { buildWabaComponents } from './buildComponents';
import type { WabaComponentsForm } from './formInput';
import { checkTemplateWideRules } from './templateRules';
import type { WabaTemplateCreateBody } from './types';
import { usesNamedVariables, validateWabaComponents } from './validateComponents';
import { LABELS } from '../../labels';

const COMPONENTS_JSON_EXAMPLE = '[{ "type": "BODY", "text": "Your order is ready." }]';

export type WabaComponentsInput = DefinitionInput<WabaComponentsForm>;

/** What the create operation read, unchecked. */
export type WabaTemplateInput = Record<'name' | 'language' | 'category', unknown> & { components: WabaComponentsInput };

/** The body of `POST /external/templates` (INCS "WABA API: Create template"), every limit checked first. */
export function buildWabaCreateBody(input: WabaTemplateInput): WabaTemplateCreateBody {
	const name = checkTemplateName(input.name);
	const language = requireText(LABELS.otpLanguage, input.language).trim();
	if (!WABA_LANGUAGE_PATTERN.test(language)) {
		throw new ValidationError(
			LABELS.otpLanguage,
			`"${language}" is not a language code as Meta writes them`,
			`Use the code from Meta's supported languages list, e.g. en, ${WABA_LANGUAGE_EXAMPLE} or pt_BR (underscore, region in capitals).`,
		);
	}
	const category = checkOneOf<WabaTemplateCategory>(LABELS.category, input.category, WABA_TEMPLATE_CATEGORIES);
	const root = input.components.mode === 'json' ? FieldPath.json(LABELS.componentsJson) : FieldPath.form();
	const components =
		input.components.mode === 'json'
			? validateWabaComponents(root, parseRequiredJson(LABELS.componentsJson, input.components.json, COMPONENTS_JSON_EXAMPLE))
			: buildWabaComponents(input.components.form);
	checkTemplateWideRules(root, components, category);
	const body: WabaTemplateCreateBody = { name, language, category, components };
	if (usesNamedVariables(components)) body.parameter_format = 'NAMED';
	return body;
}

function checkTemplateName(value: unknown): string {
	const name = requireText(LABELS.name, value).trim();
	checkMaxLength(LABELS.name, name, WHATSAPP_TEMPLATE_NAME_MAX);
	if (!new RegExp(WHATSAPP_TEMPLATE_NAME_PATTERN).test(name)) {
		throw new ValidationError(
			LABELS.name,
			`"${name}" has characters Meta does not allow in template names`,
			`Use lowercase letters, digits and underscores only, e.g. ${suggestName(name)}.`,
		);
	}
	return name;
}

/** A name Meta would accept, built from what the user typed, to show in the error. */
function suggestName(name: string): string {
	const suggestion = name
		.toLowerCase()
		.replace(/[^a-z0-9_]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return suggestion === '' ? 'order_update' : suggestion;
}
