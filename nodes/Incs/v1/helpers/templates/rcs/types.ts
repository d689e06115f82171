import type { RcsTemplateCategory } from '../../constants/rcsTemplate';

/** RCS template definitions as INCS takes them (INCS "RCS Templates API: Create template"). */

interface SuggestionBase {
	text: string;
	postbackData: string;
}

export type RcsSuggestion =
	| (SuggestionBase & { suggestionType: 'reply' })
	| (SuggestionBase & { suggestionType: 'url_action'; url: string })
	| (SuggestionBase & {
			suggestionType: 'url_action';
			application: 'WEBVIEW';
			url: string;
			webviewViewMode?: 'FULL' | 'HALF' | 'TALL';
			description?: string;
	  })
	| (SuggestionBase & { suggestionType: 'dialer_action'; phoneNumber: string })
	| (SuggestionBase & { suggestionType: 'view_location'; latitude: number; longitude: number; label?: string })
	| (SuggestionBase & { suggestionType: 'query_location'; query: string })
	| (SuggestionBase & { suggestionType: 'share_location' })
	| (SuggestionBase & {
			suggestionType: 'calendar_event';
			title: string;
			description?: string;
			startTime: string;
			endTime: string;
	  });

export interface RcsCard {
	cardTitle: string;
	cardDescription?: string;
	mediaUrl: string;
	thumbnailUrl?: string;
	suggestions?: RcsSuggestion[];
}

export interface RcsTextContent {
	textMessage: string;
	suggestions?: RcsSuggestion[];
}

export type RcsRichCardContent =
	| { orientation: 'VERTICAL'; height?: 'SHORT' | 'MEDIUM'; standaloneCard: RcsCard }
	| { orientation: 'HORIZONTAL'; alignment?: 'LEFT' | 'RIGHT'; standaloneCard: RcsCard };

export interface RcsCarouselContent {
	width: 'SMALL' | 'MEDIUM';
	height: 'SHORT' | 'MEDIUM';
	carouselCard: RcsCard[];
}

interface CreateBodyBase {
	name: string;
	category: RcsTemplateCategory;
}

/** `category` is top-level for every type, carousels included (the carousel example and the field table of "RCS Templates API: Create template" disagree). */
export type RcsTemplateCreateBody =
	| (CreateBodyBase & { type: 'text'; content: RcsTextContent })
	| (CreateBodyBase & { type: 'richcard'; content: RcsRichCardContent })
	| (CreateBodyBase & { type: 'carousel'; content: RcsCarouselContent });
