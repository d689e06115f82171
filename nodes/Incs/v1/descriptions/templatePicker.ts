import type { INodeParameterResourceLocator, INodeProperties } from 'n8n-workflow';

import { RCS_TEMPLATE_NAME_MAX, RCS_TEMPLATE_NAME_PATTERN } from '../helpers/constants/rcs';
import {
	TEMPLATE_ID_PATTERN,
	WHATSAPP_TEMPLATE_NAME_MAX,
	WHATSAPP_TEMPLATE_NAME_PATTERN,
} from '../helpers/constants/whatsapp';
import { ValidationError } from '../helpers/validation/error';

/** The parameter the template list searches read to decide whether to list unapproved templates. */
export const INCLUDE_UNAPPROVED_PARAMETER = 'includeUnapprovedTemplates';

/** listSearch methods behind the pickers (see `methods/listSearch`). */
const TEMPLATE_SEARCH_METHODS = {
	whatsApp: 'searchWhatsAppTemplates',
	rcs: 'searchRcsTemplates',
} as const;

/** Which names a channel's templates take: the pattern the node checks and the rule the hint shows. */
export interface TemplateNameRule {
	pattern: string;
	max: number;
	rule: string;
}

export const TEMPLATE_NAME_RULES = {
	whatsApp: {
		pattern: WHATSAPP_TEMPLATE_NAME_PATTERN,
		max: WHATSAPP_TEMPLATE_NAME_MAX,
		rule: `Lowercase letters, digits and underscores, at most ${WHATSAPP_TEMPLATE_NAME_MAX} characters`,
	},
	rcs: { pattern: RCS_TEMPLATE_NAME_PATTERN, max: RCS_TEMPLATE_NAME_MAX, rule: `Letters, digits and underscores, at most ${RCS_TEMPLATE_NAME_MAX} characters` },
} as const satisfies Record<string, TemplateNameRule>;

/*
 * The "By Name" and "By ID" modes carry no n8n `validation`: n8n checks those before any node runs
 * and stops the whole workflow with only the rule's text, naming neither the field nor the item.
 * The node checks both itself (`resolveTemplateLocator`), with the field, the item and the fix.
 */
interface PickerSpec {
	searchListMethod: string;
	names: TemplateNameRule;
	nameExample: string;
	idExample: string;
	description: string;
}

function locator(spec: PickerSpec, overrides: Partial<INodeProperties>): INodeProperties {
	return {
		displayName: 'Template',
		name: 'template',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: spec.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a template...',
				typeOptions: { searchListMethod: spec.searchListMethod, searchable: true },
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: `e.g. ${spec.nameExample}`,
				hint: spec.names.rule,
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${spec.idExample}`,
				hint: 'Digits only',
			},
		],
		...overrides,
	};
}

/** Picker over WhatsApp (WABA) templates: a searchable list, a name or an ID. */
export function whatsAppTemplateLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			searchListMethod: TEMPLATE_SEARCH_METHODS.whatsApp,
			names: TEMPLATE_NAME_RULES.whatsApp,
			nameExample: 'order_ready_notice',
			idExample: '1000000000000001',
			description: 'The WhatsApp template. The list shows name, language, category and status.',
		},
		overrides,
	);
}

/** Picker over RCS templates: a searchable list, a name or an ID. */
export function rcsTemplateLocator(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return locator(
		{
			searchListMethod: TEMPLATE_SEARCH_METHODS.rcs,
			names: TEMPLATE_NAME_RULES.rcs,
			nameExample: 'order_shipped',
			idExample: '2000000000000000001',
			description: 'The RCS template. The list shows name, type, category and status.',
		},
		overrides,
	);
}

/**
 * The box next to a picker that widens its list to templates that are not approved yet. The list
 * searches read it with `getCurrentNodeParameter`; operations without this field list every template.
 */
export function includeUnapprovedTemplatesField(overrides: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Include Unapproved Templates',
		name: INCLUDE_UNAPPROVED_PARAMETER,
		type: 'boolean',
		default: false,
		description:
			'Whether the template list also shows templates that are pending, rejected or paused. Only approved templates can be sent.',
		...overrides,
	};
}

/** A template as the user chose it: by ID (list and "By ID" modes) or by name. */
export interface TemplateReference {
	id?: string;
	name?: string;
}

function isLocator(value: unknown): value is INodeParameterResourceLocator {
	return typeof value === 'object' && value !== null && 'mode' in value && 'value' in value;
}

/**
 * Turns the picker's saved value into an ID or a name. A plain string (an AI tool or an old
 * expression) counts as an ID when it has digits only, else as a name.
 */
export function resolveTemplateLocator(value: unknown, field = 'Template', names?: TemplateNameRule): TemplateReference {
	const mode = isLocator(value) ? value.mode : undefined;
	const raw = isLocator(value) ? value.value : value;
	const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
	if (text === '') {
		throw new ValidationError(field, 'no template is selected', `Pick a template in "${field}", or enter its name or ID.`);
	}
	const byId = mode === 'id' || mode === 'list' || (mode === undefined && new RegExp(TEMPLATE_ID_PATTERN).test(text));
	if (byId) {
		if (!new RegExp(TEMPLATE_ID_PATTERN).test(text)) {
			throw new ValidationError(
				field,
				`"${text}" is not a template ID (IDs have digits only)`,
				`Switch "${field}" to "By Name" to use a template name, or enter the numeric template ID.`,
			);
		}
		return { id: text };
	}
	if (names !== undefined && (!new RegExp(names.pattern).test(text) || Array.from(text).length > names.max)) {
		throw new ValidationError(field, `"${text}" is not a template name: ${names.rule.toLowerCase()}`, `Enter the template's name exactly as INCS lists it, or pick the template from the list.`);
	}
	return { name: text };
}
