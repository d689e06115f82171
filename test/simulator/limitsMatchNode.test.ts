/**
 * The simulator keeps its own reading of INCS's rules on purpose (simulator/limits.ts), so that a
 * node that is too strict or too loose shows up in tests. This lists both sets of limits side by
 * side: where they differ, the difference needs a written reason, and a reason that no longer
 * matches a difference fails too.
 */
import * as sim from '../../simulator/limits';
import { rcsVariables, wabaPlaceholders } from '../../simulator/variables';
import { PHONE_DIGITS_MAX, PHONE_DIGITS_MIN } from '../../nodes/Incs/v1/helpers/constants/phone';
import * as rcs from '../../nodes/Incs/v1/helpers/constants/rcs';
import * as rcsTemplate from '../../nodes/Incs/v1/helpers/constants/rcsTemplate';
import * as viber from '../../nodes/Incs/v1/helpers/constants/viber';
import * as wa from '../../nodes/Incs/v1/helpers/constants/whatsapp';
import * as waba from '../../nodes/Incs/v1/helpers/constants/whatsappTemplate';
import { findRcsVariables, findWhatsAppVariables } from '../../nodes/Incs/v1/helpers/placeholders';
import { PAGE_SIZE_MAX } from '../../nodes/Incs/v1/transport/api';

interface Row {
	rule: string;
	node: unknown;
	simulator: unknown;
	/** Why the two may differ. Required exactly when they do. */
	reason?: string;
}

const sorted = (values: readonly string[]) => [...values].sort();
const withoutTemplate = (types: readonly string[]) => sorted(types.filter((type) => type !== 'template'));
/** The extensions a simulator pattern such as /\.(mp4|m4v)(\?|#|$)/i accepts. */
const extensionsOf = (pattern: RegExp) => sorted((/\(([a-z0-9|]+)\)/.exec(pattern.source)?.[1] ?? '').split('|').map((e) => `.${e}`));
const VARIABLE_SAMPLES = ['Hi {{1}}', '{{ first_name }}', '{{Name}}', '{{order_2}} and {{1}}', '[name] [Order_ID]', '[a-b]'];

