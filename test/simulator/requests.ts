// Request bodies copied from the INCS reference fixtures (incs-api/fixtures/requests), so the
// simulator is tested against the documented shapes without reading files outside the repository.

// whatsapp.template.no_params.json
export const whatsappTemplateNoParams = {
	to: '85200000001',
	type: 'template',
	template: {
		name: 'order_ready_notice',
	},
};

// whatsapp.template.header_text_body_text.json
export const whatsappTemplateHeaderTextBody = {
	to: '85200000001',
	type: 'template',
	template: {
		name: 'promo_header_text',
		components: [
			{
				type: 'header',
				parameters: [
					{
						type: 'text',
						text: '2030-01-01',
					},
				],
			},
			{
				type: 'body',
				parameters: [
					{
						type: 'text',
						text: 'the end of the month',
					},
					{
						type: 'text',
						text: 'FAKE10',
					},
					{
						type: 'text',
						text: '10%',
					},
				],
			},
		],
	},
};

// whatsapp.template.header_image.json
export const whatsappTemplateHeaderImage = {
	to: '85200000001',
	type: 'template',
	template: {
		name: 'promo_header_image',
		components: [
			{
				type: 'header',
				parameters: [
					{
						type: 'image',
						image: {
							link: 'https://example.com/media/header-0001.png',
						},
					},
				],
			},
		],
	},
};

// whatsapp.template.copy_code_button.json
export const whatsappTemplateCopyCode = {
	to: '85200000001',
	type: 'template',
	template: {
		name: 'promo_copy_code',
		components: [
			{
				type: 'button',
				sub_type: 'COPY_CODE',
				index: '0',
				parameters: [
					{
						type: 'coupon_code',
						coupon_code: '000000',
					},
				],
			},
		],
	},
};

// whatsapp.template.header_body_copy_code.combined.json
export const whatsappTemplateCombined = {
	to: '85200000001',
	type: 'template',
	template: {
		name: 'promo_full',
		components: [
			{
				type: 'header',
				parameters: [
					{
						type: 'image',
						image: {
							link: 'https://example.com/media/header-0001.png',
						},
					},
				],
			},
			{
				type: 'body',
				parameters: [
					{
						type: 'text',
						text: 'Alex',
					},
				],
			},
			{
				type: 'button',
				sub_type: 'COPY_CODE',
				index: '0',
				parameters: [
					{
						type: 'coupon_code',
						coupon_code: '000000',
					},
				],
			},
		],
	},
};

// whatsapp.text.json
export const whatsappText = {
	to: '85200000001',
	type: 'text',
	text: 'Hello',
};

// whatsapp.image.json
export const whatsappImage = {
	to: '85200000001',
	type: 'image',
	image: {
		link: 'https://example.com/media/header-0001.png',
	},
};

// whatsapp.video.inferred.json
export const whatsappVideo = {
	to: '85200000001',
	type: 'video',
	video: {
		link: 'https://example.com/media/clip-0001.mp4',
	},
};

// whatsapp.audio.inferred.json
export const whatsappAudio = {
	to: '85200000001',
	type: 'audio',
	audio: {
		link: 'https://example.com/media/voice-0001.mp3',
	},
};

// whatsapp.document.inferred.json
export const whatsappDocument = {
	to: '85200000001',
	type: 'document',
	document: {
		link: 'https://example.com/media/file-0001.pdf',
	},
};

// viber.otp.json
export const viberOtp = {
	to: '85200000001',
	type: 'otp',
	otp: {
		code: '000000',
		language: 'en',
		code_expiration_minutes: 3,
	},
};

// viber.text.json
export const viberText = {
	to: '85200000001',
	type: 'text',
	text: 'Hello',
};

// viber.image.json
export const viberImage = {
	to: '85200000001',
	type: 'image',
	image: {
		link: 'https://example.com/media/header-0001.png',
	},
};

// viber.video.json
export const viberVideo = {
	to: '85200000001',
	type: 'video',
	video: {
		link: 'https://example.com/media/clip-0001.mp4',
	},
};

// viber.document.json
export const viberDocument = {
	to: '85200000001',
	type: 'document',
	document: {
		link: 'https://example.com/media/report-0001.xlsx',
	},
};

// rcs.template.no_params.json
export const rcsTemplateNoParams = {
	to: '85200000001',
	type: 'template',
	template: {
		name: 'fake_rcs_text_1',
	},
};

// rcs.template.with_parameters.json
export const rcsTemplateWithParameters = {
	to: '85200000001',
	type: 'template',
	template: {
		name: 'fake_rcs_text_1',
		parameters: {
			name: 'Alex',
			order_id: 'ORD0001',
		},
	},
};

// rcs.text.json
export const rcsText = {
	to: '85200000001',
	type: 'text',
	text: 'Hello',
};

// rcs.image.json
export const rcsImage = {
	to: '85200000001',
	type: 'image',
	image: {
		link: 'https://example.com/media/header-0001.png',
	},
};

// rcs.video.json
export const rcsVideo = {
	to: '85200000001',
	type: 'video',
	video: {
		link: 'https://example.com/media/clip-0001.mp4',
	},
};

// rcs.document.json
export const rcsDocument = {
	to: '85200000001',
	type: 'document',
	document: {
		link: 'https://example.com/media/file-0001.pdf',
	},
};

