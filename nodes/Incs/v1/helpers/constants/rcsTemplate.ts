/**
 * Limits for creating RCS templates (INCS "RCS Templates API" pages).
 * The name pattern, name length and text length are shared with the RCS sends and live in `rcs.ts`.
 */

export const RCS_TEMPLATE_TYPES = ['carousel', 'richcard', 'text'] as const;
export type RcsTemplateType = (typeof RCS_TEMPLATE_TYPES)[number];

/** INCS "RCS Templates API: Create template": PROMOTION, TRANSACTION, AUTHENTICATION (required; the category is required on the current pages, absent on older ones). */
export const RCS_TEMPLATE_CATEGORIES = ['AUTHENTICATION', 'PROMOTION', 'TRANSACTION'] as const;
export type RcsTemplateCategory = (typeof RCS_TEMPLATE_CATEGORIES)[number];

/** INCS "RCS Templates API" (template resource and statuses) status values. */
export const RCS_TEMPLATE_STATUSES = ['APPROVED', 'DISABLED', 'ENABLED', 'PENDING', 'REJECTED', 'SUSPENDED'] as const;

/** INCS "RCS Templates API: Create template": up to 11 suggestions on a text template, 4 on a rich card and on each carousel card. */
export const RCS_SUGGESTIONS_MAX: Record<'text' | 'card', number> = { text: 11, card: 4 };

/** INCS "RCS Templates API: Create template": a carousel has 2 to 10 cards. */
export const RCS_CAROUSEL_CARDS_MIN = 2;
export const RCS_CAROUSEL_CARDS_MAX = 10;

/** INCS "RCS Templates API: Create template" (content by type): card title at most 200, card description at most 2,000 characters. */
export const RCS_CARD_TITLE_MAX = 200;
export const RCS_CARD_DESCRIPTION_MAX = 2000;

/** INCS "RCS Templates API: Create template" (content by type) layout enumerations. */
export const RCS_ORIENTATIONS = ['HORIZONTAL', 'VERTICAL'] as const;
export type RcsOrientation = (typeof RCS_ORIENTATIONS)[number];
export const RCS_ALIGNMENTS = ['LEFT', 'RIGHT'] as const;
export type RcsAlignment = (typeof RCS_ALIGNMENTS)[number];
export const RCS_CARD_HEIGHTS = ['MEDIUM', 'SHORT'] as const;
export type RcsCardHeight = (typeof RCS_CARD_HEIGHTS)[number];
export const RCS_CARD_WIDTHS = ['MEDIUM', 'SMALL'] as const;
export type RcsCardWidth = (typeof RCS_CARD_WIDTHS)[number];

/** INCS "RCS Templates API: Create template" (suggestions): suggestion label at most 25, postback data at most 120 characters. */
export const RCS_SUGGESTION_TEXT_MAX = 25;
export const RCS_SUGGESTION_POSTBACK_MAX = 120;

/** INCS "RCS Templates API: Create template" (suggestions) suggestion types. */
export const RCS_SUGGESTION_TYPES = [
	'calendar_event',
	'dialer_action',
	'query_location',
	'reply',
	'share_location',
	'url_action',
	'view_location',
] as const;
export type RcsSuggestionType = (typeof RCS_SUGGESTION_TYPES)[number];

/** INCS "RCS Templates API: Create template" (suggestions): `application: "WEBVIEW"` opens a `url_action` in an in-app WebView, with these view modes. */
export const RCS_WEBVIEW_APPLICATION = 'WEBVIEW';
export const RCS_WEBVIEW_VIEW_MODES = ['FULL', 'HALF', 'TALL'] as const;
export type RcsWebviewViewMode = (typeof RCS_WEBVIEW_VIEW_MODES)[number];

/** INCS "RCS Templates API: Create template" (suggestions): calendar times are written `YYYY-MM-DD HH:mm:ss`. */
export const RCS_CALENDAR_TIME_FORMAT = 'YYYY-MM-DD HH:mm:ss';
export const RCS_CALENDAR_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** INCS "RCS Templates API: Create template" (suggestions): dialer numbers are international, with `+` (e.g. `+62800000000`); E.164 allows 7–15 digits. */
export const RCS_DIALER_PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Coordinates of a `view_location` suggestion (WGS 84 ranges). */
export const RCS_LATITUDE_RANGE = { min: -90, max: 90 } as const;
export const RCS_LONGITUDE_RANGE = { min: -180, max: 180 } as const;

