/**
 * The pages a person sees after tapping a link in the message: plain HTML, readable on a phone,
 * with no script and nothing loaded from elsewhere. Every text that comes from the workflow is
 * escaped. Forms post back to the page's own signed URL as multipart/form-data, the encoding n8n
 * requires for a custom-form answer to a waiting node.
 */
import type { FormField } from './types';

export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Escaped text with its line breaks kept. */
function paragraph(text: string): string {
	return text.trim() === '' ? '' : `<p>${escapeHtml(text.trim()).replace(/\r?\n/g, '<br>')}</p>`;
}

const STYLE =
	'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1f2328}' +
	'main{max-width:32rem;margin:0 auto;padding:1.5rem 1rem}section{background:#fff;border-radius:12px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}' +
	'h1{font-size:1.3rem;margin:0 0 .75rem}p{line-height:1.45}label{display:block;font-weight:600;margin:1rem 0 .35rem}' +
	'input,textarea,select{box-sizing:border-box;width:100%;font:inherit;padding:.65rem;border:1px solid #c8ccd1;border-radius:8px}' +
	'textarea{min-height:8rem}button{width:100%;margin-top:1.25rem;padding:.85rem;font:inherit;font-weight:600;border:0;border-radius:8px;background:#1a7f37;color:#fff}' +
	'button.decline{background:#cf222e}.error{color:#cf222e}';

export function page(title: string, body: string): string {
	return (
		'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
		'<meta name="viewport" content="width=device-width, initial-scale=1">' +
		`<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>` +
		`<body><main><section>${body}</section></main></body></html>`
	);
}

const form = (inner: string, buttonLabel: string, buttonClass = ''): string =>
	`<form method="post" enctype="multipart/form-data">${inner}` +
	`<button type="submit"${buttonClass ? ` class="${buttonClass}"` : ''}>${escapeHtml(buttonLabel)}</button></form>`;

export interface PageText {
	title: string;
	description: string;
}

/**
 * An approval link opens this page and the answer is given by its button: a link preview that
 * WhatsApp or Viber fetches, or a mail scanner, only ever makes a GET, so it can never answer.
 */
export function approvalPage(text: PageText, label: string, approved: boolean): string {
	const title = text.title || (approved ? 'Confirm your approval' : 'Confirm that you decline');
	return page(title, `<h1>${escapeHtml(title)}</h1>${paragraph(text.description)}${form('', label, approved ? '' : 'decline')}`);
}

export const FREE_TEXT_FIELD = 'field-0';

export function freeTextPage(text: PageText, buttonLabel: string): string {
	const title = text.title || 'Your answer';
	const inner = `<label for="${FREE_TEXT_FIELD}">Response</label><textarea id="${FREE_TEXT_FIELD}" name="${FREE_TEXT_FIELD}" required></textarea>`;
	return page(title, `<h1>${escapeHtml(title)}</h1>${paragraph(text.description)}${form(inner, buttonLabel)}`);
}

export function formFieldName(index: number): string {
	return `field-${index}`;
}

function fieldHtml(field: FormField, index: number): string {
	const name = formFieldName(index);
	const required = field.required ? ' required' : '';
	const placeholder = field.placeholder ? ` placeholder="${escapeHtml(field.placeholder)}"` : '';
	const labelHtml = `<label for="${name}">${escapeHtml(field.label)}${field.required ? ' *' : ''}</label>`;
	switch (field.type) {
		case 'textarea':
			return `${labelHtml}<textarea id="${name}" name="${name}"${placeholder}${required}></textarea>`;
		case 'dropdown': {
			const options = (field.choices ?? []).map((choice) => `<option>${escapeHtml(choice)}</option>`).join('');
			return `${labelHtml}<select id="${name}" name="${name}"${required}><option value=""></option>${options}</select>`;
		}
		case 'text':
		case 'number':
		case 'email':
		case 'date':
			return `${labelHtml}<input id="${name}" name="${name}" type="${field.type}"${field.type === 'number' ? ' step="any"' : ''}${placeholder}${required}>`;
	}
}

export function customFormPage(text: PageText, fields: FormField[], buttonLabel: string, problem?: string): string {
	const title = text.title || 'Your answer';
	const error = problem ? `<p class="error">${escapeHtml(problem)}</p>` : '';
	return page(title, `<h1>${escapeHtml(title)}</h1>${paragraph(text.description)}${error}${form(fields.map(fieldHtml).join(''), buttonLabel)}`);
}

/** After the answer was recorded. */
export function answerRecordedPage(): string {
	return page('Answer recorded', '<h1>Thank you, your answer was recorded</h1><p>You can close this page now.</p>');
}

/** A link of an earlier question of the same node: the node has asked again since. */
export function replacedQuestionPage(): string {
	return page(
		'No action required',
		'<h1>No action required</h1><p>This link belongs to an earlier question. A newer message asks again: please answer with the link in the newest message.</p>',
	);
}
