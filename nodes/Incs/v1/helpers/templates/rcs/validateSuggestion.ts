import type { IDataObject } from 'n8n-workflow';

import { unreachable } from '../../exhaustive';
import type { RcsSuggestionType } from '../../constants/rcsTemplate';
import {
	RCS_DIALER_PHONE_PATTERN,
	RCS_LATITUDE_RANGE,
	RCS_LONGITUDE_RANGE,
	RCS_SUGGESTION_POSTBACK_MAX,
	RCS_SUGGESTION_TEXT_MAX,
	RCS_SUGGESTION_TYPES,
	RCS_WEBVIEW_APPLICATION,
	RCS_WEBVIEW_VIEW_MODES,
} from '../../constants/rcsTemplate';
import { describe, listAt, objectAt, textAt, urlAt } from '../../validation/atPath';
import { ValidationError } from '../../validation/error';
import type { FieldPath } from '../../validation/fieldPath';
import { checkCount, checkOneOf } from '../../validation/values';
import { parseCalendarTime } from './calendarTime';
import { hasRcsPlaceholder, RCS_PLACEHOLDER } from '../../placeholders';
import type { RcsSuggestion } from './types';
import { checkKnownKeys } from './knownKeys';
import { LABELS } from '../../labels';

/** Extra keys each suggestion type takes besides `suggestionType`, `text` and `postbackData` (INCS "RCS Templates API: Create template" (suggestions)). */
const EXTRA_KEYS: Record<RcsSuggestionType, readonly string[]> = {
	reply: [],
	url_action: ['url', 'application', 'webviewViewMode', 'description'],
	dialer_action: ['phoneNumber'],
	view_location: ['latitude', 'longitude', 'label'],
	query_location: ['query'],
	share_location: [],
	calendar_event: ['title', 'description', 'startTime', 'endTime'],
};

/** A list of suggestions, at most `max` (11 on text templates, 4 per card: INCS "RCS Templates API: Create template"). */
export function validateSuggestions(path: FieldPath, value: unknown, max: number): RcsSuggestion[] | undefined {
	const entries = listAt(path, value);
	checkCount(String(path), entries.length, 0, max, 'suggestions');
	if (entries.length === 0) return undefined;
	return entries.map((entry, index) => validateSuggestion(path.entry(LABELS.suggestion, index), entry));
}

function validateSuggestion(path: FieldPath, value: unknown): RcsSuggestion {
	const entry = objectAt(path, value);
	const type = checkOneOf<RcsSuggestionType>(String(path.field(LABELS.suggestionType, 'suggestionType')), entry.suggestionType, RCS_SUGGESTION_TYPES);
	checkKnownKeys(path, entry, ['suggestionType', 'text', 'postbackData', ...EXTRA_KEYS[type]], `a ${type} suggestion`);
	const base = {
		text: textAt(path.field(LABELS.text, 'text'), entry.text, { required: true, max: RCS_SUGGESTION_TEXT_MAX }),
		postbackData: textAt(path.field(LABELS.postbackData, 'postbackData'), entry.postbackData, {
			required: true,
			max: RCS_SUGGESTION_POSTBACK_MAX,
		}),
	};
	switch (type) {
		case 'reply':
		case 'share_location':
			return { suggestionType: type, ...base };
		case 'url_action':
			return urlAction(path, entry, base);
		case 'dialer_action':
			return { suggestionType: type, ...base, phoneNumber: dialerPhone(path.field(LABELS.phoneNumber, 'phoneNumber'), entry.phoneNumber) };
		case 'view_location': {
			const label = textAt(path.field(LABELS.label, 'label'), entry.label, { required: false });
			return {
				suggestionType: type,
				...base,
				latitude: coordinate(path.field(LABELS.latitude, 'latitude'), entry.latitude, RCS_LATITUDE_RANGE),
				longitude: coordinate(path.field(LABELS.longitude, 'longitude'), entry.longitude, RCS_LONGITUDE_RANGE),
				...(label === undefined ? {} : { label }),
			};
		}
		case 'query_location':
			return { suggestionType: type, ...base, query: textAt(path.field(LABELS.query, 'query'), entry.query, { required: true }) };
		case 'calendar_event':
			return calendarEvent(path, entry, base);
		default:
			return unreachable(type);
	}
}

