// The checks of one editor step beyond which fields are shown (issue 12): labels shown whole,
// texts and hints present, placeholders that fit, and nothing red on first sight. Each returns
// what is wrong, in words for the failure message.

import { hintOf, panelText, redMarks, truncatedLabels } from './ndv';
import type { Page } from './playwright';
import type { EditorStep } from './scenarios';

/** A field's input placeholder (the first input or textarea inside the parameter). */
async function placeholderOf(page: Page, parameter: string): Promise<string | undefined> {
	return await page.evaluate<string | undefined>(`(() => {
		const inputs = document.querySelectorAll('[data-test-id="node-parameters"] [data-test-id="parameter-input-${parameter}"]');
		for (const input of inputs) {
			if (input.offsetParent === null) continue;
			const field = input.matches('input, textarea') ? input : input.querySelector('input, textarea');
			if (field) return field.getAttribute('placeholder') || '';
		}
		return undefined;
	})()`);
}

/**
 * The panel's text once it shows every wanted text, or as it is after 30 s: some texts come from
 * INCS (the resource mapper's fields and notices) and appear a moment after the panel.
 */
async function settledText(page: Page, wanted: string[]): Promise<string> {
	const deadline = Date.now() + 30_000;
	let text = await panelText(page);
	while (!wanted.every((part) => text.includes(part)) && Date.now() < deadline) {
		await page.waitForTimeout(250);
		text = await panelText(page);
	}
	return text;
}

export async function panelProblems(page: Page, step: EditorStep): Promise<string[]> {
	const problems: string[] = [];
	const text = await settledText(page, [...(step.labels ?? []), ...(step.texts ?? [])]);
	for (const label of step.labels ?? []) if (!text.includes(label)) problems.push(`the label "${label}" is not shown`);
	if (step.labels !== undefined) {
		const cut = await truncatedLabels(page);
		if (cut.length > 0) problems.push(`these labels are cut off: ${cut.map((label) => `"${label}"`).join(', ')}`);
	}
	for (const wanted of step.texts ?? []) if (!text.includes(wanted)) problems.push(`"${wanted}" is not shown`);
	for (const unwanted of step.absentTexts ?? []) if (text.includes(unwanted)) problems.push(`"${unwanted}" is shown`);
	for (const [parameter, wanted] of Object.entries(step.hints ?? {})) {
		const hint = await hintOf(page, parameter);
		if (hint === undefined) problems.push(`${parameter} has no hint under it`);
		else if (!hint.includes(wanted)) problems.push(`the hint of ${parameter} is "${hint}", without "${wanted}"`);
	}
	for (const [parameter, wanted] of Object.entries(step.placeholders ?? {})) {
		const placeholder = await placeholderOf(page, parameter);
		if (placeholder === undefined || !placeholder.includes(wanted)) problems.push(`the placeholder of ${parameter} is "${placeholder ?? '(none)'}", without "${wanted}"`);
	}
	if (step.clean || step.unmarked !== undefined) {
		const marks = await redMarks(page, step.unmarked);
		if (marks.length > 0) problems.push(`the panel shows red: ${marks.join(', ')}`);
	}
	return problems;
}
