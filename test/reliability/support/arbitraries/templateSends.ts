import fc, { type Arbitrary } from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import { WHATSAPP_COUPON_CODE_MAX, WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES, WHATSAPP_TEMPLATE_HEADER_TEXT_MAX } from '../../../../nodes/Incs/v1/helpers/constants/whatsapp';
import { invalidCase, type InvalidCase, type ValidSend } from '../cases';
import { idAfterSeeds, PENDING_TEMPLATE_NAME, seededId } from '../templates';
import { invalidPhone, validPhone } from './phone';
import { blank, textOver, textUpTo, word } from './text';
import { invalidUrl, validUrl } from './url';

/**
 * Template sends against the simulator's seeded, approved templates: the variables each one has,
 * the key the node's "Map Each Variable" fields use for it, and the field its errors name.
 */
type ValueKind = 'text' | 'headerText' | 'mediaUrl' | 'coupon' | 'suffix';

interface Variable {
	id: string;
	kind: ValueKind;
	field: string;
	/** The field label goes on with the template text around the variable. */
	prefix: boolean;
}

interface Seed {
	name: string;
	variables: Variable[];
}

const body = (variable: string): Variable => ({ id: `body_${variable}`, kind: 'text', field: `Variables › Body {{${variable}}}`, prefix: true });

const WABA_SEEDS: Seed[] = [
	{ name: 'order_ready_notice', variables: [] },
	{
		name: 'promo_header_text',
		variables: [{ id: 'header_text', kind: 'headerText', field: 'Variables › Header {{1}}', prefix: true }, body('1'), body('2'), body('3')],
	},
	{ name: 'promo_header_image', variables: [{ id: 'header_image_url', kind: 'mediaUrl', field: 'Variables › Header Image URL', prefix: false }] },
	{ name: 'promo_copy_code', variables: [{ id: 'button_0_coupon_code', kind: 'coupon', field: 'Variables › Button 1 Coupon Code', prefix: false }] },
	{
		name: 'promo_full',
		variables: [
			{ id: 'header_image_url', kind: 'mediaUrl', field: 'Variables › Header Image URL', prefix: false },
			body('1'),
			{ id: 'button_0_coupon_code', kind: 'coupon', field: 'Variables › Button 1 Coupon Code', prefix: false },
		],
	},
	{
		name: 'summer_sale',
		variables: [
			{ id: 'header_image_url', kind: 'mediaUrl', field: 'Variables › Header Image URL', prefix: false },
			body('1'),
			body('2'),
			body('3'),
			{ id: 'button_1_url_suffix', kind: 'suffix', field: 'Variables › Button 2 URL Suffix', prefix: false },
			{ id: 'button_3_coupon_code', kind: 'coupon', field: 'Variables › Button 4 Coupon Code', prefix: false },
		],
	},
	{ name: 'welcome_named', variables: [body('first_name'), body('member_id')] },
	{
		name: 'shop_link',
		variables: [
			body('1'),
			{ id: 'button_1_url_suffix', kind: 'suffix', field: 'Variables › Button 2 URL Suffix', prefix: false },
		],
	},
];

const rcsVariable = (id: string): Variable => ({ id, kind: 'text', field: `Variables › ${id}`, prefix: true });

const RCS_SEEDS: Seed[] = [
	{ name: 'fake_rcs_text_1', variables: [rcsVariable('name'), rcsVariable('order_id')] },
	{ name: 'rcs_plain_notice', variables: [] },
	{ name: 'fake_richcard_v', variables: [rcsVariable('name'), rcsVariable('offer_name')] },
	{ name: 'fake_carousel', variables: [rcsVariable('name'), rcsVariable('offer_name'), rcsVariable('image')] },
];

/** Text WhatsApp takes in a template variable: no line break, tab or 5 spaces in a row. */
const parameterText = (max: number) => textUpTo(max).filter((text) => !new RegExp(` {${WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES + 1}}`).test(text));

