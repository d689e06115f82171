import fc, { type Arbitrary } from 'fast-check';

import type { InvalidCase, ValidSend } from './support/cases';
import {
	invalidRcsTemplateSend,
	invalidWhatsAppTemplateSend,
	validRcsTemplateSend,
	validWhatsAppTemplateJsonSend,
	validWhatsAppTemplateSend,
} from './support/arbitraries/templateSends';
import { invalidRcsSend, invalidViberSend, validRcsSend, validViberSend } from './support/arbitraries/viberRcsMessage';
import { invalidWhatsAppSend, validWhatsAppSend } from './support/arbitraries/whatsAppMessage';
import { checkProperty, expectAccepted, expectStoppedBeforeRequest, runShape } from './support/properties';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';
import { addPendingTemplates, idAfterSeeds, seededId, templateId } from './support/templates';

const guard = installSecretGuard();
const sim = useSimulator(guard);

beforeEach(() => {
	// The generators know the seeded and pending templates' IDs up front; make sure they are right.
	expect(templateId(sim(), 'waba', 'shop_link')).toBe(seededId('waba', 'shop_link'));
	expect(templateId(sim(), 'rcs', 'fake_carousel')).toBe(seededId('rcs', 'fake_carousel'));
	expect(addPendingTemplates(sim())).toEqual({ waba: idAfterSeeds('waba'), rcs: idAfterSeeds('rcs') });
});

let invalidRuns = 0;
let validRuns = 0;

const INVALID: Array<[string, number, Arbitrary<InvalidCase>]> = [
	['WhatsApp Message → Send', 160, invalidWhatsAppSend],
	['WhatsApp Message → Send Template', 80, invalidWhatsAppTemplateSend],
	['Viber Message → Send', 70, invalidViberSend],
	['RCS Message → Send', 50, invalidRcsSend],
	['RCS Message → Send Template', 60, invalidRcsTemplateSend],
];

const VALID: Array<[string, number, Arbitrary<ValidSend>]> = [
	['WhatsApp Message → Send', 60, validWhatsAppSend],
	['WhatsApp Message → Send Template', 40, fc.oneof(validWhatsAppTemplateSend, validWhatsAppTemplateJsonSend)],
	['Viber Message → Send', 30, validViberSend],
	['RCS Message → Send', 25, validRcsSend],
	['RCS Message → Send Template', 30, validRcsTemplateSend],
];

describe('generated invalid inputs are stopped before any request, with an error naming item and field', () => {
	it.each(INVALID)('%s (%i cases)', async (_name, numRuns, arbitrary) => {
		await checkProperty(fc.tuple(arbitrary, runShape), numRuns, async ([testCase, shape]) => {
			invalidRuns++;
			await expectStoppedBeforeRequest(sim(), guard, testCase, shape);
		});
	});
});

describe('generated valid inputs produce requests INCS accepts', () => {
	it.each(VALID)('%s (%i cases)', async (_name, numRuns, arbitrary) => {
		await checkProperty(arbitrary, numRuns, async (testCase) => {
			validRuns++;
			await expectAccepted(sim(), guard, testCase);
		});
	});
});

it('ran every generated case', () => {
	expect(invalidRuns).toBe(INVALID.reduce((sum, [, runs]) => sum + runs, 0));
	expect(validRuns).toBe(VALID.reduce((sum, [, runs]) => sum + runs, 0));
});
