import fc, { type Arbitrary } from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import { WHATSAPP_COUPON_CODE_MAX, WHATSAPP_TEMPLATE_HEADER_TEXT_MAX, WHATSAPP_TEMPLATE_NAME_MAX } from '../../../../nodes/Incs/v1/helpers/constants/whatsapp';
import {
	WABA_BODY_TEXT_MAX,
	WABA_BUTTON_PHONE_MAX,
	WABA_BUTTON_TEXT_MAX,
	WABA_BUTTON_TYPE_MAX,
	WABA_BUTTON_TYPES,
	WABA_BUTTONS_MAX,
	WABA_FOOTER_TEXT_MAX,
	WABA_LANGUAGE_PATTERN,
	WABA_TEMPLATE_CATEGORIES,
} from '../../../../nodes/Incs/v1/helpers/constants/whatsappTemplate';
import { invalidCase, type InvalidCase, type ValidTemplate } from '../cases';
import { blank, lengthUpTo, notOneOf, textOver, textUpTo, word } from './text';
import { invalidUrl, validUrl } from './url';

const NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

const templateName = lengthUpTo(WHATSAPP_TEMPLATE_NAME_MAX).chain((length) => word(length, length, NAME_CHARS));
const language = fc.stringMatching(WABA_LANGUAGE_PATTERN);

/** Variables of one template: none, numbered {{1}}…{{n}}, or named (starting with a letter; see the failing test on `_name`). */
type Variables = { kind: 'none' } | { kind: 'positional'; names: string[] } | { kind: 'named'; names: string[] };

const variables: Arbitrary<Variables> = fc.oneof(
	fc.constant<Variables>({ kind: 'none' }),
	fc.integer({ min: 1, max: 5 }).map((count): Variables => ({ kind: 'positional', names: Array.from({ length: count }, (_, i) => String(i + 1)) })),
	fc
		.uniqueArray(fc.tuple(fc.constantFrom(...LOWER), word(0, 10, NAME_CHARS)).map(([first, rest]) => first + rest), { minLength: 1, maxLength: 4 })
		.map((names): Variables => ({ kind: 'named', names })),
);

/** Text pieces around `names` in a shuffled order (Meta fills numbered variables by number, not by place). */
function withVariables(names: string[], pieceMax: number): Arbitrary<string> {
	return fc
		.tuple(fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }), fc.array(textUpTo(pieceMax, 0), { minLength: names.length + 1, maxLength: names.length + 1 }))
		.map(([order, pieces]) => pieces.map((piece, index) => (index < order.length ? `${piece}{{${order[index]}}}` : piece)).join('') || 'x');
}

/** One example entry per variable, written any of the ways the form takes (`1`, `{{1}}`, `{{ 1 }}`). */
function examples(names: string[]): Arbitrary<INodeParameters> {
	return fc
		.tuple(
			fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }),
			fc.array(fc.tuple(fc.constantFrom('plain', 'braced', 'spaced'), textUpTo(20)), { minLength: names.length, maxLength: names.length }),
		)
		.map(([order, values]) => ({
			example: order.map((name, index) => {
				const [style, value] = values[index];
				return { variable: style === 'plain' ? name : style === 'braced' ? `{{${name}}}` : `{{ ${name} }}`, value };
			}),
		}));
}

const body = (vars: Variables): Arbitrary<INodeParameters> =>
	vars.kind === 'none'
		? textUpTo(WABA_BODY_TEXT_MAX).map((bodyText) => ({ bodyText }))
		: fc.tuple(withVariables(vars.names, 40), examples(vars.names)).map(([bodyText, bodyVariableExamples]) => ({ bodyText, bodyVariableExamples }));

/** A header of the same variable kind as the body (a template never mixes both; see the failing test). */
const header = (vars: Variables): Arbitrary<INodeParameters> => {
	const variable = vars.kind === 'named' ? vars.names[0] : '1';
	return fc.oneof(
		fc.constant({ headerType: 'none' }),
		textUpTo(WHATSAPP_TEMPLATE_HEADER_TEXT_MAX).map((headerText) => ({ headerType: 'text', headerText })),
		fc
			.tuple(textUpTo(WHATSAPP_TEMPLATE_HEADER_TEXT_MAX - variable.length - 4, 0), textUpTo(20))
			.map(([prefix, headerExample]) => ({ headerType: 'text', headerText: `${prefix}{{${variable}}}`, headerExample })),
		fc.tuple(fc.constantFrom('image', 'video', 'document'), validUrl()).map(([headerType, headerMediaUrl]) => ({ headerType, headerMediaUrl })),
	);
};