function urlAction(path: FieldPath, entry: IDataObject, base: { text: string; postbackData: string }): RcsSuggestion {
	const url = urlAt(path.field(LABELS.url, 'url'), entry.url, RCS_PLACEHOLDER);
	if (entry.application === undefined || entry.application === '') {
		const stray = ['webviewViewMode', 'description'].find((key) => entry[key] !== undefined);
		if (stray !== undefined) {
			throw new ValidationError(
				String(path.field(undefined, stray)),
				`it applies only to links opened in a WebView`,
				`Add "application": "${RCS_WEBVIEW_APPLICATION}" to open the link in a WebView, or remove "${stray}".`,
			);
		}
		return { suggestionType: 'url_action', ...base, url };
	}
	checkOneOf(String(path.field(LABELS.openIn, 'application')), entry.application, [RCS_WEBVIEW_APPLICATION] as const);
	const mode = entry.webviewViewMode;
	const description = textAt(path.field(LABELS.accessibilityDescription, 'description'), entry.description, { required: false });
	return {
		suggestionType: 'url_action',
		...base,
		application: RCS_WEBVIEW_APPLICATION,
		url,
		...(mode === undefined || mode === '' ? {} : { webviewViewMode: checkOneOf(String(path.field(LABELS.viewMode, 'webviewViewMode')), mode, RCS_WEBVIEW_VIEW_MODES) }),
		...(description === undefined ? {} : { description }),
	};
}

function dialerPhone(path: FieldPath, value: unknown): string {
	const phone = textAt(path, value, { required: true }).trim();
	if (!hasRcsPlaceholder(phone) && !RCS_DIALER_PHONE_PATTERN.test(phone)) {
		throw new ValidationError(
			String(path),
			`"${phone}" is not an international number with +`,
			'Write the number with + and the country code, digits only, e.g. +85268411234.',
		);
	}
	return phone;
}

function coordinate(path: FieldPath, value: unknown, range: { min: number; max: number }): number {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	if (!Number.isFinite(number) || number < range.min || number > range.max) {
		throw new ValidationError(
			String(path),
			`${describe(value)} is not a number from ${range.min} to ${range.max}`,
			`Enter a decimal number from ${range.min} to ${range.max}, e.g. -6.2 (decimal degrees).`,
		);
	}
	return number;
}

function calendarEvent(path: FieldPath, entry: IDataObject, base: { text: string; postbackData: string }): RcsSuggestion {
	const title = textAt(path.field(LABELS.eventTitle, 'title'), entry.title, { required: true });
	const description = textAt(path.field(LABELS.eventDescription, 'description'), entry.description, { required: false });
	const startPath = path.field(LABELS.startTime, 'startTime');
	const endPath = path.field(LABELS.endTime, 'endTime');
	const startTime = textAt(startPath, entry.startTime, { required: true }).trim();
	const endTime = textAt(endPath, entry.endTime, { required: true }).trim();
	if (!hasRcsPlaceholder(startTime) && !hasRcsPlaceholder(endTime)) {
		const start = parseCalendarTime(String(startPath), startTime);
		const end = parseCalendarTime(String(endPath), endTime);
		if (end <= start) {
			throw new ValidationError(String(endPath), `${endTime} is not after the start time ${startTime}`, 'Set an end time later than the start time.');
		}
	}
	return {
		suggestionType: 'calendar_event',
		...base,
		title,
		...(description === undefined ? {} : { description }),
		startTime,
		endTime,
	};
}
