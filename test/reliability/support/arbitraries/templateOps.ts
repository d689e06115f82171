import fc, { type Arbitrary } from 'fast-check';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { RCS_TEMPLATE_CATEGORIES, RCS_TEMPLATE_STATUSES, RCS_TEMPLATE_TYPES } from '../../../../nodes/Incs/v1/helpers/constants/rcsTemplate';
import { WABA_TEMPLATE_CATEGORIES, WABA_TEMPLATE_STATUSES } from '../../../../nodes/Incs/v1/helpers/constants/whatsappTemplate';
import { invalidCase, type InvalidCase } from '../cases';
import { blank, word } from './text';

export type TemplateKind = 'waba' | 'rcs';
const RESOURCE: Record<TemplateKind, string> = { waba: 'whatsAppTemplate', rcs: 'rcsTemplate' };

const expression = (value: string) => `={{ ${JSON.stringify(value)} }}`;
const notDigits = word(1, 12, 'abcdefgh_-1').filter((value) => !/^\d+$/.test(value));

/**
 * Get and Delete take an ID only: empty pickers, names and other non-digits are refused. Literal
 * non-digits in "By ID" never get that far (n8n checks the mode's pattern), so they come as
 * expressions; names come as a plain string (an AI tool or an old workflow) or in a list value.
 */
const brokenId: Arbitrary<INodeParameters | string> = fc.oneof(
	blank.map((value) => ({ __rl: true, mode: 'list', value })),
	fc.constantFrom(' ', '').map((value) => ({ __rl: true, mode: 'id', value: expression(value) })),
	notDigits.map((value) => ({ __rl: true, mode: 'list', value })),
	notDigits.map((value) => ({ __rl: true, mode: 'id', value: expression(value) })),
	fc.constantFrom('order_ready_notice', 'fake_rcs_text_1', 'my template'),
);

export const invalidTemplateIdCase: Arbitrary<InvalidCase> = fc
	.tuple(fc.constantFrom<TemplateKind>('waba', 'rcs'), fc.constantFrom('get', 'delete'), brokenId)
	.map(([kind, operation, template]) => invalidCase(`${kind} ${operation}`, 'Template', { resource: RESOURCE[kind], operation, template }));

// ---- Get Many: random stores and filters, checked against an oracle ----

export interface StoredTemplate {
	name: string;
	status: string;
	category: string;
	language: string;
	type: string;
}

export interface GetManyCase {
	kind: TemplateKind;
	templates: StoredTemplate[];
	filters: IDataObject;
	returnAll: boolean;
	limit: number;
}

const casing = (value: string) => fc.constantFrom(value, value.toLowerCase(), value.toUpperCase());

/** Small stores (one page) and large ones (up to three pages of 100). */
const storeSize = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 95, max: 260 }));

/** Filters are set now and then, so most lists keep enough templates to page through. */
const sometimes = <T>(arbitrary: Arbitrary<T>): Arbitrary<T | undefined> =>
	fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const storedTemplates = (kind: TemplateKind): Arbitrary<StoredTemplate[]> =>
	storeSize
		.chain((size) =>
			fc.array(
				fc.record({
				stem: word(1, 8, 'abcdefghij_'),
				status: fc.constantFrom(...(kind === 'waba' ? WABA_TEMPLATE_STATUSES : RCS_TEMPLATE_STATUSES)),
				category: fc.constantFrom(...(kind === 'waba' ? WABA_TEMPLATE_CATEGORIES : RCS_TEMPLATE_CATEGORIES)),
				language: fc.constantFrom('en', 'en_US', 'zh_HK', 'pt_BR'),
				type: fc.constantFrom(...RCS_TEMPLATE_TYPES),
				}),
				{ minLength: size, maxLength: size },
			),
		)
		// A running number keeps names unique (INCS refuses a name twice, per language for WhatsApp).
		.map((list) => list.map(({ stem, ...rest }, index) => ({ ...rest, name: `${stem}_${index}` })));

export const getManyCase = (kind: TemplateKind): Arbitrary<GetManyCase> =>
	storedTemplates(kind).chain((templates) =>
		fc
			.record({
				statuses: sometimes(fc.subarray([...(kind === 'waba' ? WABA_TEMPLATE_STATUSES : RCS_TEMPLATE_STATUSES)], { minLength: 1 })),
				category: sometimes(fc.constantFrom(...(kind === 'waba' ? WABA_TEMPLATE_CATEGORIES : RCS_TEMPLATE_CATEGORIES))),
				language: kind === 'waba' ? sometimes(fc.constantFrom('en', 'en_US', 'zh_HK').chain(casing)) : fc.constant(undefined),
				type: kind === 'rcs' ? sometimes(fc.constantFrom(...RCS_TEMPLATE_TYPES)) : fc.constant(undefined),
				nameContains: sometimes(fc.oneof(word(1, 2, 'abcdefghij_'), fc.constantFrom('_1', 'A', ' b ')).chain(casing)),
				returnAll: fc.boolean(),
				limit: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 300 })),
			})
			.map(({ returnAll, limit, ...filters }) => ({
				kind,
				templates,
				returnAll,
				limit,
				filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as IDataObject,
			})),
	);

/**
 * What Get Many must return, from the README: INCS lists newest first; Status matches exactly,
 * Category, Language and Template Type ignore case, Name Contains is a case-insensitive substring;
 * Limit counts matching templates.
 */
export function expectedNames(testCase: GetManyCase): string[] {
	const { filters } = testCase;
	const same = (a: unknown, b: unknown) => String(a).toLowerCase() === String(b).trim().toLowerCase();
	const fragment = typeof filters.nameContains === 'string' ? filters.nameContains.trim().toLowerCase() : '';
	const matching = [...testCase.templates]
		.reverse()
		.filter(
			(template) =>
				(filters.statuses === undefined || (filters.statuses as string[]).includes(template.status)) &&
				(filters.category === undefined || same(template.category, filters.category)) &&
				(filters.language === undefined || same(template.language, filters.language)) &&
				(filters.type === undefined || same(template.type, filters.type)) &&
				template.name.toLowerCase().includes(fragment),
		)
		.map((template) => template.name);
	return testCase.returnAll ? matching : matching.slice(0, testCase.limit);
}