// waba_templates.create.body_footer.json
export const wabaCreateBodyFooter = {
	name: 'fake_api_template_1',
	language: 'en_US',
	category: 'MARKETING',
	components: [
		{
			type: 'BODY',
			text: 'Test template, first variable: {{1}}, second variable: {{2}}',
			example: {
				body_text: [
					[
						1,
						2,
					],
				],
			},
		},
		{
			type: 'FOOTER',
			text: 'Good night',
		},
	],
};

// waba_templates.create.utility_body_only.json
export const wabaCreateUtilityBodyOnly = {
	name: 'fake_api_template_2',
	language: 'en_US',
	category: 'UTILITY',
	components: [
		{
			type: 'BODY',
			text: 'Your order {{1}} is ready.',
			example: {
				body_text: [
					[
						'ORD0001',
					],
				],
			},
		},
	],
};

// rcs_templates.create.text.json
export const rcsCreateText = {
	name: 'fake_text_tpl',
	type: 'text',
	category: 'PROMOTION',
	content: {
		textMessage: 'Dear [name], your order [order_id] has been shipped.',
		suggestions: [
			{
				suggestionType: 'reply',
				text: 'Track Order',
				postbackData: 'track_order_[order_id]',
			},
			{
				suggestionType: 'url_action',
				text: 'View Details',
				postbackData: 'view_details',
				url: 'https://example.com/orders/[order_id]',
			},
		],
	},
};

// rcs_templates.create.text.all_suggestion_types.json
export const rcsCreateAllSuggestions = {
	name: 'fake_all_suggestions',
	type: 'text',
	category: 'TRANSACTION',
	content: {
		textMessage: 'Hello [name], choose an option below.',
		suggestions: [
			{
				suggestionType: 'reply',
				text: 'Yes',
				postbackData: 'user_confirmed_yes',
			},
			{
				suggestionType: 'url_action',
				text: 'Visit Website',
				postbackData: 'visit_website',
				url: 'https://example.com',
			},
			{
				suggestionType: 'dialer_action',
				text: 'Call Us',
				postbackData: 'call_support',
				phoneNumber: '+85200000002',
			},
			{
				suggestionType: 'view_location',
				text: 'View Store',
				postbackData: 'view_store_location',
				latitude: -6.2,
				longitude: 106.8,
				label: 'Example Store',
			},
			{
				suggestionType: 'query_location',
				text: 'Find Nearby',
				postbackData: 'find_nearby_stores',
				query: 'Example Store near me',
			},
			{
				suggestionType: 'share_location',
				text: 'Share Location',
				postbackData: 'user_shared_location',
			},
			{
				suggestionType: 'calendar_event',
				text: 'Add to Calendar',
				postbackData: 'add_event',
				title: 'Launch Event',
				description: 'Example launch',
				startTime: '2030-01-01 10:00:00',
				endTime: '2030-01-01 18:00:00',
			},
			{
				suggestionType: 'url_action',
				text: 'Open Form',
				postbackData: 'open_webview_form',
				application: 'WEBVIEW',
				url: 'https://example.com/form',
				webviewViewMode: 'FULL',
				description: 'Registration form',
			},
		],
	},
};

// rcs_templates.create.richcard.vertical_video.json
export const rcsCreateRichcardVerticalVideo = {
	name: 'fake_richcard_v',
	type: 'richcard',
	category: 'PROMOTION',
	content: {
		orientation: 'VERTICAL',
		height: 'SHORT',
		standaloneCard: {
			cardTitle: 'Keep calm and shop on',
			cardDescription: 'Dear [name], join the lucky draw',
			mediaUrl: 'https://example.com/media/clip-0001.mp4',
			thumbnailUrl: 'https://example.com/media/clip-0001-thumb.png',
			suggestions: [
				{
					suggestionType: 'reply',
					text: 'Avail offer [offer_name]',
					postbackData: 'offer_reply',
				},
			],
		},
	},
};

// rcs_templates.create.richcard.horizontal_image.json
export const rcsCreateRichcardHorizontalImage = {
	name: 'fake_richcard_h',
	type: 'richcard',
	category: 'PROMOTION',
	content: {
		orientation: 'HORIZONTAL',
		alignment: 'LEFT',
		standaloneCard: {
			cardTitle: 'New arrivals',
			mediaUrl: 'https://example.com/media/header-0001.png',
			suggestions: [
				{
					suggestionType: 'url_action',
					text: 'Shop',
					postbackData: 'shop',
					url: 'https://example.com/shop',
				},
			],
		},
	},
};

// rcs_templates.create.carousel.json
export const rcsCreateCarousel = {
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
				mediaUrl: 'https://example.com/media/clip-0001.mp4',
				thumbnailUrl: 'https://example.com/media/watches-thumb.jpeg',
				suggestions: [
					{
						suggestionType: 'url_action',
						url: 'https://example.com/',
						text: 'Buy at [offer_name]',
						postbackData: 'shop_url',
					},
				],
			},
			{
				cardTitle: 'New perfumes',
				cardDescription: 'Dear [name], choose new perfumes.',
				mediaUrl: 'https://example.com/media/[image]',
				suggestions: [
					{
						suggestionType: 'dialer_action',
						phoneNumber: '+85200000002',
						text: 'Call now',
						postbackData: 'call_click',
					},
				],
			},
		],
	},
};
