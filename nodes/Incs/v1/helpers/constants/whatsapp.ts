/**
 * WhatsApp limits. INCS documents only the message types and the video note (INCS "Send WhatsApp message");
 * it passes payloads through to Meta's Cloud API, so every other limit below is Meta's and names
 * the Meta document it comes from. Field hints and validators both read these values.
 */

import { type MediaFormat, mediaHints } from './mediaFormats';

/** Free-form message types INCS accepts within the 24-hour window (INCS "Send WhatsApp message"). */
export const WHATSAPP_MESSAGE_TYPES = ['audio', 'document', 'image', 'interactive', 'text', 'video'] as const;

export const WHATSAPP_MEDIA_TYPES = ['audio', 'document', 'image', 'video'] as const;
export type WhatsAppMediaType = (typeof WHATSAPP_MEDIA_TYPES)[number];

/** Media types that take a caption (Meta Cloud API, "Media messages": audio has none). */
export const WHATSAPP_CAPTION_TYPES: readonly WhatsAppMediaType[] = ['document', 'image', 'video'];

/** Text message body (Meta Cloud API, "Text messages": maximum 4,096 characters). */
export const WHATSAPP_TEXT_MAX = 4096;
/** Media caption (Meta Cloud API, "Media messages": maximum 1,024 characters). */
export const WHATSAPP_CAPTION_MAX = 1024;

/**
 * Formats per media type: video from INCS "Send WhatsApp message" (free-form types), the rest from Meta's Cloud API
 * "Supported media types". Also used for interactive headers, carousel cards and template headers.
 */
