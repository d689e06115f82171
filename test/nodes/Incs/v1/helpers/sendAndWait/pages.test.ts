import { formAnswers, freeTextAnswer } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/answers';
import {
	answerRecordedPage,
	approvalPage,
	customFormPage,
	escapeHtml,
	freeTextPage,
} from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/pages';
import type { FormField } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/types';

const fields: FormField[] = [
	{ label: 'Budget', type: 'number', required: true },
	{ label: 'Channel', type: 'dropdown', required: false, choices: ['WhatsApp', 'Viber'] },
	{ label: 'Notes', type: 'textarea', required: false, placeholder: 'Anything else?' },
];

describe('response pages', () => {
	it('escapes every text that comes from the workflow', () => {
		expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
		const html = approvalPage({ title: '<b>T</b>', description: 'Publish <i>now</i>?\nReally?' }, '<Yes>', true);
		expect(html).toContain('<h1>&lt;b&gt;T&lt;/b&gt;</h1>');
		expect(html).toContain('<p>Publish &lt;i&gt;now&lt;/i&gt;?<br>Really?</p>');
		expect(html).toContain('<button type="submit">&lt;Yes&gt;</button>');
		expect(html).not.toContain('<script');
	});

	it('an approval page answers with a POST button to its own URL, never by opening it', () => {
		const html = approvalPage({ title: '', description: '' }, 'Decline', false);
		expect(html).toContain('<form method="post" enctype="multipart/form-data"><button type="submit" class="decline">Decline</button></form>');
		expect(html).toContain('<title>Confirm that you decline</title>');
	});

	it('the free-text page has one required text box', () => {
		expect(freeTextPage({ title: 'Feedback', description: '' }, 'Send')).toContain(
			'<label for="field-0">Response</label><textarea id="field-0" name="field-0" required></textarea><button type="submit">Send</button>',
		);
	});

	it('the form page has one input per field, required ones marked', () => {
		const html = customFormPage({ title: 'Brief', description: 'Tell us' }, fields, 'Submit', 'Please fill in "Budget".');
		expect(html).toContain('<label for="field-0">Budget *</label><input id="field-0" name="field-0" type="number" step="any" required>');
		expect(html).toContain('<select id="field-1" name="field-1"><option value=""></option><option>WhatsApp</option><option>Viber</option></select>');
		expect(html).toContain('<textarea id="field-2" name="field-2" placeholder="Anything else?"></textarea>');
		expect(html).toContain('<p class="error">Please fill in &quot;Budget&quot;.</p>');
	});

	it('the confirmation page', () => {
		expect(answerRecordedPage()).toContain('<h1>Thank you, your answer was recorded</h1>');
	});
});

describe('posted answers', () => {
	it('free text from a multipart or URL-encoded body, trimmed; empty is no answer', () => {
		expect(freeTextAnswer({ data: { 'field-0': ' Looks good ' } })).toBe('Looks good');
		expect(freeTextAnswer({ 'field-0': ['first', 'second'] })).toBe('first');
		expect(freeTextAnswer({ data: { 'field-0': '  ' } })).toBeUndefined();
		expect(freeTextAnswer(undefined)).toBeUndefined();
	});

	it('form answers keyed by label: numbers as numbers, empty optional fields as null', () => {
		expect(formAnswers(fields, { data: { 'field-0': '1500.5', 'field-1': 'Viber', 'field-2': '' } })).toEqual({
			ok: true,
			values: { Budget: 1500.5, Channel: 'Viber', Notes: null },
		});
	});

	it('a missing required field or an unknown dropdown choice is reported, not recorded', () => {
		expect(formAnswers(fields, { data: { 'field-1': 'Viber' } })).toEqual({ ok: false, missing: 'Budget' });
		expect(formAnswers(fields, { data: { 'field-0': '1', 'field-1': 'Fax' } })).toEqual({ ok: false, missing: 'Channel' });
	});

	it('cuts an answer at 10,000 characters', () => {
		expect(freeTextAnswer({ 'field-0': 'a'.repeat(20_000) })).toHaveLength(10_000);
	});
});
