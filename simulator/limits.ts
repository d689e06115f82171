// Limits the simulator enforces. This is an independent reading of the INCS reference (and of
// Meta's Cloud API where INCS passes payloads through), deliberately not shared with `nodes/`:
// if the node and the simulator disagree, a test shows it.

export const PHONE_DIGITS_MIN = 7;
export const PHONE_DIGITS_MAX = 15;

export const WHATSAPP_SEND_TYPES = ['template', 'text', 'image', 'video', 'audio', 'document', 'interactive'] as const;
export const VIBER_SEND_TYPES = ['otp', 'text', 'image', 'video', 'document'] as const;
export const RCS_SEND_TYPES = ['template', 'text', 'image', 'video', 'document'] as const;

/** Types that INCS allows only inside the 24-hour customer-service window (§1.4). */
export const FREE_FORM_TYPES = ['text', 'image', 'video', 'audio', 'document', 'interactive'] as const;
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export const WHATSAPP_TEXT_MAX = 4096;
export const VIBER_TEXT_MAX = 1000;
/**
 * INCS states no limit for free-form RCS text; the template text limit (2,500, "RCS Templates API")
 * is the closest documented bound, as in the node (the old 3,072 had no source).
 */
export const RCS_TEXT_MAX = 2500;

// WhatsApp interactive messages (Meta Cloud API limits).
export const INTERACTIVE_BODY_MAX = 1024;
export const INTERACTIVE_LIST_BODY_MAX = 4096;
export const INTERACTIVE_HEADER_TEXT_MAX = 60;
export const INTERACTIVE_FOOTER_MAX = 60;
export const INTERACTIVE_REPLY_BUTTONS_MAX = 3;
export const INTERACTIVE_REPLY_ID_MAX = 256;
export const INTERACTIVE_REPLY_TITLE_MAX = 20;
export const INTERACTIVE_LIST_BUTTON_MAX = 20;
export const INTERACTIVE_LIST_SECTIONS_MAX = 10;
export const INTERACTIVE_LIST_ROWS_TOTAL_MAX = 10;
export const INTERACTIVE_LIST_SECTION_TITLE_MAX = 24;
export const INTERACTIVE_LIST_ROW_ID_MAX = 200;
export const INTERACTIVE_LIST_ROW_TITLE_MAX = 24;
export const INTERACTIVE_LIST_ROW_DESCRIPTION_MAX = 72;
export const INTERACTIVE_CTA_DISPLAY_TEXT_MAX = 20;
export const INTERACTIVE_CAROUSEL_CARDS_MIN = 2;
export const INTERACTIVE_CAROUSEL_CARDS_MAX = 10;
export const INTERACTIVE_CAROUSEL_CARD_BODY_MAX = 160;
export const INTERACTIVE_CAROUSEL_CARD_QUICK_REPLIES_MAX = 2;

// WABA template definitions.
export const WABA_TEMPLATE_NAME_MAX = 100;
export const WABA_CATEGORIES = ['MARKETING', 'UTILITY'] as const;
export const WABA_COMPONENT_TYPES = ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'] as const;
export const WABA_HEADER_FORMATS = ['TEXT', 'IMAGE', 'VIDEO', 'DOCUMENT', 'LOCATION'] as const;
export const WABA_HEADER_TEXT_MAX = 60;
export const WABA_BODY_TEXT_MAX = 1024;
export const WABA_FOOTER_TEXT_MAX = 60;
export const WABA_BUTTONS_MAX = 10;
export const WABA_BUTTON_TEXT_MAX = 25;
export const WABA_BUTTON_TYPES = ['QUICK_REPLY', 'URL', 'PHONE_NUMBER', 'COPY_CODE'] as const;
export const WABA_COPY_CODE_MAX = 15;

// WhatsApp template sends.
export const SEND_COMPONENT_TYPES = ['header', 'body', 'button'] as const;
export const SEND_PARAMETER_TYPES = ['text', 'image', 'video', 'document', 'coupon_code', 'payload', 'currency', 'date_time', 'location'] as const;
export const SEND_BUTTON_SUB_TYPES = ['url', 'quick_reply', 'copy_code'] as const;

// RCS template definitions (§8).
export const RCS_TEMPLATE_NAME_MAX = 25;
export const RCS_TEMPLATE_NAME_PATTERN = /^[A-Za-z0-9_]+$/;
export const RCS_TEMPLATE_TYPES = ['text', 'richcard', 'carousel'] as const;
export const RCS_CATEGORIES = ['PROMOTION', 'TRANSACTION', 'AUTHENTICATION'] as const;
export const RCS_TEXT_MESSAGE_MAX = 2500;
export const RCS_TEXT_SUGGESTIONS_MAX = 11;
export const RCS_CARD_SUGGESTIONS_MAX = 4;
export const RCS_CARD_TITLE_MAX = 200;
export const RCS_CARD_DESCRIPTION_MAX = 2000;
export const RCS_CAROUSEL_CARDS_MIN = 2;
export const RCS_CAROUSEL_CARDS_MAX = 10;
export const RCS_SUGGESTION_TEXT_MAX = 25;
export const RCS_POSTBACK_MAX = 120;
export const RCS_SUGGESTION_TYPES = [
	'reply',
	'url_action',
	'dialer_action',
	'view_location',
	'query_location',
	'share_location',
	'calendar_event',
] as const;
export const RCS_WEBVIEW_MODES = ['FULL', 'HALF', 'TALL'] as const;
export const RCS_ORIENTATIONS = ['VERTICAL', 'HORIZONTAL'] as const;
export const RCS_ALIGNMENTS = ['LEFT', 'RIGHT'] as const;
export const RCS_HEIGHTS = ['SHORT', 'MEDIUM'] as const;
export const RCS_WIDTHS = ['SMALL', 'MEDIUM'] as const;
export const RCS_CALENDAR_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** INCS lists MP4, M4V, MPEG, WEBM, H263, M4P; MPEG files are also named .mpg and H.263 files .3gp. */
export const RCS_VIDEO_EXTENSIONS = /\.(mp4|m4v|mpeg|mpg|webm|h263|3gp|m4p)(\?|#|$)/i;
/** Statuses under which an RCS template may be sent. */
export const RCS_SENDABLE_STATUSES = ['APPROVED', 'ENABLED'] as const;

// Listing.
export const PAGE_COUNT_DEFAULT = 10;
export const PAGE_COUNT_MAX = 100;

/** Request bodies above this size are refused before parsing. */
export const MAX_BODY_BYTES = 1024 * 1024;