export const WHATSAPP_MEDIA_FORMATS: Record<WhatsAppMediaType, MediaFormat> = {
	audio: { extensions: ['.aac', '.amr', '.mp3', '.m4a', '.ogg'], limits: 'OGG with the Opus codec; at most 16 MB (Meta)' },
	document: { extensions: ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.txt'], limits: 'at most 100 MB (Meta)' },
	image: { extensions: ['.jpeg', '.jpg', '.png'], limits: 'at most 5 MB (Meta)' },
	video: { extensions: ['.3gp', '.mp4'], limits: 'H.264 video; at most 16 MB (INCS)' },
};

export const WHATSAPP_MEDIA_HINTS: Record<WhatsAppMediaType, string> = mediaHints(WHATSAPP_MEDIA_FORMATS);

/**
 * Fields Meta's Cloud API takes that INCS does not document (INCS shows only `link` for media and
 * only {{1}}, {{2}}, … for template variables). The node keeps them, and their hints say so and
 * what to do if INCS refuses them.
 */
export const INCS_UNDOCUMENTED_HINTS = {
	caption: "INCS does not document captions (Meta's Cloud API takes them): if INCS refuses the message, leave this empty.",
	filename: "INCS does not document file names (Meta's Cloud API takes them): if INCS refuses the message, leave this empty.",
	namedVariables:
		"Named variables such as {{first_name}} are Meta's; INCS documents only {{1}}, {{2}}, …: if INCS refuses the template, number the variables instead.",
} as const;

/**
 * Interactive messages (INCS "Send WhatsApp message" lists the kinds; INCS documents no bodies, so they follow
 * Meta's Cloud API `interactive` object).
 */
export const WHATSAPP_INTERACTIVE_TYPES = ['button', 'carousel', 'cta_url', 'list'] as const;
export type WhatsAppInteractiveType = (typeof WHATSAPP_INTERACTIVE_TYPES)[number];

/** Body text per kind (Meta: reply buttons, CTA URL and carousel 1,024; list 4,096 characters). */
export const WHATSAPP_INTERACTIVE_BODY_MAX: Record<WhatsAppInteractiveType, number> = {
	button: 1024,
	carousel: 1024,
	cta_url: 1024,
	list: 4096,
};
/** Text header and footer (Meta "Interactive reply buttons / list / CTA URL messages": 60 characters each). */
export const WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX = 60;
export const WHATSAPP_INTERACTIVE_FOOTER_MAX = 60;

/** Header kinds per message kind (Meta: list headers are text only; carousels have no header or footer). */
export const WHATSAPP_INTERACTIVE_HEADER_TYPES = ['document', 'image', 'none', 'text', 'video'] as const;
export type WhatsAppInteractiveHeaderType = (typeof WHATSAPP_INTERACTIVE_HEADER_TYPES)[number];
export const WHATSAPP_LIST_HEADER_TYPES = ['none', 'text'] as const;

/** Reply buttons (Meta "Interactive reply buttons messages": 1–3 buttons, title 20, ID 256 characters). */
export const WHATSAPP_REPLY_BUTTONS_MIN = 1;
export const WHATSAPP_REPLY_BUTTONS_MAX = 3;
export const WHATSAPP_REPLY_BUTTON_TITLE_MAX = 20;
export const WHATSAPP_REPLY_BUTTON_ID_MAX = 256;

/**
 * List messages (Meta "Interactive list messages": button label 20; up to 10 sections; 1–10 rows
 * across all sections; section title 24 (required when there is more than one section); row title
 * 24, row description 72, row ID 200 characters).
 */
export const WHATSAPP_LIST_BUTTON_TEXT_MAX = 20;
export const WHATSAPP_LIST_SECTIONS_MAX = 10;
export const WHATSAPP_LIST_ROWS_MIN = 1;
export const WHATSAPP_LIST_ROWS_MAX = 10;
export const WHATSAPP_LIST_SECTION_TITLE_MAX = 24;
export const WHATSAPP_LIST_ROW_TITLE_MAX = 24;
export const WHATSAPP_LIST_ROW_DESCRIPTION_MAX = 72;
export const WHATSAPP_LIST_ROW_ID_MAX = 200;

/** CTA URL button label (Meta "Interactive CTA URL button messages": 20 characters). */
export const WHATSAPP_CTA_DISPLAY_TEXT_MAX = 20;

/**
 * Media carousel (Meta "Interactive media carousel messages": 2–10 cards; card header image or
 * video; card body 160 characters with at most 2 line breaks; one URL button per card).
 */
export const WHATSAPP_CAROUSEL_CARDS_MIN = 2;
export const WHATSAPP_CAROUSEL_CARDS_MAX = 10;
export const WHATSAPP_CAROUSEL_CARD_BODY_MAX = 160;
export const WHATSAPP_CAROUSEL_CARD_BODY_LINE_BREAKS_MAX = 2;
export const WHATSAPP_CAROUSEL_HEADER_TYPES = ['image', 'video'] as const;

/**
 * Template names (Meta "Message templates": lowercase letters, digits and underscores) and INCS's
 * own maximum length (INCS "WABA API: Create template": 100).
 */
export const WHATSAPP_TEMPLATE_NAME_PATTERN = '^[a-z0-9_]+$';
export const WHATSAPP_TEMPLATE_NAME_MAX = 100;
/** Template IDs are numeric strings (INCS "WABA API" (template resource)). */
export const TEMPLATE_ID_PATTERN = '^[0-9]+$';

/** Template statuses a send can use (INCS "WABA API" (template resource) lists PENDING, APPROVED, REJECTED). */
export const WHATSAPP_SENDABLE_TEMPLATE_STATUSES: readonly string[] = ['APPROVED'];

/** Text header parameter (Meta "Message templates": the header text is at most 60 characters). */
export const WHATSAPP_TEMPLATE_HEADER_TEXT_MAX = 60;
/** Copy-code button value (Meta Cloud API template button parameter `coupon_code`: 15 characters). */
export const WHATSAPP_COUPON_CODE_MAX = 15;
/**
 * Location headers (Meta "Location templates"): the map pin is given at send time as latitude,
 * longitude, name and address. Coordinates are degrees within the usual ranges.
 */
export const WHATSAPP_LOCATION_PARTS = ['latitude', 'longitude', 'name', 'address'] as const;
export type WhatsAppLocationPart = (typeof WHATSAPP_LOCATION_PARTS)[number];
export const WHATSAPP_LATITUDE_MAX = 90;
export const WHATSAPP_LONGITUDE_MAX = 180;
/**
 * Text parameters may not hold line breaks, tabs or more than 4 spaces in a row: Meta rejects the
 * send with error 132018 (Meta "Error codes").
 */
export const WHATSAPP_PARAMETER_MAX_CONSECUTIVE_SPACES = 4;

/** Free-form messages reach only users who wrote within this many hours (INCS "Messages API" (24-hour customer-service window)). */
export const WHATSAPP_SERVICE_WINDOW_HOURS = 24;
