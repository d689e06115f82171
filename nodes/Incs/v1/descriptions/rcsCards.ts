import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import {
	RCS_ALIGNMENTS,
	RCS_CARD_DESCRIPTION_MAX,
	RCS_CARD_HEIGHTS,
	RCS_CARD_TITLE_MAX,
	RCS_CARD_WIDTHS,
	RCS_CAROUSEL_CARDS_MAX,
	RCS_CAROUSEL_CARDS_MIN,
	RCS_ORIENTATIONS,
	RCS_SUGGESTIONS_MAX,
	RCS_IMAGE_FORMATS,
	RCS_THUMBNAIL_FORMATS,
	RCS_VIDEO_FORMATS,
} from '../helpers/constants/rcsTemplate';
import type { RcsMediaKind } from '../helpers/templates/rcs/formInput';
import { enumOptions } from './enumOptions';
import {
	RCS_ALIGNMENT_LABELS,
	RCS_HEIGHT_LABELS,
	RCS_ORIENTATION_LABELS,
	RCS_WIDTH_LABELS,
} from './templateEnums';
import { carouselMediaNotices, richCardMediaNotices } from './rcsMediaGuidelines';
import { rcsSuggestionsFields } from './rcsSuggestions';
import { ruleNotice } from './ruleNotice';
import { LABELS } from '../helpers/labels';

type Show = IDisplayOptions['show'];

const heightOptions = enumOptions(RCS_CARD_HEIGHTS, RCS_HEIGHT_LABELS);

type When = (extra?: Show) => Partial<INodeProperties>;

/**
 * The media of one card: its type, one link field per type so the example fits the type (a video
 * card shows an .mp4 example), and the thumbnail of a video.
 */
function mediaFields(when: When, thumbnailRequired: boolean): INodeProperties[] {
	const link = (type: RcsMediaKind): INodeProperties => ({
		displayName: LABELS.mediaUrl,
		name: 'mediaUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: type === 'image' ? 'e.g. https://example.com/media/banner.png' : 'e.g. https://example.com/media/intro.mp4',
		hint:
			type === 'image'
				? `Public link to the image or GIF (${RCS_IMAGE_FORMATS}); may use [variables]`
				: `Public link to the video (${RCS_VIDEO_FORMATS.join(', ')}); may use [variables]`,
		...when({ mediaType: [type] }),
	});
	return [
		{
			displayName: LABELS.cardHeaderType,
			name: 'mediaType',
			type: 'options',
			options: MEDIA_TYPE_OPTIONS,
			default: 'image',
			hint: 'What the card shows at its top',
			...when(),
		},
		link('image'),
		link('video'),
		{
			displayName: LABELS.thumbnailUrl,
			name: 'thumbnailUrl',
			type: 'string',
			default: '',
			required: thumbnailRequired,
			placeholder: 'e.g. https://example.com/media/video-thumbnail.jpg',
			hint: `Public link to the picture shown before the video plays (${RCS_THUMBNAIL_FORMATS})`,
			...when({ mediaType: ['video'] }),
		},
	];
}

/** Title, description, media and suggestions of one card, labelled with `prefix` (rich card: "Card "). */
function cardFields(prefix: string, show: Show | undefined, media: (when: When) => INodeProperties[]): INodeProperties[] {
	const when: When = (extra = {}) =>
		show === undefined && Object.keys(extra).length === 0 ? {} : { displayOptions: { show: { ...show, ...extra } } };
	return [
		{
			displayName: `${prefix}Title`,
			name: prefix === '' ? 'title' : 'cardTitle',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. New arrivals',
			hint: `Up to ${RCS_CARD_TITLE_MAX} characters; may use [variables]`,
			...when(),
		},
		{
			displayName: `${prefix}Description`,
			name: prefix === '' ? 'description' : 'cardDescription',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: 'e.g. Dear [name], see what is new this week.',
			hint: `Up to ${RCS_CARD_DESCRIPTION_MAX.toLocaleString('en-US')} characters; may use [variables]`,
			...when(),
		},
		...media(when),
		...rcsSuggestionsFields(RCS_SUGGESTIONS_MAX.card, when()),
	];
}

const MEDIA_TYPE_OPTIONS = [
	{ name: 'Image or GIF', value: 'image', description: 'A picture or an animated GIF' },
	{ name: 'Video', value: 'video', description: 'A video; it also needs a thumbnail picture' },
];

/**
 * Carousel cards keep a media type each: unlike WhatsApp, INCS lets one RCS carousel mix images
 * and videos (its documented carousel example does).
 */
const carouselCardMedia = (when: When): INodeProperties[] => mediaFields(when, false);

/** Rich-card fields (INCS "RCS Templates API: Create template" (content by type)): layout, the media guideline for it, and the card. */
export function richCardFields(show: Show): INodeProperties[] {
	return [
		{
			displayName: LABELS.orientation,
			name: 'orientation',
			type: 'options',
			options: enumOptions(RCS_ORIENTATIONS, RCS_ORIENTATION_LABELS),
			default: 'VERTICAL',
			description: 'Vertical puts the media above the text; horizontal puts it beside the text',
			displayOptions: { show },
		},
		{
			displayName: LABELS.alignment,
			name: 'alignment',
			type: 'options',
			options: enumOptions(RCS_ALIGNMENTS, RCS_ALIGNMENT_LABELS),
			default: 'LEFT',
			description: 'Which side of the card the media is on',
			displayOptions: { show: { ...show, orientation: ['HORIZONTAL'] } },
		},
		{
			displayName: LABELS.height,
			name: 'height',
			type: 'options',
			options: heightOptions,
			default: 'SHORT',
			description: 'How tall the media is',
			displayOptions: { show: { ...show, orientation: ['VERTICAL'] } },
		},
		...richCardMediaNotices(show),
		...cardFields('Card ', show, (when) => mediaFields(when, true)),
	];
}

/** Carousel fields (INCS "RCS Templates API: Create template" (content by type)): card size, the media guideline for it, and 2–10 cards. */
export function carouselFields(show: Show): INodeProperties[] {
	return [
		{
			displayName: LABELS.cardWidth,
			name: 'width',
			type: 'options',
			options: enumOptions(RCS_CARD_WIDTHS, RCS_WIDTH_LABELS),
			default: 'MEDIUM',
			description: 'How wide every card of the carousel is; the media guideline below follows it',
			displayOptions: { show },
		},
		{
			displayName: LABELS.cardHeight,
			name: 'height',
			type: 'options',
			options: heightOptions,
			default: 'SHORT',
			description: 'How tall the media of every card is; the media guideline below follows it',
			displayOptions: { show },
		},
		...carouselMediaNotices(show),
		...ruleNotice(
			{
				displayName: LABELS.cards,
				name: 'cards',
				type: 'fixedCollection',
				typeOptions: { multipleValues: true, sortable: true },
				placeholder: 'Add Card',
				default: {},
				displayOptions: { show },
				options: [{ name: 'card', displayName: LABELS.card, values: cardFields('', undefined, carouselCardMedia) }],
			},
			`${RCS_CAROUSEL_CARDS_MIN} to ${RCS_CAROUSEL_CARDS_MAX} cards, shown side by side in this order, each with up to ${RCS_SUGGESTIONS_MAX.card} suggestions. Cards may mix images and videos.`,
		),
	];
}
