/** Inputs shared by the RCS template builder tests. */
import type { RcsTemplateInput } from '../../../../../../nodes/Incs/v1/helpers/templates/rcs/createBody';
import type { RcsCardForm, RcsContentForm, RcsSuggestionForm } from '../../../../../../nodes/Incs/v1/helpers/templates/rcs/formInput';
import { validationErrorOf } from './expectError';

export const fromForm = (name: string, category: string, form: RcsContentForm): RcsTemplateInput => ({
	name,
	category,
	type: form.type,
	content: { mode: 'fields', form },
});

export const message = (fn: () => unknown): string => validationErrorOf(fn).message;

export const reply = (text = 'Yes', postbackData = 'yes'): RcsSuggestionForm => ({ suggestionType: 'reply', text, postbackData });
export const card = (overrides: Partial<RcsCardForm> = {}): RcsCardForm => ({
	title: 'Title',
	mediaType: 'image',
	mediaUrl: 'https://example.com/a.png',
	...overrides,
});
export const text = (overrides: Partial<Extract<RcsContentForm, { type: 'text' }>> = {}): RcsTemplateInput =>
	fromForm('tpl', 'PROMOTION', { type: 'text', textMessage: 'Hello [name]', ...overrides });
export const carousel = (cards: RcsCardForm[]): RcsTemplateInput =>
	fromForm('tpl', 'PROMOTION', { type: 'carousel', width: 'SMALL', height: 'SHORT', cards: { card: cards } });
export const richCard = (
	cardForm: Partial<RcsCardForm> = {},
	layout: Partial<Extract<RcsContentForm, { type: 'richcard' }>> = {},
): RcsTemplateInput =>
	fromForm('tpl', 'PROMOTION', { type: 'richcard', orientation: 'VERTICAL', height: 'SHORT', card: card(cardForm), ...layout });

