import type { IDataObject } from 'n8n-workflow';

import { RCS_TEXT_MAX } from '../../constants/rcs';
import { unreachable } from '../../exhaustive';
import * as limits from '../../constants/rcsTemplate';
import { downloadUrlAt, listAt, objectAt, textAt } from '../../validation/atPath';
import { ValidationError } from '../../validation/error';
import type { FieldPath } from '../../validation/fieldPath';
import { checkCount, checkOneOf } from '../../validation/values';
import { checkKnownKeys } from './knownKeys';
import { RCS_PLACEHOLDER } from '../../placeholders';
import type { RcsCard, RcsCarouselContent, RcsRichCardContent, RcsTextContent } from './types';
import { validateSuggestions } from './validateSuggestion';
import { LABELS } from '../../labels';

export type RcsContentByType = { text: RcsTextContent; richcard: RcsRichCardContent; carousel: RcsCarouselContent };

/** Checks `content` for the template type against every limit of INCS "RCS Templates API: Create template". */
export function validateRcsContent<T extends limits.RcsTemplateType>(type: T, path: FieldPath, value: unknown): RcsContentByType[T] {
	const content = objectAt(path, value);
	switch (type) {
		case 'text':
			return validateText(path, content) as RcsContentByType[T];
		case 'richcard':
			return validateRichCard(path, content) as RcsContentByType[T];
		case 'carousel':
			return validateCarousel(path, content) as RcsContentByType[T];
		default:
			return unreachable(type);
	}
}

function validateText(path: FieldPath, content: IDataObject): RcsTextContent {
	checkKnownKeys(path, content, ['textMessage', 'suggestions'], 'a text template');
	const textMessage = textAt(path.field(LABELS.textMessage, 'textMessage'), content.textMessage, { required: true, max: RCS_TEXT_MAX });
	const suggestions = validateSuggestions(path.field(LABELS.suggestions, 'suggestions'), content.suggestions, limits.RCS_SUGGESTIONS_MAX.text);
	return suggestions ? { textMessage, suggestions } : { textMessage };
}

function validateRichCard(path: FieldPath, content: IDataObject): RcsRichCardContent {
	checkKnownKeys(path, content, ['orientation', 'alignment', 'height', 'standaloneCard'], 'a rich card template');
	const orientation = checkOneOf(String(path.field(LABELS.orientation, 'orientation')), content.orientation, limits.RCS_ORIENTATIONS);
	const standaloneCard = validateCard(path.field(undefined, 'standaloneCard'), content.standaloneCard, true);
	const misplaced = orientation === 'VERTICAL' ? 'alignment' : 'height';
	if (content[misplaced] !== undefined && content[misplaced] !== '') {
		throw new ValidationError(
			String(path.field(undefined, misplaced)),
			`it applies only to ${misplaced === 'alignment' ? 'horizontal' : 'vertical'} cards, and this card is ${orientation.toLowerCase()}`,
			`Remove "${misplaced}" or change the orientation.`,
		);
	}
	if (orientation === 'VERTICAL') {
		return content.height === undefined || content.height === ''
			? { orientation, standaloneCard }
			: { orientation, height: checkOneOf(String(path.field(LABELS.height, 'height')), content.height, limits.RCS_CARD_HEIGHTS), standaloneCard };
	}
	return content.alignment === undefined || content.alignment === ''
		? { orientation, standaloneCard }
		: { orientation, alignment: checkOneOf(String(path.field(LABELS.alignment, 'alignment')), content.alignment, limits.RCS_ALIGNMENTS), standaloneCard };
}

function validateCarousel(path: FieldPath, content: IDataObject): RcsCarouselContent {
	checkKnownKeys(path, content, ['width', 'height', 'carouselCard'], 'a carousel template');
	const width = checkOneOf(String(path.field(LABELS.cardWidth, 'width')), content.width, limits.RCS_CARD_WIDTHS);
	const height = checkOneOf(String(path.field(LABELS.cardHeight, 'height')), content.height, limits.RCS_CARD_HEIGHTS);
	const cardsPath = path.field(LABELS.cards, 'carouselCard');
	const cards = listAt(cardsPath, content.carouselCard);
	checkCount(String(cardsPath), cards.length, limits.RCS_CAROUSEL_CARDS_MIN, limits.RCS_CAROUSEL_CARDS_MAX, 'cards');
	return { width, height, carouselCard: cards.map((card, index) => validateCard(cardsPath.entry(LABELS.card, index), card, false)) };
}

/** A rich card or carousel card (INCS "RCS Templates API: Create template" (content by type)). Standalone cards need a thumbnail when the media is a video. */
function validateCard(path: FieldPath, value: unknown, standalone: boolean): RcsCard {
	const card = objectAt(path, value);
	const label = (formLabel: string) => (standalone ? `Card ${formLabel}` : formLabel);
	checkKnownKeys(path, card, ['cardTitle', 'cardDescription', 'mediaUrl', 'thumbnailUrl', 'suggestions'], 'a card');
	const cardTitle = textAt(path.field(label('Title'), 'cardTitle'), card.cardTitle, { required: true, max: limits.RCS_CARD_TITLE_MAX });
	const cardDescription = textAt(path.field(label('Description'), 'cardDescription'), card.cardDescription, {
		required: false,
		max: limits.RCS_CARD_DESCRIPTION_MAX,
	});
	const mediaUrl = downloadUrlAt(path.field(LABELS.mediaUrl, 'mediaUrl'), card.mediaUrl, RCS_PLACEHOLDER);
	const thumbnailPath = path.field(LABELS.thumbnailUrl, 'thumbnailUrl');
	const hasThumbnail = card.thumbnailUrl !== undefined && card.thumbnailUrl !== null && card.thumbnailUrl !== '';
	if (standalone && !hasThumbnail && isVideoUrl(mediaUrl)) {
		throw new ValidationError(
			String(thumbnailPath),
			'it is empty, but the media is a video; a rich card with a video needs a thumbnail',
			'Enter the public URL of a thumbnail image (JPEG, JPG or PNG) for the video.',
		);
	}
	const thumbnailUrl = hasThumbnail ? downloadUrlAt(thumbnailPath, card.thumbnailUrl, RCS_PLACEHOLDER) : undefined;
	const suggestions = validateSuggestions(path.field(LABELS.suggestions, 'suggestions'), card.suggestions, limits.RCS_SUGGESTIONS_MAX.card);
	return {
		cardTitle,
		...(cardDescription === undefined ? {} : { cardDescription }),
		mediaUrl,
		...(thumbnailUrl === undefined ? {} : { thumbnailUrl }),
		...(suggestions === undefined ? {} : { suggestions }),
	};
}

/** Whether a media URL points at a video, judged by its file extension (query and fragment ignored). */
function isVideoUrl(url: string): boolean {
	const path = url.split(/[?#]/)[0].toLowerCase();
	return limits.RCS_VIDEO_EXTENSIONS.some((extension) => path.endsWith(extension));
}
