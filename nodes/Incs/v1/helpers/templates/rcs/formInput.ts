import type { RcsSuggestionType } from '../../constants/rcsTemplate';

/** RCS template fields as n8n hands them to the node (descriptions/rcsSuggestions.ts, rcsCards.ts). */
export interface RcsSuggestionForm {
	suggestionType?: RcsSuggestionType;
	text?: string;
	postbackData?: string;
	openIn?: 'browser' | 'webview';
	url?: string;
	webviewViewMode?: string;
	webviewDescription?: string;
	phoneNumber?: string;
	latitude?: number | string;
	longitude?: number | string;
	label?: string;
	query?: string;
	eventTitle?: string;
	eventDescription?: string;
	startTime?: string;
	endTime?: string;
}

/** A fixedCollection of suggestions: `{ suggestion: [...] }`. */
export interface RcsSuggestionsForm {
	suggestion?: RcsSuggestionForm[];
}

export type RcsMediaKind = 'image' | 'video';

export interface RcsCardForm {
	title?: string;
	description?: string;
	mediaType?: RcsMediaKind;
	mediaUrl?: string;
	thumbnailUrl?: string;
	suggestions?: RcsSuggestionsForm;
}

export type RcsContentForm =
	| { type: 'text'; textMessage?: string; suggestions?: RcsSuggestionsForm }
	| { type: 'richcard'; orientation?: string; alignment?: string; height?: string; card: RcsCardForm }
	| { type: 'carousel'; width?: string; height?: string; cards?: { card?: RcsCardForm[] } };
