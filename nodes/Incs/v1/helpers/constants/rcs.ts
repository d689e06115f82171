/** RCS limits and enumerations (REFERENCE §5.3 and §8). Field hints and validators read these. */

/** Free-form message types (REFERENCE §5.3; `template` has its own operation). */
export const RCS_MESSAGE_TYPES = ['document', 'image', 'text', 'video'] as const;
export type RcsMessageType = (typeof RCS_MESSAGE_TYPES)[number];

export const RCS_MEDIA_TYPES = ['document', 'image', 'video'] as const;
export type RcsMediaType = (typeof RCS_MEDIA_TYPES)[number];

/** Media hints (REFERENCE §5.3: documents must be PDF; §8.4 lists the rich-card formats). */
export const RCS_MEDIA_HINTS: Record<RcsMediaType, string> = {
	document: 'PDF only (INCS)',
	image: 'JPEG, JPG, PNG or GIF',
	video: 'MP4, M4V, MPEG, WEBM, H263 or M4P',
};

/** Document links must end in .pdf: INCS accepts PDF only (REFERENCE §5.3, D20). */
export const RCS_DOCUMENT_EXTENSIONS: readonly string[] = ['.pdf'];

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