const VALUES: Record<ValueKind, Arbitrary<string>> = {
	text: parameterText(40),
	headerText: parameterText(WHATSAPP_TEMPLATE_HEADER_TEXT_MAX),
	mediaUrl: validUrl(),
	coupon: word(1, WHATSAPP_COUPON_CODE_MAX, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
	suffix: word(1, 20),
};

function mapper(value: Record<string, string>, mode: 'defineBelow' | 'autoMapInputData' = 'defineBelow'): INodeParameters {
	return { mappingMode: mode, value: mode === 'defineBelow' ? value : null, matchingColumns: [], schema: [], attemptToConvertTypes: false, convertFieldsToString: true };
}

type LocatorMode = 'list' | 'id' | 'name';

function locator(kind: 'waba' | 'rcs', name: string, mode: LocatorMode): INodeParameters {
	return { __rl: true, mode, value: mode === 'name' ? name : seededId(kind, name) };
}

/** Valid values for every variable of `seed`, keyed by the node's field IDs. */
function valuesFor(seed: Seed): Arbitrary<Record<string, string>> {
	return fc.tuple(...seed.variables.map((variable) => VALUES[variable.kind])).map((values) => Object.fromEntries(seed.variables.map((variable, index) => [variable.id, values[index]])));
}

const whatsAppTemplate = (to: string, extra: INodeParameters): INodeParameters => ({ resource: 'whatsAppMessage', operation: 'sendTemplate', to, ...extra });
const rcsTemplate = (to: string, extra: INodeParameters): INodeParameters => ({ resource: 'rcsMessage', operation: 'sendTemplate', to, ...extra });

// ---- valid ----

export const validWhatsAppTemplateSend: Arbitrary<ValidSend> = fc
	.record({ phone: validPhone, seed: fc.constantFrom(...WABA_SEEDS), mode: fc.constantFrom<LocatorMode>('list', 'id', 'name') })
	.chain(({ phone, seed, mode }) =>
		valuesFor(seed).map(
			(values): ValidSend => ({
				label: `${seed.name} by ${mode}`,
				parameters: whatsAppTemplate(phone.typed, { template: locator('waba', seed.name, mode), variables: mapper(values) }),
				channel: 'whatsapp',
				to: phone.digits,
				type: 'template',
			}),
		),
	);

/** JSON mode by name: the components written by hand, as an expression or an AI tool would. */
export const validWhatsAppTemplateJsonSend: Arbitrary<ValidSend> = fc
	.tuple(validPhone, parameterText(30), word(1, 10))
	.map(([phone, firstName, member]) => ({
		label: 'welcome_named as JSON',
		parameters: whatsAppTemplate(phone.typed, {
			template: locator('waba', 'welcome_named', 'name'),
			variablesMode: 'json',
			componentsJson: JSON.stringify([
				{
					type: 'body',
					parameters: [
						{ type: 'text', parameter_name: 'first_name', text: firstName },
						{ type: 'text', parameter_name: 'member_id', text: member },
					],
				},
			]),
		}),
		channel: 'whatsapp',
		to: phone.digits,
		type: 'template',
	}));

export const validRcsTemplateSend: Arbitrary<ValidSend> = fc
	.record({
		phone: validPhone,
		seed: fc.constantFrom(...RCS_SEEDS),
		mode: fc.constantFrom<LocatorMode>('list', 'id', 'name'),
		input: fc.constantFrom('defineBelow', 'autoMapInputData', 'json'),
	})
	.chain(({ phone, seed, mode, input }) =>
		valuesFor(seed).map((values): ValidSend => {
			const variables =
				input === 'json'
					? { variablesMode: 'json', parametersJson: JSON.stringify(values) }
					: { variables: mapper(values, input === 'autoMapInputData' ? 'autoMapInputData' : 'defineBelow') };
			return {
				label: `${seed.name} by ${mode}, ${input}`,
				parameters: rcsTemplate(phone.typed, { template: locator('rcs', seed.name, mode), ...variables }),
				inputItems: input === 'autoMapInputData' ? [{ json: values }] : undefined,
				channel: 'rcs',
				to: phone.digits,
				type: 'template',
			};
		}),
	);

// ---- invalid ----

const phoneOk = validPhone.map((phone) => phone.typed);

/** A bad value for a variable of this kind, beyond leaving it empty. */
const BAD_VALUES: Record<ValueKind, Arbitrary<string> | undefined> = {
	text: fc.oneof(
		parameterText(20).map((text) => `${text}\n${text}`),
		parameterText(20).map((text) => `${text}\tx`),
		parameterText(20).map((text) => `x${' '.repeat(WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES + 1)}${text}`),
	),
	// Over the limit even after trimming, which the node does first.
	headerText: textOver(WHATSAPP_TEMPLATE_HEADER_TEXT_MAX).filter((text) => Array.from(text.trim()).length > WHATSAPP_TEMPLATE_HEADER_TEXT_MAX),
	mediaUrl: invalidUrl.filter((url) => url.trim() !== ''),
	coupon: word(WHATSAPP_COUPON_CODE_MAX + 1, WHATSAPP_COUPON_CODE_MAX + 10, 'ABC123'),
	suffix: undefined,
};

/** One variable of a seeded template left empty, or (where the node checks values) given a bad value. */
function brokenVariable(kinds: 'waba' | 'rcs', seeds: Seed[], send: (to: string, extra: INodeParameters) => INodeParameters): Arbitrary<InvalidCase> {
	return fc
		.record({ to: phoneOk, seed: fc.constantFrom(...seeds.filter((seed) => seed.variables.length > 0)), pick: fc.nat(), mode: fc.constantFrom<LocatorMode>('list', 'id', 'name') })
		.chain(({ to, seed, pick, mode }) => {
			const variable = seed.variables[pick % seed.variables.length];
			const bad = kinds === 'waba' ? BAD_VALUES[variable.kind] : undefined;
			const badValue = bad ? fc.oneof(blank, bad) : blank;
			return fc.tuple(valuesFor(seed), badValue).map(([values, value]) =>
				invalidCase(`${seed.name}: ${variable.id} = ${JSON.stringify(value).slice(0, 40)}`, variable.field, send(to, {
					template: locator(kinds, seed.name, mode),
					variables: mapper({ ...values, [variable.id]: value }),
				}), { fieldIsPrefix: variable.prefix, readsTemplate: true }),
			);
		});
}

/**
 * The template picker left empty, or holding something that is not an ID where an ID is needed.
 * n8n itself refuses literal values that fail the "By ID" / "By Name" patterns, so those arrive
 * as expressions (a value read from the item), which is how they reach a node in practice.
 */
const expression = (value: string) => `={{ ${JSON.stringify(value)} }}`;
const notDigits = word(1, 12, 'abcdefgh_-1').filter((value) => !/^\d+$/.test(value));
const brokenLocator: Arbitrary<INodeParameters> = fc.oneof(
	blank.map((value) => ({ __rl: true, mode: 'list', value })),
	fc.tuple(fc.constantFrom<LocatorMode>('id', 'name'), fc.constantFrom(' ', '   ', '')).map(([mode, value]) => ({ __rl: true, mode, value: expression(value) })),
	notDigits.map((value) => ({ __rl: true, mode: 'list', value })),
	notDigits.map((value) => ({ __rl: true, mode: 'id', value: expression(value) })),
);

const brokenComponentsJson: Arbitrary<{ json: string; field: string }> = fc.oneof(
	fc.constantFrom('[{"type":"body"', '{oops}', 'components', '[1,2', '{"type": body}').map((json) => ({ json, field: 'Components (JSON)' })),
	fc.constantFrom('{"type":"body"}', '42', '"body"', 'true').map((json) => ({ json, field: 'Components (JSON)' })),
	fc
		.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('BODY', 'Header', 'footer', 'buttons', '', null))
		.map(([index, type]) => {
			const components: unknown[] = Array.from({ length: index }, () => ({ type: 'body', parameters: [{ type: 'text', text: 'Alex' }] }));
			components.push(type === null ? { parameters: [] } : { type, parameters: [] });
			return { json: JSON.stringify(components), field: `Components (JSON) › Component ${index + 1}` };
		}),
);

