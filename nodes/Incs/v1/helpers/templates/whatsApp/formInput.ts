import type { WabaButtonType, WabaHeaderType } from '../../constants/whatsappTemplate';

/** The WhatsApp template component fields as n8n hands them to the node (see descriptions/wabaComponents.ts). */
export interface WabaButtonForm {
	type?: WabaButtonType;
	text?: string;
	url?: string;
	urlExample?: string;
	phoneNumber?: string;
	code?: string;
}

export interface WabaVariableExampleForm {
	variable?: string;
	value?: string;
}

export interface WabaComponentsForm {
	headerType: WabaHeaderType;
	headerText?: string;
	headerExample?: string;
	headerMediaUrl?: string;
	bodyText: string;
	bodyVariableExamples?: { example?: WabaVariableExampleForm[] };
	footerText?: string;
	buttons?: { button?: WabaButtonForm[] };
}