/**
 * INCS "RCS Templates API: Create template" (media guidelines) video formats, and the file names they use (MPEG as .mpeg or .mpg, H.263 as .h263 or .3gp).
 * A rich card whose media is a video needs a thumbnail (INCS "RCS Templates API: Create template" (content by type)): the node treats a media URL ending
 * in one of these extensions as a video. Free-form RCS video sends take the same files.
 */
export const RCS_VIDEO_FORMATS = ['MP4', 'M4V', 'MPEG', 'WEBM', 'H263', 'M4P'] as const;
export const RCS_VIDEO_EXTENSIONS: readonly string[] = ['.mp4', '.m4v', '.mpeg', '.mpg', '.webm', '.h263', '.3gp', '.m4p'];

/** INCS "RCS Templates API: Create template" (media guidelines) image formats, and their file names; free-form RCS image sends take the same files. */
export const RCS_IMAGE_FORMATS = 'JPEG, JPG, PNG, GIF';
export const RCS_IMAGE_EXTENSIONS: readonly string[] = ['.jpeg', '.jpg', '.png', '.gif'];
export const RCS_THUMBNAIL_FORMATS = 'JPEG, JPG, PNG';
export const RCS_THUMBNAIL_SIZE = '40–100 KB';

/** One row of the media guidelines (INCS "RCS Templates API: Create template"): what an image, a video and its thumbnail should be. */
export interface RcsMediaGuideline {
	/** Which layout the row is for, in words. */
	layout: string;
	imageRatio: string;
	imageResolution: string;
	imageMaxSize: string;
	videoMaxSize: string;
	thumbnailRatio: string;
	thumbnailResolution: string;
}

/** INCS "RCS Templates API: Create template" (media guidelines) for rich cards, by orientation and (vertical only) height. */
export const RCS_RICH_CARD_MEDIA_GUIDELINES: Record<'HORIZONTAL' | 'VERTICAL_SHORT' | 'VERTICAL_MEDIUM', RcsMediaGuideline> = {
	VERTICAL_SHORT: {
		layout: 'a vertical rich card of short height',
		imageRatio: '3:1',
		imageResolution: '1440×480',
		imageMaxSize: '2 MB',
		videoMaxSize: '10 MB',
		thumbnailRatio: '3:1',
		thumbnailResolution: '770×257',
	},
	VERTICAL_MEDIUM: {
		layout: 'a vertical rich card of medium height',
		imageRatio: '2:1',
		imageResolution: '1440×720',
		imageMaxSize: '2 MB',
		videoMaxSize: '10 MB',
		thumbnailRatio: '7:3',
		thumbnailResolution: '770×335',
	},
	HORIZONTAL: {
		layout: 'a horizontal rich card',
		imageRatio: '3:4',
		imageResolution: '768×1024',
		imageMaxSize: '2 MB',
		videoMaxSize: '10 MB',
		thumbnailRatio: '25:33',
		thumbnailResolution: '250×330',
	},
};

/** INCS "RCS Templates API: Create template" (media guidelines) for carousels, by card height and width. */
export const RCS_CAROUSEL_MEDIA_GUIDELINES: Record<`${RcsCardHeight}_${RcsCardWidth}`, RcsMediaGuideline> = {
	SHORT_SMALL: {
		layout: 'carousel cards of short height and small width',
		imageRatio: '8:5',
		imageResolution: '1160×720',
		imageMaxSize: '1 MB',
		videoMaxSize: '5 MB',
		thumbnailRatio: '8:5',
		thumbnailResolution: '718×448',
	},
	SHORT_MEDIUM: {
		layout: 'carousel cards of short height and medium width',
		imageRatio: '5:2',
		imageResolution: '1840×720',
		imageMaxSize: '1 MB',
		videoMaxSize: '5 MB',
		thumbnailRatio: '5:2',
		thumbnailResolution: '1140×448',
	},
	MEDIUM_SMALL: {
		layout: 'carousel cards of medium height and small width',
		imageRatio: '1:1',
		imageResolution: '770×720',
		imageMaxSize: '1 MB',
		videoMaxSize: '5 MB',
		thumbnailRatio: '1:1',
		thumbnailResolution: '480×448',
	},
	MEDIUM_MEDIUM: {
		layout: 'carousel cards of medium height and medium width',
		imageRatio: '16:9',
		imageResolution: '1280×720',
		imageMaxSize: '1 MB',
		videoMaxSize: '5 MB',
		thumbnailRatio: '16:9',
		thumbnailResolution: '796×448',
	},
};
