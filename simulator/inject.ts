// Callbacks a test can make the simulator send on demand (`injectCallback`, `POST /__sim/callbacks`).

import type { PostOverrides } from './callbacks';
import type { MessageCreatedInput, MessageStatus, RcsInbound, WhatsAppInbound } from './events';
import type { Channel } from './journal';
import type { StatusError } from './options';
import { isRecord, type JsonObject } from './validation/common';

export type CallbackInjection = PostOverrides &
	(
		| ({ kind: 'whatsappMessage' } & WhatsAppInbound)
		| ({ kind: 'rcsMessage' } & RcsInbound)
		| { kind: 'messageStatus'; messageId: string; status: MessageStatus; error?: StatusError | null; channel?: Channel }
		| { kind: 'templateStatus' | 'templateCategory' | 'templateQuality'; templateId: string; newValue: string; reason?: string }
		| ({ kind: 'messageCreated' } & MessageCreatedInput)
		/** Anything at all, e.g. a forged callback; a string body is posted verbatim. */
		| { kind: 'raw'; body: unknown }
	);

export class InjectionError extends Error {}

function text(value: unknown, key: string, required = false): string | undefined {
	if (value === undefined && !required) return undefined;
	if (typeof value !== 'string') throw new InjectionError(`${key} must be a string`);
	return value;
}

function object(value: unknown, key: string): JsonObject | undefined {
	if (value === undefined) return undefined;
	if (!isRecord(value)) throw new InjectionError(`${key} must be an object`);
	return value;
}

function overrides(value: JsonObject): PostOverrides {
	const result: PostOverrides = {};
	if (value.url !== undefined) result.url = text(value.url, 'url');
	if (value.token !== undefined) result.token = value.token === null ? null : text(value.token, 'token');
	if (value.headers !== undefined) {
		const headers = object(value.headers, 'headers') ?? {};
		result.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, text(v, `headers.${k}`, true) as string]));
	}
	return result;
}

const STATUSES: readonly string[] = ['sent', 'delivered', 'read', 'failed'];

/** Parses the control API's JSON into an injection. */
export function parseInjection(value: unknown): CallbackInjection {
	if (!isRecord(value)) throw new InjectionError('the body must be a JSON object');
	const base = overrides(value);
	switch (value.kind) {
		case 'whatsappMessage':
			return {
				...base,
				kind: 'whatsappMessage',
				from: text(value.from, 'from', true) as string,
				profileName: text(value.profileName, 'profileName'),
				text: text(value.text, 'text'),
				contextMessageId: text(value.contextMessageId, 'contextMessageId'),
				message: object(value.message, 'message'),
			};
		case 'rcsMessage': {
			const suggestion = object(value.suggestionResponse, 'suggestionResponse');
			return {
				...base,
				kind: 'rcsMessage',
				from: text(value.from, 'from', true) as string,
				text: text(value.text, 'text'),
				suggestionResponse: suggestion
					? { postbackData: text(suggestion.postbackData, 'postbackData', true) as string, text: text(suggestion.text, 'text', true) as string }
					: undefined,
			};
		}
		case 'messageStatus': {
			const status = text(value.status, 'status', true) as string;
			if (!STATUSES.includes(status)) throw new InjectionError(`status must be one of ${STATUSES.join(', ')}`);
			const error = object(value.error ?? undefined, 'error');
			const channel = value.channel;
			if (channel !== undefined && channel !== 'whatsapp' && channel !== 'viber' && channel !== 'rcs') throw new InjectionError('bad channel');
			return {
				...base,
				kind: 'messageStatus',
				messageId: text(value.messageId, 'messageId', true) as string,
				status: status as MessageStatus,
				error: error ? { code: Number(error.code), title: String(error.title) } : null,
				channel,
			};
		}
		case 'templateStatus':
		case 'templateCategory':
		case 'templateQuality':
			return {
				...base,
				kind: value.kind,
				templateId: text(value.templateId, 'templateId', true) as string,
				newValue: text(value.newValue, 'newValue', true) as string,
				reason: text(value.reason, 'reason'),
			};
		case 'messageCreated':
			return { ...base, kind: 'messageCreated', from: text(value.from, 'from'), text: text(value.text, 'text'), message: object(value.message, 'message') };
		case 'raw':
			return { ...base, kind: 'raw', body: value.body };
		default:
			throw new InjectionError('kind must be whatsappMessage, rcsMessage, messageStatus, templateStatus, templateCategory, templateQuality, messageCreated or raw');
	}
}
