import fc from 'fast-check';
import type { INodeParameters } from 'n8n-workflow';

import {
	WHATSAPP_CAROUSEL_CARDS_MAX,
	WHATSAPP_LIST_SECTIONS_MAX,
	WHATSAPP_REPLY_BUTTONS_MAX,
} from '../../nodes/Incs/v1/helpers/constants/whatsapp';
import { buildWhatsAppInteractive, type InteractiveInput } from '../../nodes/Incs/v1/helpers/payloads/whatsAppInteractive';
import { ValidationError } from '../../nodes/Incs/v1/helpers/validation/error';
import { PROPERTY_SEED } from './support/properties';
import { runIncs } from './support/run';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';

const guard = installSecretGuard();
const sim = useSimulator(guard);

const send = (content: INodeParameters): INodeParameters => ({ resource: 'whatsAppMessage', operation: 'send', to: '+852 9000 0001', ...content });
const many = (count: number, entry: (index: number) => INodeParameters) => Array.from({ length: count }, (_, index) => entry(index));

/**
 * Some invalid inputs never reach the node: n8n refuses to run a workflow whose node has issues
 * (an empty required field). Those are stopped before any request too, by n8n, with n8n's own message.
 */
describe('inputs n8n itself refuses never reach INCS', () => {
	it('an empty required field', async () => {
		const failure = await runIncs(sim(), guard, { parameters: send({ messageType: 'text', text: '' }) }).then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toMatch(/Parameter "Text" is required/);
		expect(sim().journal.size).toBe(0);
	});
});

/**
 * Limits n8n would check before any node runs, with a text that names neither field nor item ("At
 * most 3 fields are allowed"), are left to the node, which names the field, the item and the limit.
 * These run through n8n's real workflow execution, so n8n's own check would fire first if the node
 * description still handed the limit to n8n.
 */
describe("the node's own errors for limits in an imported workflow", () => {
	it.each<[string, INodeParameters, string, string]>([
		[
			'four reply buttons',
			send({ messageType: 'interactive', interactiveType: 'button', bodyText: 'Pick', buttons: { button: many(WHATSAPP_REPLY_BUTTONS_MAX + 1, (i) => ({ title: `B${i}` })) } }),
			'Invalid "Buttons" in item 1: it has 4 buttons; 1 to 3 are allowed',
			'Remove buttons from "Buttons" until there are 3.',
		],
		[
			'eleven list sections',
			send({
				messageType: 'interactive',
				interactiveType: 'list',
				bodyText: 'Pick',
				listButtonText: 'Open',
				sections: { section: many(WHATSAPP_LIST_SECTIONS_MAX + 1, (i) => ({ title: `S${i}`, rows: { row: [{ title: `R${i}` }] } })) },
			}),
			'Invalid "Sections" in item 1: it has 11 sections; 1 to 10 are allowed',
			'Remove sections from "Sections" until there are 10.',
		],
		[
			'eleven carousel cards',
			send({
				messageType: 'interactive',
				interactiveType: 'carousel',
				bodyText: 'Pick',
				cards: { card: many(WHATSAPP_CAROUSEL_CARDS_MAX + 1, (i) => ({ headerType: 'image', mediaUrl: `https://example.com/${i}.png`, displayText: 'Buy', url: 'https://example.com' })) },
			}),
			'Invalid "Cards" in item 1: it has 11 cards; 2 to 10 are allowed',
			'Remove cards from "Cards" until there are 10.',
		],
		[
			'a template name with spaces',
			{ resource: 'whatsAppMessage', operation: 'sendTemplate', to: '+852 9000 0001', template: { __rl: true, mode: 'name', value: 'order ready' } },
			'Invalid "Template" in item 1: "order ready" is not a template name: lowercase letters, digits and underscores, at most 100 characters',
			"Enter the template's name exactly as INCS lists it, or pick the template from the list.",
		],
		[
			'an RCS template name longer than INCS allows',
			{ resource: 'rcsMessage', operation: 'sendTemplate', to: '+852 9000 0001', template: { __rl: true, mode: 'name', value: 'a'.repeat(26) } },
			`Invalid "Template" in item 1: "${'a'.repeat(26)}" is not a template name: letters, digits and underscores, at most 25 characters`,
			"Enter the template's name exactly as INCS lists it, or pick the template from the list.",
		],
		[
			'letters typed into "By ID"',
			{ resource: 'whatsAppTemplate', operation: 'get', template: { __rl: true, mode: 'id', value: 'order_ready_notice' } },
			'Invalid "Template" in item 1: "order_ready_notice" is not a template ID (IDs have digits only)',
			'Switch "Template" to "By Name" to use a template name, or enter the numeric template ID.',
		],
	])('%s', async (_label, parameters, message, fix) => {
		const result = await runIncs(sim(), guard, { parameters });
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toContain(fix);
		expect(sim().journal.size).toBe(0);
	});
});

/** Behind n8n's limits the node checks the maximums again, for workflows built by code or an AI agent. */
describe("the node's own maximums on the payload builder (60 generated cases)", () => {
	it('too many buttons, sections or cards name the list', () => {
		const over = fc.oneof(
			fc.integer({ min: WHATSAPP_REPLY_BUTTONS_MAX + 1, max: 12 }).map((count): [InteractiveInput, string] => [
				{ interactiveType: 'button', bodyText: 'Pick', buttons: many(count, (i) => ({ title: `B${i}` })) },
				'Buttons',
			]),
			fc.integer({ min: WHATSAPP_LIST_SECTIONS_MAX + 1, max: 20 }).map((count): [InteractiveInput, string] => [
				{ interactiveType: 'list', bodyText: 'Pick', listButtonText: 'Open', sections: many(count, (i) => ({ title: `S${i}`, rows: [{ title: `R${i}` }] })) },
				'Sections',
			]),
			fc.integer({ min: WHATSAPP_CAROUSEL_CARDS_MAX + 1, max: 20 }).map((count): [InteractiveInput, string] => [
				{
					interactiveType: 'carousel',
					bodyText: 'Pick',
					cards: many(count, (i) => ({ headerType: 'image', mediaUrl: `https://example.com/${i}.png`, displayText: 'Buy', url: 'https://example.com' })),
				},
				'Cards',
			]),
		);
		fc.assert(
			fc.property(over, ([input, field]) => {
				let thrown: unknown;
				try {
					buildWhatsAppInteractive(input);
				} catch (error) {
					thrown = error;
				}
				expect(thrown).toBeInstanceOf(ValidationError);
				expect((thrown as ValidationError).field).toBe(field);
			}),
			{ numRuns: 60, seed: PROPERTY_SEED },
		);
	});
});
