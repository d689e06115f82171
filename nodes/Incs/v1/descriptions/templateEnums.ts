import { RCS_TEXT_MAX } from '../helpers/constants/rcs';
import type { RcsTemplateCategory, RcsTemplateType } from '../helpers/constants/rcsTemplate';
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