const rows: Row[] = [
	{ rule: 'phone digits, min', node: PHONE_DIGITS_MIN, simulator: sim.PHONE_DIGITS_MIN },
	{ rule: 'phone digits, max', node: PHONE_DIGITS_MAX, simulator: sim.PHONE_DIGITS_MAX },
	{ rule: 'WhatsApp free-form types', node: sorted(wa.WHATSAPP_MESSAGE_TYPES), simulator: withoutTemplate(sim.WHATSAPP_SEND_TYPES) },
	{ rule: 'Viber types', node: sorted(viber.VIBER_MESSAGE_TYPES), simulator: withoutTemplate(sim.VIBER_SEND_TYPES) },
	{ rule: 'RCS free-form types', node: sorted(rcs.RCS_MESSAGE_TYPES), simulator: withoutTemplate(sim.RCS_SEND_TYPES) },
	{ rule: 'WhatsApp text', node: wa.WHATSAPP_TEXT_MAX, simulator: sim.WHATSAPP_TEXT_MAX },
	{ rule: 'Viber text', node: viber.VIBER_TEXT_MAX, simulator: sim.VIBER_TEXT_MAX },
	{ rule: 'RCS text', node: rcs.RCS_TEXT_MAX, simulator: sim.RCS_TEXT_MAX },
	{ rule: 'interactive body (button, CTA URL, carousel)', node: wa.WHATSAPP_INTERACTIVE_BODY_MAX.button, simulator: sim.INTERACTIVE_BODY_MAX },
	{ rule: 'interactive body (CTA URL)', node: wa.WHATSAPP_INTERACTIVE_BODY_MAX.cta_url, simulator: sim.INTERACTIVE_BODY_MAX },
	{ rule: 'interactive body (carousel)', node: wa.WHATSAPP_INTERACTIVE_BODY_MAX.carousel, simulator: sim.INTERACTIVE_BODY_MAX },
	{ rule: 'interactive body (list)', node: wa.WHATSAPP_INTERACTIVE_BODY_MAX.list, simulator: sim.INTERACTIVE_LIST_BODY_MAX },
	{ rule: 'interactive header text', node: wa.WHATSAPP_INTERACTIVE_HEADER_TEXT_MAX, simulator: sim.INTERACTIVE_HEADER_TEXT_MAX },
	{ rule: 'interactive footer', node: wa.WHATSAPP_INTERACTIVE_FOOTER_MAX, simulator: sim.INTERACTIVE_FOOTER_MAX },
	{ rule: 'reply buttons', node: wa.WHATSAPP_REPLY_BUTTONS_MAX, simulator: sim.INTERACTIVE_REPLY_BUTTONS_MAX },
	{ rule: 'reply button ID', node: wa.WHATSAPP_REPLY_BUTTON_ID_MAX, simulator: sim.INTERACTIVE_REPLY_ID_MAX },
	{ rule: 'reply button title', node: wa.WHATSAPP_REPLY_BUTTON_TITLE_MAX, simulator: sim.INTERACTIVE_REPLY_TITLE_MAX },
	{ rule: 'list button text', node: wa.WHATSAPP_LIST_BUTTON_TEXT_MAX, simulator: sim.INTERACTIVE_LIST_BUTTON_MAX },
	{ rule: 'list sections', node: wa.WHATSAPP_LIST_SECTIONS_MAX, simulator: sim.INTERACTIVE_LIST_SECTIONS_MAX },
	{ rule: 'list rows in all', node: wa.WHATSAPP_LIST_ROWS_MAX, simulator: sim.INTERACTIVE_LIST_ROWS_TOTAL_MAX },
	{ rule: 'list section title', node: wa.WHATSAPP_LIST_SECTION_TITLE_MAX, simulator: sim.INTERACTIVE_LIST_SECTION_TITLE_MAX },
	{ rule: 'list row ID', node: wa.WHATSAPP_LIST_ROW_ID_MAX, simulator: sim.INTERACTIVE_LIST_ROW_ID_MAX },
	{ rule: 'list row title', node: wa.WHATSAPP_LIST_ROW_TITLE_MAX, simulator: sim.INTERACTIVE_LIST_ROW_TITLE_MAX },
	{ rule: 'list row description', node: wa.WHATSAPP_LIST_ROW_DESCRIPTION_MAX, simulator: sim.INTERACTIVE_LIST_ROW_DESCRIPTION_MAX },
	{ rule: 'CTA button text', node: wa.WHATSAPP_CTA_DISPLAY_TEXT_MAX, simulator: sim.INTERACTIVE_CTA_DISPLAY_TEXT_MAX },
	{ rule: 'carousel cards, min', node: wa.WHATSAPP_CAROUSEL_CARDS_MIN, simulator: sim.INTERACTIVE_CAROUSEL_CARDS_MIN },
	{ rule: 'carousel cards, max', node: wa.WHATSAPP_CAROUSEL_CARDS_MAX, simulator: sim.INTERACTIVE_CAROUSEL_CARDS_MAX },
	{ rule: 'carousel card body', node: wa.WHATSAPP_CAROUSEL_CARD_BODY_MAX, simulator: sim.INTERACTIVE_CAROUSEL_CARD_BODY_MAX },
	{ rule: 'WhatsApp template name', node: wa.WHATSAPP_TEMPLATE_NAME_MAX, simulator: sim.WABA_TEMPLATE_NAME_MAX },
	{ rule: 'WhatsApp template categories', node: sorted(waba.WABA_TEMPLATE_CATEGORIES), simulator: sorted(sim.WABA_CATEGORIES) },
	{ rule: 'WhatsApp component types', node: sorted(waba.WABA_COMPONENT_TYPES), simulator: sorted(sim.WABA_COMPONENT_TYPES) },
	{ rule: 'WhatsApp header formats', node: sorted(waba.WABA_HEADER_FORMATS), simulator: sorted(sim.WABA_HEADER_FORMATS) },
	{ rule: 'WhatsApp header text', node: wa.WHATSAPP_TEMPLATE_HEADER_TEXT_MAX, simulator: sim.WABA_HEADER_TEXT_MAX },
	{ rule: 'WhatsApp body text', node: waba.WABA_BODY_TEXT_MAX, simulator: sim.WABA_BODY_TEXT_MAX },
	{ rule: 'WhatsApp footer text', node: waba.WABA_FOOTER_TEXT_MAX, simulator: sim.WABA_FOOTER_TEXT_MAX },
	{ rule: 'WhatsApp buttons', node: waba.WABA_BUTTONS_MAX, simulator: sim.WABA_BUTTONS_MAX },
	{ rule: 'WhatsApp button text', node: waba.WABA_BUTTON_TEXT_MAX, simulator: sim.WABA_BUTTON_TEXT_MAX },
	{ rule: 'WhatsApp button types', node: sorted(waba.WABA_BUTTON_TYPES), simulator: sorted(sim.WABA_BUTTON_TYPES) },
	{ rule: 'coupon code', node: wa.WHATSAPP_COUPON_CODE_MAX, simulator: sim.WABA_COPY_CODE_MAX },
	{ rule: 'RCS template name', node: rcs.RCS_TEMPLATE_NAME_MAX, simulator: sim.RCS_TEMPLATE_NAME_MAX },
	{ rule: 'RCS template name pattern', node: rcs.RCS_TEMPLATE_NAME_PATTERN, simulator: sim.RCS_TEMPLATE_NAME_PATTERN.source },
	{ rule: 'RCS template types', node: sorted(rcsTemplate.RCS_TEMPLATE_TYPES), simulator: sorted(sim.RCS_TEMPLATE_TYPES) },
	{ rule: 'RCS template categories', node: sorted(rcsTemplate.RCS_TEMPLATE_CATEGORIES), simulator: sorted(sim.RCS_CATEGORIES) },
	{ rule: 'RCS template text', node: rcs.RCS_TEXT_MAX, simulator: sim.RCS_TEXT_MESSAGE_MAX },
	{ rule: 'RCS text suggestions', node: rcsTemplate.RCS_SUGGESTIONS_MAX.text, simulator: sim.RCS_TEXT_SUGGESTIONS_MAX },
	{ rule: 'RCS card suggestions', node: rcsTemplate.RCS_SUGGESTIONS_MAX.card, simulator: sim.RCS_CARD_SUGGESTIONS_MAX },
	{ rule: 'RCS card title', node: rcsTemplate.RCS_CARD_TITLE_MAX, simulator: sim.RCS_CARD_TITLE_MAX },
	{ rule: 'RCS card description', node: rcsTemplate.RCS_CARD_DESCRIPTION_MAX, simulator: sim.RCS_CARD_DESCRIPTION_MAX },
	{ rule: 'RCS carousel cards, min', node: rcsTemplate.RCS_CAROUSEL_CARDS_MIN, simulator: sim.RCS_CAROUSEL_CARDS_MIN },
	{ rule: 'RCS carousel cards, max', node: rcsTemplate.RCS_CAROUSEL_CARDS_MAX, simulator: sim.RCS_CAROUSEL_CARDS_MAX },
	{ rule: 'RCS suggestion text', node: rcsTemplate.RCS_SUGGESTION_TEXT_MAX, simulator: sim.RCS_SUGGESTION_TEXT_MAX },
	{ rule: 'RCS postback data', node: rcsTemplate.RCS_SUGGESTION_POSTBACK_MAX, simulator: sim.RCS_POSTBACK_MAX },
	{ rule: 'RCS suggestion types', node: sorted(rcsTemplate.RCS_SUGGESTION_TYPES), simulator: sorted(sim.RCS_SUGGESTION_TYPES) },
	{ rule: 'RCS WebView modes', node: sorted(rcsTemplate.RCS_WEBVIEW_VIEW_MODES), simulator: sorted(sim.RCS_WEBVIEW_MODES) },
	{ rule: 'RCS orientations', node: sorted(rcsTemplate.RCS_ORIENTATIONS), simulator: sorted(sim.RCS_ORIENTATIONS) },
	{ rule: 'RCS alignments', node: sorted(rcsTemplate.RCS_ALIGNMENTS), simulator: sorted(sim.RCS_ALIGNMENTS) },
	{ rule: 'RCS card heights', node: sorted(rcsTemplate.RCS_CARD_HEIGHTS), simulator: sorted(sim.RCS_HEIGHTS) },
	{ rule: 'RCS card widths', node: sorted(rcsTemplate.RCS_CARD_WIDTHS), simulator: sorted(sim.RCS_WIDTHS) },
	{ rule: 'RCS calendar time', node: rcsTemplate.RCS_CALENDAR_TIME_PATTERN.source, simulator: sim.RCS_CALENDAR_TIME_PATTERN.source },
	{ rule: 'RCS video files', node: sorted(rcsTemplate.RCS_VIDEO_EXTENSIONS), simulator: extensionsOf(sim.RCS_VIDEO_EXTENSIONS) },
	{ rule: 'RCS sendable statuses', node: sorted(rcs.RCS_SENDABLE_TEMPLATE_STATUSES), simulator: sorted(sim.RCS_SENDABLE_STATUSES) },
	{ rule: 'page size', node: PAGE_SIZE_MAX, simulator: sim.PAGE_COUNT_MAX },
	{
		rule: 'WhatsApp variables found in text',
		node: VARIABLE_SAMPLES.map(findWhatsAppVariables),
		simulator: VARIABLE_SAMPLES.map(wabaPlaceholders),
	},
	{ rule: 'RCS variables found in text', node: VARIABLE_SAMPLES.map(findRcsVariables), simulator: VARIABLE_SAMPLES.map(rcsVariables) },
];

describe('the simulator\'s limits beside the node\'s', () => {
	it.each(rows.map((row) => [row.rule, row] as const))('%s: equal, or the difference has a reason', (_rule, row) => {
		const differs = JSON.stringify(row.node) !== JSON.stringify(row.simulator);
		if (differs) expect({ rule: row.rule, node: row.node, simulator: row.simulator, reason: row.reason }).toEqual(expect.objectContaining({ reason: expect.any(String) }));
		else expect(row.reason).toBeUndefined();
	});
});