export const invalidWhatsAppTemplateSend: Arbitrary<InvalidCase> = fc.oneof(
	fc.tuple(invalidPhone, fc.constantFrom(...WABA_SEEDS)).map(([to, seed]) =>
		invalidCase('recipient', 'Recipient Phone Number', whatsAppTemplate(to, { template: locator('waba', seed.name, 'name'), variables: mapper({}) })),
	),
	fc.tuple(phoneOk, brokenLocator).map(([to, template]) => invalidCase('template picker', 'Template', whatsAppTemplate(to, { template }))),
	fc.tuple(phoneOk, brokenComponentsJson).map(([to, { json, field }]) =>
		invalidCase('components JSON', field, whatsAppTemplate(to, { template: locator('waba', 'welcome_named', 'name'), variablesMode: 'json', componentsJson: json })),
	),
	brokenVariable('waba', WABA_SEEDS, whatsAppTemplate),
	fc.tuple(phoneOk, fc.constantFrom<LocatorMode>('name', 'id')).map(([to, mode]) =>
		invalidCase('template not approved', 'Template', whatsAppTemplate(to, { template: pendingLocator('waba', mode), variables: mapper({}) }), { readsTemplate: true }),
	),
);

const brokenParametersJson: Arbitrary<{ json: string; field: string }> = fc.oneof(
	fc.constantFrom('{"name": "Alex"', '{name: "Alex"}', 'Alex', '[1,', '{"a":1}}').map((json) => ({ json, field: 'Parameters (JSON)' })),
	fc.constantFrom('["Alex"]', '42', '"Alex"', 'true').map((json) => ({ json, field: 'Parameters (JSON)' })),
	fc
		.tuple(fc.constantFrom('name', 'order_id'), fc.constantFrom<unknown>({ first: 'Alex' }, ['Alex'], { value: null }))
		.map(([key, value]) => ({ json: JSON.stringify({ [key]: value }), field: `Parameters (JSON) › ${key}` })),
);

