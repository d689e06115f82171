import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { ACTION_NAMES, SUBTITLES, subtitleExpression } from '../../../../../nodes/Incs/v1/actions/actionTexts';

const description = new Incs().nodeVersions[1].description;
const properties = description.properties as INodeProperties[];

function optionsOf(property: INodeProperties | undefined): INodePropertyOptions[] {
	return (property?.options ?? []) as INodePropertyOptions[];
}

const resourceOptions = optionsOf(properties.find((property) => property.name === 'resource'));
const operationsOf = (resource: string) =>
	optionsOf(properties.find((property) => property.name === 'operation' && (property.displayOptions?.show?.resource as string[]).includes(resource)));

/** The actions in the order n8n's node creator lists them: resource by resource, in option order. */
const creatorOrder = resourceOptions.flatMap((resource) => operationsOf(String(resource.value)).map((operation) => operation.action));

/** Evaluates a `={{ … }}` subtitle the way n8n would, for plain parameters. */
function evaluate(expression: string, parameters: Record<string, unknown>): unknown {
	const body = expression.replace(/^=\{\{/, '').replace(/\}\}$/, '');
	return new Function('$parameter', `return (${body});`)(parameters);
}

describe('the INCS node as n8n lists it', () => {
	it('lists the sending actions first, the most used (WhatsApp template) at the top', () => {
		expect(creatorOrder).toEqual([
			'Send a WhatsApp template message',
			'Send a WhatsApp message',
			'Send a WhatsApp message and wait for the answer',
			'Send a Viber message',
			'Send a Viber message and wait for the answer',
			'Send an RCS template message',
			'Send an RCS message',
			'Send an RCS message and wait for the answer',
			'Create a WhatsApp template',
			'Delete a WhatsApp template',
			'Get a WhatsApp template',
			'Get many WhatsApp templates',
			'Create an RCS template',
			'Delete an RCS template',
			'Get an RCS template',
			'Get many RCS templates',
			'Get the INCS account details',
		]);
	});

	it('keeps the saved values of resources and operations', () => {
		expect(resourceOptions.map((option) => option.value).sort()).toEqual(
			['account', 'rcsMessage', 'rcsTemplate', 'viberMessage', 'whatsAppMessage', 'whatsAppTemplate'],
		);
		expect(operationsOf('whatsAppMessage').map((option) => option.value)).toEqual(['sendTemplate', 'send', 'sendAndWait']);
		expect(operationsOf('rcsMessage').map((option) => option.value)).toEqual(['sendTemplate', 'send', 'sendAndWait']);
		expect(operationsOf('viberMessage').map((option) => option.value)).toEqual(['send', 'sendAndWait']);
		expect(description.defaults.name).toBe('INCS');
	});

	it('gives every operation its action text and a subtitle', () => {
		for (const [resource, operations] of Object.entries(ACTION_NAMES)) {
			for (const option of operationsOf(resource)) {
				expect(option.action).toBe((operations as Record<string, string>)[String(option.value)]);
				expect((SUBTITLES as Record<string, Record<string, string>>)[resource][String(option.value)]).toMatch(/^[A-Z][a-z]+ /);
			}
		}
	});

	it('words each action in sentence case, brand names and acronyms as they are written', () => {
		const names = /^(WhatsApp|Viber|RCS|INCS)$/;
		for (const action of creatorOrder) {
			const [first, ...rest] = String(action).split(' ');
			expect(first).toMatch(/^[A-Z][a-z]+$/);
			for (const word of rest) if (!names.test(word)) expect(word).toBe(word.toLowerCase());
		}
	});

	it('names the channel in every message and template action (AI tools describe themselves with it)', () => {
		for (const action of creatorOrder.slice(0, -1)) expect(action).toMatch(/WhatsApp|Viber|RCS/);
	});

	it.each([
		['whatsAppMessage', 'sendTemplate', 'Send WhatsApp template'],
		['whatsAppMessage', 'send', 'Send WhatsApp message'],
		['viberMessage', 'send', 'Send Viber message'],
		['rcsMessage', 'sendTemplate', 'Send RCS template'],
		['whatsAppMessage', 'sendAndWait', 'Ask on WhatsApp and wait'],
		['whatsAppTemplate', 'getAll', 'List WhatsApp templates'],
		['rcsTemplate', 'delete', 'Delete RCS template'],
		['account', 'get', 'Get account details'],
		['whatsAppMessage', 'someday', 'someday'],
	])('shows %s %s on the canvas as "%s"', (resource, operation, shown) => {
		expect(description.subtitle).toBe(subtitleExpression());
		expect(evaluate(String(description.subtitle), { resource, operation })).toBe(shown);
	});
});
