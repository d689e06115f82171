/**
 * Request bodies INCS accepts, one discriminated union per channel (INCS "Messages API"). Type aliases
 * rather than interfaces, so they are assignable to the transport's IDataObject body.
 */

export type MediaLink = { link: string };
export type CaptionedMedia = { link: string; caption?: string };
export type DocumentMedia = { link: string; caption?: string; filename?: string };

export type WhatsAppTextHeader = { type: 'text'; text: string };
export type WhatsAppMediaHeader =
	| { type: 'image'; image: MediaLink }
	| { type: 'video'; video: MediaLink }
	| { type: 'document'; document: MediaLink };
export type WhatsAppInteractiveHeader = WhatsAppTextHeader | WhatsAppMediaHeader;
export type WhatsAppTextBlock = { text: string };

export type WhatsAppReplyButton = { type: 'reply'; reply: { id: string; title: string } };
export type WhatsAppListRow = { id: string; title: string; description?: string };
export type WhatsAppListSection = { title?: string; rows: WhatsAppListRow[] };
export type WhatsAppCtaAction = { name: 'cta_url'; parameters: { display_text: string; url: string } };
export type WhatsAppCarouselCard = {
	card_index: number;
	type: 'cta_url';
	header: { type: 'image'; image: MediaLink } | { type: 'video'; video: MediaLink };
	body?: WhatsAppTextBlock;
	action: WhatsAppCtaAction;
};

/** Meta Cloud API `interactive` objects (INCS documents none of them). */
export type WhatsAppInteractive =
	| {
			type: 'button';
			header?: WhatsAppInteractiveHeader;
			body: WhatsAppTextBlock;
			footer?: WhatsAppTextBlock;
			action: { buttons: WhatsAppReplyButton[] };
	  }
	| {
			type: 'list';
			header?: WhatsAppTextHeader;
			body: WhatsAppTextBlock;
			footer?: WhatsAppTextBlock;
			action: { button: string; sections: WhatsAppListSection[] };
	  }
	| {
			type: 'cta_url';
			header?: WhatsAppInteractiveHeader;
			body: WhatsAppTextBlock;
			footer?: WhatsAppTextBlock;
			action: WhatsAppCtaAction;
	  }
	| { type: 'carousel'; body: WhatsAppTextBlock; action: { cards: WhatsAppCarouselCard[] } };

/** Template send parameters (INCS "Send WhatsApp message" (template); lowercase component types, string button index). */
export type WhatsAppTextParameter = { type: 'text'; text: string; parameter_name?: string };
export type WhatsAppHeaderParameter =
	| WhatsAppTextParameter
	| { type: 'image'; image: MediaLink }
	| { type: 'video'; video: MediaLink }
	| { type: 'document'; document: MediaLink }
	/** Meta's send format for a LOCATION header; INCS documents none (coordinates as text, as Meta's example). */
	| { type: 'location'; location: { latitude: string; longitude: string; name: string; address: string } };
export type WhatsAppTemplateComponent =
	| { type: 'header'; parameters: WhatsAppHeaderParameter[] }
	| { type: 'body'; parameters: WhatsAppTextParameter[] }
	| { type: 'button'; sub_type: 'url'; index: string; parameters: Array<{ type: 'text'; text: string }> }
	| {
			type: 'button';
			sub_type: 'COPY_CODE';
			index: string;
			parameters: Array<{ type: 'coupon_code'; coupon_code: string }>;
	  };

export type WhatsAppTemplate = { name: string; components?: WhatsAppTemplateComponent[] };

export type WhatsAppPayload =
	| { type: 'text'; text: string }
	| { type: 'image'; image: CaptionedMedia }
	| { type: 'video'; video: CaptionedMedia }
	| { type: 'audio'; audio: MediaLink }
	| { type: 'document'; document: DocumentMedia }
	| { type: 'interactive'; interactive: WhatsAppInteractive }
	| { type: 'template'; template: WhatsAppTemplate };

export type ViberPayload =
	| { type: 'otp'; otp: { code: string; language: string; code_expiration_minutes: number } }
	| { type: 'text'; text: string }
	| { type: 'image'; image: MediaLink }
	| { type: 'video'; video: MediaLink }
	| { type: 'document'; document: MediaLink };

export type RcsTemplate = { name: string; parameters?: Record<string, string> };

export type RcsPayload =
	| { type: 'text'; text: string }
	| { type: 'image'; image: MediaLink }
	| { type: 'video'; video: MediaLink }
	| { type: 'document'; document: MediaLink }
	| { type: 'template'; template: RcsTemplate };

/** Every send body: the recipient plus one channel payload (INCS "Messages API"). */
export type SendRequest<P> = { to: string } & P;

export type Channel = 'whatsapp' | 'viber' | 'rcs';
