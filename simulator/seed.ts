// Demo data: approved templates of every kind, so a demo or an e2e run can send at once.
// Each definition goes through the same validation as a client's create.

import type { SimulatorState } from './state';
import { validateRcsTemplate } from './validation/rcsTemplate';
import { validateWabaTemplate } from './validation/wabaTemplate';

export const SEED_WABA_TEMPLATES: unknown[] = [
	{
		name: 'order_ready_notice',
		language: 'en_US',
		category: 'UTILITY',
		components: [{ type: 'BODY', text: 'Your order is ready for pickup.' }],
	},
	{
		name: 'promo_header_text',
		language: 'en_US',
		category: 'MARKETING',
		components: [
			{ type: 'HEADER', format: 'TEXT', text: 'Sale ends {{1}}', example: { header_text: ['2030-01-01'] } },
			{ type: 'BODY', text: 'Shop before {{1}} with code {{2}} to get {{3}} off.', example: { body_text: [['Friday', 'FAKE10', '10%']] } },
			{ type: 'FOOTER', text: 'Reply STOP to opt out' },
		],
	},
	{
		name: 'promo_header_image',
		language: 'en_US',
		category: 'MARKETING',
		components: [
			{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['https://example.com/media/header-0001.png'] } },
			{ type: 'BODY', text: 'Our new collection is here.' },
		],
	},
	{
		name: 'promo_copy_code',
		language: 'en_US',
		category: 'MARKETING',
		components: [
			{ type: 'BODY', text: 'Here is your discount code.' },
			{ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE', example: 'FAKE10' }] },
		],
	},
	{
		name: 'promo_full',
		language: 'en_US',
		category: 'MARKETING',
		components: [
			{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['https://example.com/media/header-0001.png'] } },
			{ type: 'BODY', text: 'Hi {{1}}, copy your code below.', example: { body_text: [['Alex']] } },
			{ type: 'BUTTONS', buttons: [{ type: 'COPY_CODE', example: 'FAKE10' }] },
		],
	},
	{
		// Every component kind at once (the documented "all components" template): the campaign
		// example maps its header image, three body variables, URL suffix and coupon code.
		name: 'summer_sale',
		language: 'en_US',
		category: 'MARKETING',
		components: [
			{ type: 'HEADER', format: 'IMAGE', example: { header_handle: ['https://example.com/media/header-0001.png'] } },
			{ type: 'BODY', text: 'Hi {{1}}, use code {{2}} to get {{3}} off.', example: { body_text: [['Alex', 'FAKE10', '10%']] } },
			{ type: 'FOOTER', text: 'Reply STOP to opt out' },
			{
				type: 'BUTTONS',
				buttons: [
					{ type: 'QUICK_REPLY', text: 'Unsubscribe' },
					{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}', example: ['https://example.com/shop/summer'] },
					{ type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+85200000002' },
					{ type: 'COPY_CODE', example: 'FAKE10' },
				],
			},
		],
	},
	{
		name: 'welcome_named',
		language: 'en_US',
		category: 'UTILITY',
		components: [
			{
				type: 'BODY',
				text: 'Hi {{first_name}}, your membership number is {{member_id}}.',
				example: { body_text_named_params: [{ param_name: 'first_name', example: 'Alex' }, { param_name: 'member_id', example: 'M001' }] },
			},
		],
	},
	{
		name: 'shop_link',
		language: 'en_US',
		category: 'MARKETING',
		components: [
			{ type: 'BODY', text: 'Hi {{1}}, the summer sale is on.', example: { body_text: [['Alex']] } },
			{
				type: 'BUTTONS',
				buttons: [
					{ type: 'QUICK_REPLY', text: 'Unsubscribe' },
					{ type: 'URL', text: 'Shop now', url: 'https://example.com/shop/{{1}}', example: ['https://example.com/shop/summer'] },
					{ type: 'PHONE_NUMBER', text: 'Call us', phone_number: '+85200000002' },
				],
			},
		],
	},
	{
		// A map header: the pin (latitude, longitude, name, address) is given with each send.
		name: 'store_location',
		language: 'en_US',
		category: 'UTILITY',
		components: [
			{ type: 'HEADER', format: 'LOCATION' },
			{ type: 'BODY', text: 'Your order {{1}} is ready at this store.', example: { body_text: [['#1001']] } },
		],
	},
];

export const SEED_RCS_TEMPLATES: unknown[] = [
	{
		name: 'fake_rcs_text_1',
		type: 'text',
		category: 'TRANSACTION',
		content: {
			textMessage: 'Dear [name], your order [order_id] has been shipped.',
			suggestions: [
				{ suggestionType: 'reply', text: 'Track Order', postbackData: 'track_order_[order_id]' },
				{ suggestionType: 'url_action', text: 'View Details', postbackData: 'view_details', url: 'https://example.com/orders/[order_id]' },
			],
		},
	},
	{
		name: 'rcs_plain_notice',
		type: 'text',
		category: 'TRANSACTION',
		content: { textMessage: 'Your parcel is on its way.' },
	},
	{
		name: 'fake_richcard_v',
		type: 'richcard',
		category: 'PROMOTION',
		content: {
			orientation: 'VERTICAL',
			height: 'SHORT',
			standaloneCard: {
				cardTitle: 'Keep calm and shop on',
				cardDescription: 'Dear [name], join the lucky draw',
				mediaUrl: 'https://example.com/media/header-0001.png',
				suggestions: [{ suggestionType: 'reply', text: 'Avail offer [offer_name]', postbackData: 'offer_reply' }],
			},
		},
	},
	{
		name: 'fake_carousel',
		type: 'carousel',
		category: 'PROMOTION',
		content: {
			width: 'MEDIUM',
			height: 'SHORT',
			carouselCard: [
				{
					cardTitle: 'New watches',
					cardDescription: 'Dear [name], new watches for less',
					mediaUrl: 'https://example.com/media/watches.png',
					suggestions: [{ suggestionType: 'url_action', url: 'https://example.com/', text: 'Buy at [offer_name]', postbackData: 'shop_url' }],
				},
				{
					cardTitle: 'New perfumes',
					cardDescription: 'Dear [name], choose new perfumes.',
					mediaUrl: 'https://example.com/media/[image]',
					suggestions: [{ suggestionType: 'dialer_action', phoneNumber: '+85200000002', text: 'Call now', postbackData: 'call_click' }],
				},
			],
		},
	},
];

export function seedTemplates(state: SimulatorState): void {
	for (const definition of SEED_WABA_TEMPLATES) {
		markReviewed(state.createWabaTemplate(validateWabaTemplate(definition), 'APPROVED'));
	}
	for (const definition of SEED_RCS_TEMPLATES) {
		markReviewed(state.createRcsTemplate(validateRcsTemplate(definition), 'APPROVED'));
	}
}

function markReviewed(template: { created_time: number; status_updated_time: number }): void {
	template.status_updated_time = template.created_time;
}
