import { FORM_ANSWER_MAX } from '../constants/sendAndWait';
import { FREE_TEXT_FIELD, formFieldName } from './pages';
import type { FormField } from './types';

type Answer = string | number | null;

/**
 * A posted form as n8n hands it to the node: multipart bodies arrive as `{ data: { name: value } }`,
 * URL-encoded ones as `{ name: value }`; a value may be a list when a name repeats.
 */
export function postedValue(body: unknown, name: string): string | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	const record = body as Record<string, unknown>;
	const data = typeof record.data === 'object' && record.data !== null ? (record.data as Record<string, unknown>) : record;
	const raw = Array.isArray(data[name]) ? (data[name] as unknown[])[0] : data[name];
	if (typeof raw !== 'string') return undefined;
	return raw.slice(0, FORM_ANSWER_MAX);
}

export function freeTextAnswer(body: unknown): string | undefined {
	const text = postedValue(body, FREE_TEXT_FIELD)?.trim();
	return text === undefined || text === '' ? undefined : text;
}

export type FormAnswers = { ok: true; values: Record<string, Answer> } | { ok: false; missing: string };

/**
 * The answers keyed by field label, as n8n's own form answers are. Numbers become numbers, an
 * empty optional field becomes null; a required field left empty (a browser without form checks)
 * is reported so the page can be shown again.
 */
export function formAnswers(fields: FormField[], body: unknown): FormAnswers {
	const values: Record<string, Answer> = {};
	for (const [index, field] of fields.entries()) {
		const raw = postedValue(body, formFieldName(index))?.trim() ?? '';
		if (raw === '') {
			if (field.required) return { ok: false, missing: field.label };
			values[field.label] = null;
			continue;
		}
		if (field.type === 'dropdown' && !(field.choices ?? []).includes(raw)) return { ok: false, missing: field.label };
		const number = Number(raw);
		values[field.label] = field.type === 'number' && Number.isFinite(number) ? number : raw;
	}
	return { ok: true, values };
}
