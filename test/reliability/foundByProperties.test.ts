import type { INodeParameters } from 'n8n-workflow';

import type { ExecuteNodeResult } from '../harness';
import { runIncs } from './support/run';
import { installSecretGuard } from './support/secretGuard';
import { useSimulator } from './support/simulator';

/**
 * Inputs the property tests found the node letting through although INCS (the strict simulator,
 * following Meta's and INCS's documentation) refused them. Each is fixed; these keep them fixed.
 */
const guard = installSecretGuard();
const sim = useSimulator(guard);

const TO = '+852 9000 0001';

async function run(parameters: INodeParameters): Promise<ExecuteNodeResult> {
	return await runIncs(sim(), guard, { parameters });
}

/** The node stopped the item itself, naming the field, and nothing reached INCS. */
function expectStoppedNaming(result: ExecuteNodeResult, field: string): void {
	expect(sim().journal.all().map((entry) => `${entry.method} ${entry.path} → ${entry.code} ${entry.message}`)).toEqual([]);
	expect(result.error).toMatchObject({ name: 'NodeOperationError' });
	expect(result.error?.message.startsWith(`Invalid "${field}" in item 1: `)).toBe(true);
}

/** Node and INCS agree: either the node refuses it before sending (naming `field`), or INCS accepts it. */
function expectAgreement(result: ExecuteNodeResult, field: string): void {
	const entries = sim().journal.all();
	if (entries.length === 0) {
		expect(result.error?.message.startsWith(`Invalid "${field}" in item 1: `)).toBe(true);
		return;
	}
	expect(entries.map((entry) => `${entry.outcome} ${entry.code} ${entry.message}`)).toEqual(['accepted 200 ']);
	expect(result.error).toBeUndefined();
}

describe('WhatsApp Message → Send', () => {
	// Meta: "all cards must have the same header type (image or video)" (Interactive media carousel
	// messages).
	it('a carousel mixing image and video cards is stopped before sending', async () => {
		const result = await run({
			resource: 'whatsAppMessage',
			operation: 'send',
			to: TO,
			messageType: 'interactive',
			interactiveType: 'carousel',
			bodyText: 'New in',
			cards: {
				card: [
					{ headerType: 'image', mediaUrl: 'https://example.com/a.png', displayText: 'Buy', url: 'https://example.com/a' },
					{ headerType: 'video', mediaUrl: 'https://example.com/b.mp4', displayText: 'Watch', url: 'https://example.com/b' },
				],
			},
		});
		expectStoppedNaming(result, 'Cards › Card 2 › Media Type');
	});

	// Meta lists `rows` as required in every section: an empty section must not go out as
	// `rows: []` (simulator: 422).
	it('a list section without rows is stopped before sending', async () => {
		const result = await run({
			resource: 'whatsAppMessage',
			operation: 'send',
			to: TO,
			messageType: 'interactive',
			interactiveType: 'list',
			bodyText: 'Pick a slot',
			listButtonText: 'Slots',
			sections: { section: [{ title: 'Morning', rows: { row: [{ title: '9:00' }] } }, { title: 'Evening' }] },
		});
		expectStoppedNaming(result, 'Sections › Section 2 › Rows');
	});
});

describe('WhatsApp Template → Create', () => {
	// README, Button kinds: "Copy Code … Marketing templates only", checked before anything is sent.
	it('a Copy Code button on a Utility template is stopped before sending', async () => {
		const result = await run({
			resource: 'whatsAppTemplate',
			operation: 'create',
			name: 'order_code',
			language: 'en_US',
			category: 'UTILITY',
			bodyText: 'Your code is below.',
			buttons: { button: [{ type: 'COPY_CODE', code: 'SAVE10' }] },
		});
		expectStoppedNaming(result, 'Buttons › Button 1 › Button Type');
	});

	// Numbered or named variables, never both in one template: a numbered header with a named body
	// would go out with parameter_format NAMED and a positional header example, which Meta refuses.
	it('numbered header and named body variables are stopped before sending', async () => {
		const result = await run({
			resource: 'whatsAppTemplate',
			operation: 'create',
			name: 'mixed_variables',
			language: 'en_US',
			category: 'MARKETING',
			headerType: 'text',
			headerText: 'Sale ends {{1}}',
			headerExample: 'Friday',
			bodyText: 'Hi {{first_name}}, the sale is on.',
			bodyVariableExamples: { example: [{ variable: 'first_name', value: 'Alex' }] },
		});
		expectStoppedNaming(result, 'Header Text');
	});

	// The hint suggests typing "+852 6841 1234"; INCS (the simulator) takes digits with an optional +
	// only, so the separators are removed before sending, as for the RCS dialer suggestion.
	it('a phone button typed with spaces is accepted (sent without them)', async () => {
		const result = await run({
			resource: 'whatsAppTemplate',
			operation: 'create',
			name: 'call_us',
			language: 'en_US',
			category: 'UTILITY',
			bodyText: 'Questions about your order?',
			buttons: { button: [{ type: 'PHONE_NUMBER', text: 'Call us', phoneNumber: '+852 6841 1234' }] },
		});
		expectAgreement(result, 'Buttons › Button 1 › Phone Number');
		const [sent] = sim().journal.all();
		if (sent) expect(sent.body).toMatchObject({ components: [{ type: 'BODY' }, { type: 'BUTTONS', buttons: [{ phone_number: '+85268411234' }] }] });
	});

	// Named variables start with a lowercase letter, in the node and in the simulator alike
	// (Meta's wording is not conclusive, so the stricter reading is used).
	it('node and INCS agree on a named variable starting with an underscore', async () => {
		const result = await run({
			resource: 'whatsAppTemplate',
			operation: 'create',
			name: 'named_underscore',
			language: 'en_US',
			category: 'UTILITY',
			bodyText: 'Your reference is {{_ref}}.',
			bodyVariableExamples: { example: [{ variable: '_ref', value: 'R-1' }] },
		});
		expectAgreement(result, 'Body Text');
	});
});

describe('Viber Message → Send', () => {
	// `ca-valencia` is a real BCP 47 tag of 11 characters; INCS documents no length limit for
	// otp.language, so node and simulator both accept it.
	it('node and INCS agree on an 11-character OTP language code', async () => {
		const result = await run({ resource: 'viberMessage', operation: 'send', to: TO, messageType: 'otp', otpCode: '482913', otpLanguage: 'ca-valencia', otpExpirationMinutes: 5 });
		expectAgreement(result, 'Language');
	});
});

describe('WhatsApp Template → Get Many', () => {
	// A fractional Limit (from an expression, or typed) must not become `count=2.5`, which INCS
	// refuses (simulator: 422 "The count must be an integer.").
	it('a fractional Limit never reaches INCS as a fractional count', async () => {
		const result = await run({ resource: 'whatsAppTemplate', operation: 'getAll', limit: '={{ 5 / 2 }}' });
		const counts = sim().journal.all().map((entry) => entry.query.count);
		expect(counts.every((count) => /^\d+$/.test(count))).toBe(true);
		if (result.error) expect(result.error.message).toMatch(/^Invalid "Limit" in item 1: /);
		else expect(result.items).toHaveLength(2);
	});
});
