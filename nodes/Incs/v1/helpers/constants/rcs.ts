/** RCS limits and enumerations (INCS "Send RCS message" and INCS "RCS Templates API"). Field hints and validators read these. */

import { type MediaFormat, mediaHints } from './mediaFormats';
import { RCS_IMAGE_EXTENSIONS, RCS_VIDEO_EXTENSIONS } from './rcsTemplate';

/** Free-form message types (INCS "Send RCS message"; `template` has its own operation). */
export const RCS_MESSAGE_TYPES = ['document', 'image', 'text', 'video'] as const;
export type RcsMessageType = (typeof RCS_MESSAGE_TYPES)[number];

export const RCS_MEDIA_TYPES = ['document', 'image', 'video'] as const;
export type RcsMediaType = (typeof RCS_MEDIA_TYPES)[number];

/**
 * Formats per media type. Documents: PDF only (INCS "Send RCS message", the plain-text export of the page says so). INCS lists image and video
 * formats only for rich cards (INCS "RCS Templates API: Create template" (media guidelines)); free-form sends take the same files.
 */
export const RCS_MEDIA_FORMATS: Record<RcsMediaType, MediaFormat> = {
	document: { extensions: ['.pdf'], limits: 'PDF only (INCS)' },
	image: { extensions: RCS_IMAGE_EXTENSIONS, limits: 'rich-card formats (INCS)' },
	video: { extensions: RCS_VIDEO_EXTENSIONS, limits: 'rich-card formats (INCS)' },
};

export const RCS_MEDIA_HINTS: Record<RcsMediaType, string> = mediaHints(RCS_MEDIA_FORMATS);

/**
 * RCS text messages: INCS states no limit for free-form text; the template text limit of 2,500
 * characters (INCS "RCS Templates API: Create template" (content by type)) is the closest documented bound and is used for both.
 */
export const RCS_TEXT_MAX = 2500;

/** Template names: at most 25 letters, digits or underscores (INCS "RCS Templates API: Create template"). */
export const RCS_TEMPLATE_NAME_PATTERN = '^[A-Za-z0-9_]+$';
export const RCS_TEMPLATE_NAME_MAX = 25;

/** Statuses a template can be sent in (INCS "RCS Templates API" (template resource and statuses): APPROVED, and ENABLED after re-activation). */
export const RCS_SENDABLE_TEMPLATE_STATUSES: readonly string[] = ['APPROVED', 'ENABLED'];

/** Free-form messages reach only users who wrote within this many hours (INCS "Messages API" (24-hour customer-service window)). */
export const RCS_SERVICE_WINDOW_HOURS = 24;
