import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { DEFAULT_FORM_BUTTON_LABEL } from '../../helpers/constants/sendAndWait';
import { formAnswers, freeTextAnswer } from '../../helpers/sendAndWait/answers';
import {
	answerRecordedPage,
	approvalPage,
	customFormPage,
	escapeHtml,
	freeTextPage,
	page,
	type PageText,
	replacedQuestionPage,
} from '../../helpers/sendAndWait/pages';
import type { ResponseSetup } from '../../helpers/sendAndWait/types';
import { readResponseSetup } from './read';
import { opensCurrentQuestion } from './round';

/*
 * The answer to a link of Send and Wait for Response. n8n has already checked the link before this
 * runs: it refuses an unsigned or changed link (401) and answers a link of an execution that no
 * longer waits for this node with its "no action required" page, so a second click never resumes
 * anything. Here: a link of an earlier question of the same node (it asked again in this execution,
 * round.ts) is answered "no action required" and resumes nothing; otherwise a GET shows the page
 * (approval, free text or form) and never resumes, and the page's POST resumes the execution with
 * the answer and shows a confirmation.
 */

/** A parameter that may hold an expression n8n cannot resolve without the item (e.g. `$json`). */
function readText(context: IWebhookFunctions, name: string): string {
	try {
		const value = context.getNodeParameter(name, '');
		return typeof value === 'string' ? value : '';
	} catch {
		return '';
	}
}

function pageText(context: IWebhookFunctions): PageText {
	return {
		title: readText(context, 'options.responseFormTitle'),
		description: readText(context, 'options.responseFormDescription') || readText(context, 'message'),
	};
}

function html(context: IWebhookFunctions, status: number, body: string): IWebhookResponseData {
	const res = context.getResponseObject();
	res.status(status);
	res.setHeader('Content-Type', 'text/html; charset=utf-8');
	res.setHeader('Cache-Control', 'no-store');
	res.send(body);
	return { noWebhookResponse: true };
}

function resume(data: IDataObject): IWebhookResponseData {
	return {
		webhookResponse: answerRecordedPage(),
		workflowData: [[{ json: { data: { ...data, respondedAt: new Date().toISOString() } } }]],
	};
}

function buttonLabel(context: IWebhookFunctions): string {
	return readText(context, 'options.responseFormButtonLabel').trim() || DEFAULT_FORM_BUTTON_LABEL;
}

function answerPage(context: IWebhookFunctions, setup: ResponseSetup, approved: boolean, problem?: string): string {
	const text = pageText(context);
	switch (setup.responseType) {
		case 'approval':
			return approvalPage(text, approved ? setup.approveLabel : setup.declineLabel, approved);
		case 'freeText':
			return freeTextPage(text, buttonLabel(context));
		case 'customForm':
			return customFormPage(text, setup.fields, buttonLabel(context), problem);
	}
}

export async function sendAndWaitWebhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	if (!opensCurrentQuestion(this)) return html(this, 200, replacedQuestionPage());
	const request = this.getRequestObject();
	// n8n signed the query with the link, so `approved` is the value the message offered.
	const approved = (this.getQueryData() as IDataObject).approved !== 'false';
	let setup: ResponseSetup;
	try {
		setup = readResponseSetup((name, fallback) => this.getNodeParameter(name, fallback));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return html(this, 500, page('Cannot answer', `<h1>This request cannot be answered</h1><p>The workflow's settings changed: ${escapeHtml(reason)}</p>`));
	}

	if (request.method !== 'POST') return html(this, 200, answerPage(this, setup, approved));

	switch (setup.responseType) {
		case 'approval':
			return resume({ approved });
		case 'freeText': {
			const text = freeTextAnswer(this.getBodyData());
			if (text === undefined) return html(this, 400, answerPage(this, setup, approved));
			return resume({ text });
		}
		case 'customForm': {
			const answers = formAnswers(setup.fields, this.getBodyData());
			if (!answers.ok) return html(this, 400, answerPage(this, setup, approved, `Please fill in "${answers.missing}".`));
			return resume(answers.values);
		}
	}
}
