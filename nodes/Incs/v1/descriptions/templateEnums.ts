import { RCS_TEXT_MAX } from '../helpers/constants/rcs';
import type {
	RcsAlignment,
	RcsCardHeight,
	RcsCardWidth,
	RcsOrientation,
	RcsSuggestionType,
	RcsTemplateCategory,
	RcsTemplateType,
	RcsWebviewViewMode,
} from '../helpers/constants/rcsTemplate';
import type { WabaTemplateCategory } from '../helpers/constants/whatsappTemplate';
import type { OptionLabel } from './enumOptions';

/** How the template enums of the constants module are shown in the node. */
export const WABA_CATEGORY_LABELS: Record<WabaTemplateCategory, OptionLabel> = {
	MARKETING: { name: 'Marketing', description: 'Promotions, offers, news and invitations' },
	UTILITY: { name: 'Utility', description: 'Updates about an order, account or request the user made' },
};

export const RCS_CATEGORY_LABELS: Record<RcsTemplateCategory, OptionLabel> = {
	AUTHENTICATION: { name: 'Authentication', description: 'One-time passwords and verification codes' },
	PROMOTION: { name: 'Promotion', description: 'Offers, news and marketing' },
	TRANSACTION: { name: 'Transaction', description: 'Updates about orders, payments or accounts' },
};

export const RCS_TYPE_LABELS: Record<RcsTemplateType, OptionLabel> = {
	carousel: { name: 'Carousel', description: 'Several rich cards side by side' },
	richcard: { name: 'Rich Card', description: 'One card with an image, GIF or video' },
	text: { name: 'Text', description: `Text of up to ${RCS_TEXT_MAX.toLocaleString('en-US')} characters with reply and action chips` },
};

export const RCS_ORIENTATION_LABELS: Record<RcsOrientation, OptionLabel> = {
	HORIZONTAL: { name: 'Horizontal', description: 'Media beside the text' },
	VERTICAL: { name: 'Vertical', description: 'Media above the text' },
};

export const RCS_ALIGNMENT_LABELS: Record<RcsAlignment, OptionLabel> = {
	LEFT: { name: 'Left', description: 'Media on the left' },
	RIGHT: { name: 'Right', description: 'Media on the right' },
};

export const RCS_HEIGHT_LABELS: Record<RcsCardHeight, OptionLabel> = {
	MEDIUM: { name: 'Medium' },
	SHORT: { name: 'Short' },
};

export const RCS_WIDTH_LABELS: Record<RcsCardWidth, OptionLabel> = {
	MEDIUM: { name: 'Medium' },
	SMALL: { name: 'Small' },
};

export const RCS_SUGGESTION_TYPE_LABELS: Record<RcsSuggestionType, OptionLabel> = {
	calendar_event: { name: 'Add Calendar Event', description: "Adds an event to the user's calendar" },
	dialer_action: { name: 'Call Phone Number', description: 'Opens the dialer with a number' },
	url_action: { name: 'Open URL', description: 'Opens a link in the browser or in a WebView' },
	reply: { name: 'Reply', description: "Sends the text back to you as the user's answer" },
	query_location: { name: 'Search on Map', description: 'Opens the map app with a search' },
	share_location: { name: 'Share Location', description: 'Asks the user to share their location' },
	view_location: { name: 'View Location', description: 'Shows a point on the map' },
};

export const RCS_VIEW_MODE_LABELS: Record<RcsWebviewViewMode, OptionLabel> = {
	FULL: { name: 'Full', description: 'Covers the whole screen' },
	HALF: { name: 'Half', description: 'Covers half the screen' },
	TALL: { name: 'Tall', description: 'Covers about three quarters of the screen' },
};
