/**
 * Limits for creating WhatsApp (WABA) templates. INCS documents only the top-level fields
 * (INCS "WABA API: Create template") and passes `components` through to Meta, so the component limits are Meta's:
 * "Message templates › Components" of the WhatsApp Business Management API
 * (developers.facebook.com/docs/whatsapp/business-management-api/message-templates/components).
 * The name pattern, name length, header text length and copy-code length are shared with the
 * message sends and live in `whatsapp.ts`.
 */

/** Categories INCS accepts on create (INCS "WABA API: Create template": AUTHENTICATION is not listed). */
export const WABA_TEMPLATE_CATEGORIES = ['MARKETING', 'UTILITY'] as const;
export type WabaTemplateCategory = (typeof WABA_TEMPLATE_CATEGORIES)[number];

/**
 * Review statuses for the Get Many filter: INCS "WABA API" (template resource) shows PENDING, APPROVED and REJECTED;
 * Meta's template `status` adds PAUSED, DISABLED and IN_APPEAL.
 */
export const WABA_TEMPLATE_STATUSES = ['APPROVED', 'DISABLED', 'IN_APPEAL', 'PAUSED', 'PENDING', 'REJECTED'] as const;

/**
 * Language codes as Meta writes them (`en`, `en_US`, `fil`, `zh_HK`): a 2–3 letter language code,
 * optionally `_` and a 2-letter region (Meta "Supported languages").
 */
export const WABA_LANGUAGE_PATTERN = /^[a-z]{2,3}(_[A-Z]{2})?$/;
export const WABA_LANGUAGE_EXAMPLE = 'en_US';

/** Header kinds the form offers (Meta HEADER `format`; LOCATION headers need no example and are left to JSON mode). */
/** `location`: a map pin given at send time (Meta "Location templates"; MARKETING or UTILITY). */
export const WABA_HEADER_TYPES = ['document', 'image', 'location', 'none', 'text', 'video'] as const;
export type WabaHeaderType = (typeof WABA_HEADER_TYPES)[number];

/** Meta: a text header holds at most one variable. */
export const WABA_HEADER_TEXT_VARIABLES_MAX = 1;
/** Meta: body text is at most 1,024 characters. */
export const WABA_BODY_TEXT_MAX = 1024;
/** Meta: footer text is at most 60 characters and holds no variables. */
export const WABA_FOOTER_TEXT_MAX = 60;

/** Meta: at most 10 buttons in all. */
export const WABA_BUTTONS_MAX = 10;
/** Meta: the label of a quick reply, URL or phone number button is at most 25 characters. */
export const WABA_BUTTON_TEXT_MAX = 25;
/** Meta: a URL button's URL is at most 2,000 characters, with at most one variable, at its end. */
export const WABA_BUTTON_URL_MAX = 2000;
export const WABA_BUTTON_URL_VARIABLES_MAX = 1;
/** Meta: a phone number button's number is at most 20 characters. */
export const WABA_BUTTON_PHONE_MAX = 20;

export const WABA_BUTTON_TYPES = ['COPY_CODE', 'PHONE_NUMBER', 'QUICK_REPLY', 'URL'] as const;
export type WabaButtonType = (typeof WABA_BUTTON_TYPES)[number];

/** Meta: per-kind maximums inside the 10 (URL 2, phone number 1, copy code 1, quick replies up to 10). */
export const WABA_BUTTON_TYPE_MAX: Record<WabaButtonType, number> = { COPY_CODE: 1, PHONE_NUMBER: 1, QUICK_REPLY: 10, URL: 2 };

/** Human labels of the button kinds, as the form shows them. */
export const WABA_BUTTON_LABELS: Record<WabaButtonType, string> = {
	COPY_CODE: 'Copy Code',
	PHONE_NUMBER: 'Phone Number',
	QUICK_REPLY: 'Quick Reply',
	URL: 'URL',
};

/** Component `type` values INCS stores (INCS "WABA API: Create template", "WABA API": uppercase in template definitions). */
export const WABA_COMPONENT_TYPES = ['BODY', 'BUTTONS', 'FOOTER', 'HEADER'] as const;
export const WABA_HEADER_FORMATS = ['DOCUMENT', 'IMAGE', 'LOCATION', 'TEXT', 'VIDEO'] as const;
