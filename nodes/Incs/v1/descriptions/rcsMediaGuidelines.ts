import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import type { RcsMediaGuideline } from '../helpers/constants/rcsTemplate';
import {
	RCS_CAROUSEL_MEDIA_GUIDELINES,
	RCS_IMAGE_FORMATS,
	RCS_RICH_CARD_MEDIA_GUIDELINES,
	RCS_THUMBNAIL_FORMATS,
	RCS_THUMBNAIL_SIZE,
	RCS_VIDEO_FORMATS,
} from '../helpers/constants/rcsTemplate';

/**
 * The media guidelines of INCS "RCS Templates API: Create template" next to the media fields. A notice cannot change its text
 * with the layout, so there is one notice per layout, generated from the table in the constants,
 * each shown only for its own orientation/height or height/width.
 */
export function describeMediaGuideline(row: RcsMediaGuideline): string {
	return (
		`Media for ${row.layout}: image ${row.imageRatio}, ${row.imageResolution} px, at most ${row.imageMaxSize}, ${RCS_IMAGE_FORMATS}. ` +
		`Video at most ${row.videoMaxSize}, ${RCS_VIDEO_FORMATS.join(', ')}, with a thumbnail ${row.thumbnailRatio}, ` +
		`${row.thumbnailResolution} px, ${RCS_THUMBNAIL_SIZE}, ${RCS_THUMBNAIL_FORMATS}.`
	);
}

function notice(name: string, row: RcsMediaGuideline, show: IDisplayOptions['show']): INodeProperties {
	return { displayName: describeMediaGuideline(row), name, type: 'notice', default: '', displayOptions: { show } };
}

/** One notice per rich-card layout; `show` holds the conditions that make rich-card fields visible. */
export function richCardMediaNotices(show: IDisplayOptions['show']): INodeProperties[] {
	const { HORIZONTAL, VERTICAL_SHORT, VERTICAL_MEDIUM } = RCS_RICH_CARD_MEDIA_GUIDELINES;
	return [
		notice('mediaGuidelineHorizontal', HORIZONTAL, { ...show, orientation: ['HORIZONTAL'] }),
		notice('mediaGuidelineVerticalShort', VERTICAL_SHORT, { ...show, orientation: ['VERTICAL'], height: ['SHORT'] }),
		notice('mediaGuidelineVerticalMedium', VERTICAL_MEDIUM, { ...show, orientation: ['VERTICAL'], height: ['MEDIUM'] }),
	];
}

/** One notice per carousel height × width; `show` holds the conditions that make carousel fields visible. */
export function carouselMediaNotices(show: IDisplayOptions['show']): INodeProperties[] {
	return Object.entries(RCS_CAROUSEL_MEDIA_GUIDELINES).map(([key, row]) => {
		const [height, width] = key.split('_');
		const name = `mediaGuidelineCarousel${key.charAt(0)}${key.slice(1).toLowerCase().replace(/_(\w)/, (_, c: string) => c.toUpperCase())}`;
		return notice(name, row, { ...show, height: [height], width: [width] });
	});
}
