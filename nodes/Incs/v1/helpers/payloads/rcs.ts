import { RCS_MEDIA_FORMATS, RCS_TEXT_MAX, type RcsMediaType } from '../constants/rcs';
import { mediaUrl } from '../validation/links';
import { requiredText } from '../validation/text';
import { LABELS } from '../labels';
import type { RcsPayload } from './types';

export function buildRcsText(text: unknown): RcsPayload {
	return { type: 'text', text: requiredText(LABELS.text, text, RCS_TEXT_MAX) };
}

/** RCS media: `{ link }` only (INCS "Send RCS message"); documents must be PDF files. */
export function buildRcsMedia(type: RcsMediaType, url: unknown): RcsPayload {
	switch (type) {
		case 'image':
			return { type, image: { link: mediaUrl(LABELS.mediaUrl, url, RCS_MEDIA_FORMATS.image) } };
		case 'video':
			return { type, video: { link: mediaUrl(LABELS.mediaUrl, url, RCS_MEDIA_FORMATS.video) } };
		case 'document':
			return { type, document: { link: mediaUrl(LABELS.mediaUrl, url, RCS_MEDIA_FORMATS.document) } };
	}
}
