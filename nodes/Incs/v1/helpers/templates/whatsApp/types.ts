import type { WabaTemplateCategory } from '../../constants/whatsappTemplate';

/**
 * WhatsApp template definitions as INCS stores them: Meta's template components with uppercase
 * `type` (INCS "WABA API: Create template", sends use lowercase, definitions uppercase). Examples follow Meta: positional variables give `body_text`
 * (one row of values) / `header_text`; named variables give `*_named_params`.
 */
export interface NamedExample {
	param_name: string;
	example: string;
}

export type TextHeaderExample = { header_text: string[] } | { header_text_named_params: NamedExample[] };

export type WabaHeaderComponent =
	| { type: 'HEADER'; format: 'TEXT'; text: string; example?: TextHeaderExample }
	| { type: 'HEADER'; format: 'IMAGE' | 'VIDEO' | 'DOCUMENT'; example: { header_handle: string[] } };

export type BodyExample = { body_text: string[][] } | { body_text_named_params: NamedExample[] };

export interface WabaBodyComponent {
	type: 'BODY';
	text: string;
	example?: BodyExample;
}

export interface WabaFooterComponent {
	type: 'FOOTER';
	text: string;
}

export type WabaButton =
	| { type: 'QUICK_REPLY'; text: string }
	| { type: 'URL'; text: string; url: string; example?: string[] }
	| { type: 'PHONE_NUMBER'; text: string; phone_number: string }
	| { type: 'COPY_CODE'; example: string };

export interface WabaButtonsComponent {
	type: 'BUTTONS';
	buttons: WabaButton[];
}

export type WabaComponent = WabaHeaderComponent | WabaBodyComponent | WabaFooterComponent | WabaButtonsComponent;

export interface WabaTemplateCreateBody {
	name: string;
	language: string;
	category: WabaTemplateCategory;
	parameter_format?: 'NAMED';
	/** Form mode builds typed components; JSON mode passes the user's objects (validated) through. */
	components: Array<WabaComponent | Record<string, unknown>>;
}
