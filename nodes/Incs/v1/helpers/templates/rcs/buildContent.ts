import type { IDataObject } from 'n8n-workflow';

import { PHONE_SEPARATORS } from '../../constants/phone';
import { RCS_WEBVIEW_APPLICATION } from '../../constants/rcsTemplate';
import { unexpected } from '../../exhaustive';
import { ValidationError } from '../../validation/error';
import { normalizeCalendarTime } from './calendarTime';
import type { RcsCardForm, RcsContentForm, RcsSuggestionForm, RcsSuggestionsForm } from './formInput';
import { LABELS } from '../../labels';

/**
 * Turns the RCS form into INCS's `content` object (INCS "RCS Templates API: Create template" (content by type)). Only the fields of the chosen
 * type are read, so values left in hidden fields never reach INCS; limits are checked afterwards
 * by `validateRcsContent`, which names the same form fields.
 */
export function buildRcsContent(form: RcsContentForm): IDataObject {
	switch (form.type) {
		case 'text':
			return withSuggestions({ textMessage: form.textMessage }, form.suggestions);
		case 'richcard': {
			const layout: IDataObject =
				form.orientation === 'HORIZONTAL'
					? { orientation: form.orientation, alignment: form.alignment }
					: { orientation: form.orientation, height: form.height };
			return { ...layout, standaloneCard: buildCard(form.card, LABELS.thumbnailUrl, true) };
		}
		case 'carousel':
			return {
				width: form.width,
				height: form.height,
				carouselCard: (form.cards?.card ?? []).map((card, index) => buildCard(card, `Cards › Card ${index + 1} › Thumbnail URL`, false)),
			};
	}
}

function buildCard(card: RcsCardForm, thumbnailField: string, thumbnailRequiredForVideo: boolean): IDataObject {
	const video = card.mediaType === 'video';
	const thumbnail = video ? (card.thumbnailUrl ?? '').trim() : '';
	if (video && thumbnail === '' && thumbnailRequiredForVideo) {
		throw new ValidationError(
			thumbnailField,
			'it is empty, but the media is a video; a rich card with a video needs a thumbnail',
			'Enter the public URL of a thumbnail image (JPEG, JPG or PNG) for the video.',
		);
	}
	const built: IDataObject = { cardTitle: card.title, mediaUrl: card.mediaUrl };
	if ((card.description ?? '') !== '') built.cardDescription = card.description;
	if (thumbnail !== '') built.thumbnailUrl = thumbnail;
	return withSuggestions(built, card.suggestions);
}

function withSuggestions(target: IDataObject, form: RcsSuggestionsForm | undefined): IDataObject {
	const entries = form?.suggestion ?? [];
	return entries.length === 0 ? target : { ...target, suggestions: entries.map(buildSuggestion) };
}

function buildSuggestion(entry: RcsSuggestionForm): IDataObject {
	const type = entry.suggestionType ?? 'reply';
	const base: IDataObject = { suggestionType: type, text: entry.text, postbackData: entry.postbackData };
	switch (type) {
		case 'url_action':
			if (entry.openIn !== 'webview') return { ...base, url: entry.url };
			return {
				...base,
				application: RCS_WEBVIEW_APPLICATION,
				url: entry.url,
				...optional('webviewViewMode', entry.webviewViewMode),
				...optional('description', entry.webviewDescription),
			};
		case 'dialer_action':
			// People type numbers with spaces and dashes; INCS wants + and digits only.
			return { ...base, phoneNumber: (entry.phoneNumber ?? '').replace(PHONE_SEPARATORS, '') };
		case 'view_location':
			return { ...base, latitude: entry.latitude, longitude: entry.longitude, ...optional('label', entry.label) };
		case 'query_location':
			return { ...base, query: entry.query };
		case 'calendar_event':
			return {
				...base,
				title: entry.eventTitle,
				...optional('description', entry.eventDescription),
				startTime: normalizeCalendarTime(entry.startTime),
				endTime: normalizeCalendarTime(entry.endTime),
			};
		case 'reply':
		case 'share_location':
			return base;
		default:
			// The content check names the Suggestion Type field.
			unexpected(type);
			return base;
	}
}

function optional(key: string, value: string | undefined): IDataObject {
	return value === undefined || value.trim() === '' ? {} : { [key]: value };
}
