/** Inputs shared by the WhatsApp template builder tests. */
import type { WabaComponentsForm } from '../../../../../../nodes/Incs/v1/helpers/templates/whatsApp/formInput';
import type { WabaTemplateInput } from '../../../../../../nodes/Incs/v1/helpers/templates/whatsApp/createBody';
import { validationErrorOf } from './expectError';

export const form = (overrides: Partial<WabaComponentsForm> = {}): WabaComponentsForm => ({
	headerType: 'none',
	bodyText: 'Your order is ready.',
	...overrides,
});

export const input = (components: Partial<WabaComponentsForm> = {}, top: Partial<WabaTemplateInput> = {}): WabaTemplateInput => ({
	name: 'order_ready',
	language: 'en_US',
	category: 'UTILITY',
	components: { mode: 'fields', form: form(components) },
	...top,
});

export const json = (components: unknown): WabaTemplateInput => ({
	name: 'order_ready',
	language: 'en_US',
	category: 'MARKETING',
	components: { mode: 'json', json: components },
});

export const message = (fn: () => unknown): string => validationErrorOf(fn).message;