export const invalidRcsTemplateSend: Arbitrary<InvalidCase> = fc.oneof(
	fc.tuple(invalidPhone, fc.constantFrom(...RCS_SEEDS)).map(([to, seed]) =>
		invalidCase('recipient', 'Recipient Phone Number', rcsTemplate(to, { template: locator('rcs', seed.name, 'name'), variables: mapper({}) })),
	),
	fc.tuple(phoneOk, brokenLocator).map(([to, template]) => invalidCase('template picker', 'Template', rcsTemplate(to, { template }))),
	fc.tuple(phoneOk, brokenParametersJson).map(([to, { json, field }]) =>
		invalidCase('parameters JSON', field, rcsTemplate(to, { template: locator('rcs', 'fake_rcs_text_1', 'name'), variablesMode: 'json', parametersJson: json })),
	),
	// JSON by ID: the template is read for its name anyway, so missing variables are caught before the send.
	fc
		.record({ to: phoneOk, seed: fc.constantFrom(...RCS_SEEDS.filter((seed) => seed.variables.length > 0)), keep: fc.nat() })
		.chain(({ to, seed, keep }) =>
			valuesFor(seed).map((values) => {
				const kept = Object.fromEntries(Object.entries(values).slice(0, keep % seed.variables.length));
				return invalidCase(`${seed.name}: JSON by ID without every variable`, 'Parameters (JSON)', rcsTemplate(to, {
					template: locator('rcs', seed.name, 'id'),
					variablesMode: 'json',
					parametersJson: JSON.stringify(kept),
				}), { readsTemplate: true });
			}),
		),
	brokenVariable('rcs', RCS_SEEDS, rcsTemplate),
	fc.tuple(phoneOk, fc.constantFrom<LocatorMode>('name', 'id')).map(([to, mode]) =>
		invalidCase('template not approved', 'Template', rcsTemplate(to, { template: pendingLocator('rcs', mode), variables: mapper({}) }), { readsTemplate: true }),
	),
);

/** A template that exists but is still PENDING (see `addPendingTemplates`), by name or by ID. */
function pendingLocator(kind: 'waba' | 'rcs', mode: LocatorMode): INodeParameters {
	return { __rl: true, mode, value: mode === 'name' ? PENDING_TEMPLATE_NAME : idAfterSeeds(kind) };
}
