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
 * (an empty required field, more entries than a list allows, a value failing a picker's pattern).
 * Those are stopped before any request too, by n8n, with n8n's own message.
 */
describe('inputs n8n itself refuses never reach INCS', () => {
	it.each<[string, INodeParameters, RegExp]>([
		[
			'more reply buttons than the field allows',
			send({ messageType: 'interactive', interactiveType: 'button', bodyText: 'Pick', buttons: { button: many(WHATSAPP_REPLY_BUTTONS_MAX + 1, (i) => ({ title: `B${i}` })) } }),
			/At most 3 fields are allowed/,
		],
		[
			'more list sections than the field allows',
			send({
				messageType: 'interactive',
				interactiveType: 'list',
				bodyText: 'Pick',
				listButtonText: 'Open',
				sections: { section: many(WHATSAPP_LIST_SECTIONS_MAX + 1, (i) => ({ title: `S${i}`, rows: { row: [{ title: `R${i}` }] } })) },
			}),
			/At most 10 fields are allowed/,
		],
		[
			'more carousel cards than the field allows',
			send({
				messageType: 'interactive',
				interactiveType: 'carousel',
				bodyText: 'Pick',
				cards: { card: many(WHATSAPP_CAROUSEL_CARDS_MAX + 1, (i) => ({ headerType: 'image', mediaUrl: `https://example.com/${i}.png`, displayText: 'Buy', url: 'https://example.com' })) },
			}),
			/At most 10 fields are allowed/,
		],
		['an empty required field', send({ messageType: 'text', text: '' }), /Parameter "Text" is required/],
		[
			'letters typed into "By ID"',
			{ resource: 'whatsAppTemplate', operation: 'get', template: { __rl: true, mode: 'id', value: 'order_ready_notice' } },
			/A template ID has digits only/,
		],
	])('%s', async (_label, parameters, message) => {
		const failure = await runIncs(sim(), guard, { parameters }).then(
			() => undefined,
			(error: unknown) => error,
		);
		expect(failure).toBeInstanceOf(Error);
		guard.scan('the refused workflow error', (failure as Error).message);
		expect((failure as Error).message).toMatch(message);
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
