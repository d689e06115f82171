/** RCS limits and enumerations (REFERENCE §5.3 and §8). Field hints and validators read these. */

import { type MediaFormat, mediaHints } from './mediaFormats';
import { RCS_IMAGE_EXTENSIONS, RCS_VIDEO_EXTENSIONS } from './rcsTemplate';

/** Free-form message types (REFERENCE §5.3; `template` has its own operation). */
export const RCS_MESSAGE_TYPES = ['document', 'image', 'text', 'video'] as const;
export type RcsMessageType = (typeof RCS_MESSAGE_TYPES)[number];

export const RCS_MEDIA_TYPES = ['document', 'image', 'video'] as const;
export type RcsMediaType = (typeof RCS_MEDIA_TYPES)[number];

/**
 * Formats per media type. Documents: PDF only (REFERENCE §5.3, D20). INCS lists image and video
 * formats only for rich cards (§8.4); free-form sends take the same files.
 */
export const RCS_MEDIA_FORMATS: Record<RcsMediaType, MediaFormat> = {
	document: { extensions: ['.pdf'], limits: 'PDF only (INCS)' },
	image: { extensions: RCS_IMAGE_EXTENSIONS, limits: 'rich-card formats (INCS)' },
	video: { extensions: RCS_VIDEO_EXTENSIONS, limits: 'rich-card formats (INCS)' },
};

export const RCS_MEDIA_HINTS: Record<RcsMediaType, string> = mediaHints(RCS_MEDIA_FORMATS);

/**
 * RCS text messages: INCS states no limit for free-form text; the template text limit of 2,500
 * characters (REFERENCE §8.2) is the closest documented bound and is used for both.
 */
export const RCS_TEXT_MAX = 2500;

/** Template names: at most 25 letters, digits or underscores (REFERENCE §8.1). */
export const RCS_TEMPLATE_NAME_PATTERN = '^[A-Za-z0-9_]+$';
export const RCS_TEMPLATE_NAME_MAX = 25;

/** Statuses a template can be sent in (REFERENCE §8.5: APPROVED, and ENABLED after re-activation). */
export const RCS_SENDABLE_TEMPLATE_STATUSES: readonly string[] = ['APPROVED', 'ENABLED'];

/** Free-form messages reach only users who wrote within this many hours (REFERENCE §1.4). */
export const RCS_SERVICE_WINDOW_HOURS = 24;