const digits = (min: number, max: number) => word(min, max, '0123456789');
// Digits with an optional +: a number typed with spaces has its own failing test in knownGaps.
const buttonPhone = fc.tuple(fc.constantFrom('', '+'), fc.constantFrom(...'123456789'), digits(6, 14)).map(([plus, first, rest]) => `${plus}${first}${rest}`.slice(0, WABA_BUTTON_PHONE_MAX));

const urlButton = fc
	.record({ text: textUpTo(WABA_BUTTON_TEXT_MAX), host: fc.domain(), path: word(1, 10), dynamic: fc.boolean(), sample: word(1, 10) })
	.map(({ text, host, path, dynamic, sample }) =>
		dynamic
			? { type: 'URL', text, url: `https://${host}/${path}/{{1}}`, urlExample: `https://${host}/${path}/${sample}` }
			: { type: 'URL', text, url: `https://${host}/${path}` },
	);

/** Buttons within Meta's limits: quick replies kept together, before or after the others; copy code only in Marketing. */
const buttons = (category: string): Arbitrary<INodeParameters[]> =>
	fc
		.record({
			quickReplies: fc.array(textUpTo(WABA_BUTTON_TEXT_MAX).map((text) => ({ type: 'QUICK_REPLY', text })), { maxLength: 4 }),
			urls: fc.array(urlButton, { maxLength: WABA_BUTTON_TYPE_MAX.URL }),
			phone: fc.option(fc.tuple(textUpTo(WABA_BUTTON_TEXT_MAX), buttonPhone).map(([text, phoneNumber]) => ({ type: 'PHONE_NUMBER', text, phoneNumber })), { nil: undefined }),
			copyCode: fc.option(word(1, WHATSAPP_COUPON_CODE_MAX, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789').map((code) => ({ type: 'COPY_CODE', code })), { nil: undefined }),
			quickRepliesFirst: fc.boolean(),
		})
		.map(({ quickReplies, urls, phone, copyCode, quickRepliesFirst }) => {
			const others: INodeParameters[] = [...urls, ...(phone ? [phone] : []), ...(copyCode && category === 'MARKETING' ? [copyCode] : [])];
			return quickRepliesFirst ? [...quickReplies, ...others] : [...others, ...quickReplies];
		});

const formTemplate: Arbitrary<ValidTemplate> = fc
	.record({ name: templateName, language, category: fc.constantFrom(...WABA_TEMPLATE_CATEGORIES), vars: variables })
	.chain(({ name, language: code, category, vars }) =>
		fc
			.record({ header: header(vars), body: body(vars), footerText: fc.option(textUpTo(WABA_FOOTER_TEXT_MAX), { nil: '' }), buttons: buttons(category) })
			.map(({ header: headerFields, body: bodyFields, footerText, buttons: list }) => ({
				label: `${vars.kind} variables, header ${String(headerFields.headerType)}, ${list.length} buttons`,
				name,
				parameters: {
					resource: 'whatsAppTemplate',
					operation: 'create',
					name,
					language: code,
					category,
					...headerFields,
					...bodyFields,
					footerText,
					...(list.length > 0 ? { buttons: { button: list } } : {}),
				},
			})),
	);

const jsonTemplate: Arbitrary<ValidTemplate> = fc
	.record({ name: templateName, language, category: fc.constantFrom(...WABA_TEMPLATE_CATEGORIES), text: textUpTo(200), footer: fc.option(textUpTo(WABA_FOOTER_TEXT_MAX)), lower: fc.boolean() })
	.map(({ name, language: code, category, text, footer, lower }) => {
		const type = (value: string) => (lower ? value.toLowerCase() : value);
		const components = [{ type: type('BODY'), text }, ...(footer === null ? [] : [{ type: type('FOOTER'), text: footer }])];
		return {
			label: 'JSON components',
			name,
			parameters: { resource: 'whatsAppTemplate', operation: 'create', name, language: code, category, componentsInput: 'json', componentsJson: JSON.stringify(components) },
		};
	});

export const validWabaTemplate: Arbitrary<ValidTemplate> = fc.oneof({ weight: 4, arbitrary: formTemplate }, { weight: 1, arbitrary: jsonTemplate });

// ---- invalid: a valid form template with one thing broken ----

const button = (k: number, label: string) => `Buttons › Button ${k + 1} › ${label}`;

function broken(base: ValidTemplate): Arbitrary<InvalidCase> {
	const p = base.parameters;
	const set = (label: string, field: string, change: INodeParameters) => invalidCase(label, field, { ...p, ...change });
	const list = ((p.buttons as { button?: INodeParameters[] } | undefined)?.button ?? []) as INodeParameters[];
	const withButton = (index: number, entry: INodeParameters) => ({ buttons: { button: [...list.slice(0, index), entry, ...list.slice(index + 1)] } });
	const appended = list.length;
	const cases: Array<Arbitrary<InvalidCase>> = [
		word(WHATSAPP_TEMPLATE_NAME_MAX + 1, WHATSAPP_TEMPLATE_NAME_MAX + 20, NAME_CHARS).map((name) => set('name too long', 'Name', { name })),
		fc.constantFrom('Order_Ready', 'order ready', 'order-ready', 'ordér', 'order.ready', 'ORDER').map((name) => set('name characters', 'Name', { name })),
		blank.map((name) => set('name blank', 'Name', { name })),
		fc.oneof(fc.constantFrom('EN', 'en-US', 'english', 'en_us', 'e', 'en_USA', 'zh_hk', '1en'), blank).map((code) => set('language', 'Language', { language: code })),
		notOneOf(WABA_TEMPLATE_CATEGORIES).map((category) => set('category', 'Category', { category })),
		fc.oneof(textOver(WABA_BODY_TEXT_MAX), blank).map((bodyText) => set('body text', 'Body Text', { bodyText, bodyVariableExamples: {} })),
		fc.constantFrom('Hi {{1}} and {{name}}', 'Hi {{1}} and {{3}}', 'Hi {{2}}').map((bodyText) =>
			set('body variables', 'Body Text', { bodyText, bodyVariableExamples: { example: [{ variable: '1', value: 'a' }] } }),
		),
		fc.constant(set('body example missing', 'Body Variable Examples', { bodyText: 'Hi {{1}}, order {{2}}', bodyVariableExamples: { example: [{ variable: '1', value: 'Alex' }] } })),
		fc.constant(set('body example unused', 'Body Variable Examples', { bodyText: 'Hi {{1}}', bodyVariableExamples: { example: [{ variable: '1', value: 'Alex' }, { variable: '7', value: 'x' }] } })),
		blank.map((value) =>
			set('body example blank', 'Body Variable Examples › Example 1 › Example', { bodyText: 'Hi {{1}}', bodyVariableExamples: { example: [{ variable: '1', value }] } }),
		),
		textOver(WHATSAPP_TEMPLATE_HEADER_TEXT_MAX).map((headerText) => set('header text too long', 'Header Text', { headerType: 'text', headerText })),
		fc.constant(set('two header variables', 'Header Text', { headerType: 'text', headerText: 'Sale {{1}} to {{2}}', headerExample: 'Friday' })),
		blank.map((headerExample) => set('header example missing', 'Header Variable Example', { headerType: 'text', headerText: 'Sale ends {{1}}', headerExample })),
		fc.tuple(fc.constantFrom('image', 'video', 'document'), invalidUrl).map(([headerType, headerMediaUrl]) => set('header sample URL', 'Header Sample URL', { headerType, headerMediaUrl })),
		textOver(WABA_FOOTER_TEXT_MAX).map((footerText) => set('footer too long', 'Footer Text', { footerText })),
		fc.constant(set('footer variable', 'Footer Text', { footerText: 'Reply {{1}} to stop' })),
		fc.integer({ min: WABA_BUTTONS_MAX + 1, max: WABA_BUTTONS_MAX + 4 }).map((count) =>
			set('too many buttons', 'Buttons', { buttons: { button: Array.from({ length: count }, (_, i) => ({ type: 'QUICK_REPLY', text: `Reply ${i + 1}` })) } }),
		),
		fc.constantFrom<[string, INodeParameters]>(
			['URL', { type: 'URL', text: 'Shop', url: 'https://example.com/shop' }],
			['PHONE_NUMBER', { type: 'PHONE_NUMBER', text: 'Call', phoneNumber: '+85268411234' }],
			['COPY_CODE', { type: 'COPY_CODE', code: 'SAVE10' }],
		).map(([type, entry]) =>
			set(`too many ${type} buttons`, 'Buttons', { category: 'MARKETING', buttons: { button: Array.from({ length: WABA_BUTTON_TYPE_MAX[type as (typeof WABA_BUTTON_TYPES)[number]] + 1 }, () => entry) } }),
		),
		fc.constant(
			set('quick replies split', 'Buttons', {
				buttons: { button: [{ type: 'QUICK_REPLY', text: 'Yes' }, { type: 'URL', text: 'Shop', url: 'https://example.com' }, { type: 'QUICK_REPLY', text: 'No' }] },
			}),
		),
		fc.oneof(textOver(WABA_BUTTON_TEXT_MAX), blank).map((text) => set('button text', button(appended, 'Text'), withButton(appended, { type: 'QUICK_REPLY', text }))),
		fc
			.oneof(invalidUrl, fc.constantFrom('https://example.com/{{1}}/x', 'https://example.com/{{1}}{{2}}', 'https://example.com/{{2}}'))
			.map((url) => set('button URL', button(0, 'URL'), { buttons: { button: [{ type: 'URL', text: 'Shop', url }] } })),
		fc
			.oneof(blank, invalidUrl, fc.constantFrom('https://other.example/shop/x', 'https://example.com/shop/'))
			.map((urlExample) => set('button URL example', button(0, 'URL Example'), { buttons: { button: [{ type: 'URL', text: 'Shop', url: 'https://example.com/shop/{{1}}', urlExample }] } })),
		fc
			.oneof(fc.constantFrom('12345', 'call me', '+0852 6841 1234', '++85268411234', '+85268411234567890'), blank)
			.map((phoneNumber) => set('button phone', button(0, 'Phone Number'), { buttons: { button: [{ type: 'PHONE_NUMBER', text: 'Call', phoneNumber }] } })),
		fc
			.oneof(word(WHATSAPP_COUPON_CODE_MAX + 1, WHATSAPP_COUPON_CODE_MAX + 8, 'ABC123'), blank)
			.map((code) => set('copy code example', button(0, 'Code Example'), { category: 'MARKETING', buttons: { button: [{ type: 'COPY_CODE', code }] } })),
		// The node takes the type in any case (JSON mode writes `url`), so only other words are wrong.
		notOneOf(WABA_BUTTON_TYPES)
			.filter((type) => !(WABA_BUTTON_TYPES as readonly string[]).includes(type.toUpperCase()))
			.map((type) => set('button type', button(0, 'Button Type'), { buttons: { button: [{ type, text: 'Tap' }] } })),
	];
	return fc.oneof(...cases);
}

const brokenJson: Arbitrary<InvalidCase> = fc
	.tuple(templateName, fc.constantFrom<[string, string]>(
		['[{"type":"BODY","text":"Hi"}', 'Components (JSON)'],
		['{"type":"BODY"}', 'Components (JSON)'],
		['[{"type":"FOOTER","text":"Bye"}]', 'Components (JSON)'],
		['[{"type":"BODY","text":"Hi"},{"type":"body","text":"Again"}]', 'Components (JSON)'],
		['[{"text":"Hi"}]', 'Components (JSON) › [0].type'],
		['["BODY"]', 'Components (JSON) › [0]'],
		[JSON.stringify([{ type: 'BODY', text: 'x'.repeat(WABA_BODY_TEXT_MAX + 1) }]), 'Components (JSON) › [0].text'],
		[JSON.stringify([{ type: 'HEADER', format: 'GIF' }, { type: 'BODY', text: 'Hi' }]), 'Components (JSON) › [0].format'],
	))
	.map(([name, [json, field]]) =>
		invalidCase('components JSON', field, { resource: 'whatsAppTemplate', operation: 'create', name, language: 'en_US', category: 'UTILITY', componentsInput: 'json', componentsJson: json }),
	);

export const invalidWabaTemplate: Arbitrary<InvalidCase> = fc.oneof({ weight: 5, arbitrary: formTemplate.chain(broken) }, { weight: 1, arbitrary: brokenJson });
