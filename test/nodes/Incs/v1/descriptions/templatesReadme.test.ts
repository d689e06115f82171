import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { RcsMediaGuideline } from '../../../../../nodes/Incs/v1/helpers/constants/rcsTemplate';
import {
	RCS_CAROUSEL_MEDIA_GUIDELINES,
	RCS_RICH_CARD_MEDIA_GUIDELINES,
} from '../../../../../nodes/Incs/v1/helpers/constants/rcsTemplate';

// The reference tables (docs/templates.md) are written for people; this keeps their numbers equal
// to the ones the node shows.
const readme = readFileSync(path.join(__dirname, '../../../../..', 'docs', 'templates.md'), 'utf8');
const rows = readme.split('\n').filter((line) => line.startsWith('| Rich card') || line.startsWith('| Carousel'));

const rowsFor: Array<[string, RcsMediaGuideline]> = [
	['Rich card, vertical, short', RCS_RICH_CARD_MEDIA_GUIDELINES.VERTICAL_SHORT],
	['Rich card, vertical, medium', RCS_RICH_CARD_MEDIA_GUIDELINES.VERTICAL_MEDIUM],
	['Rich card, horizontal', RCS_RICH_CARD_MEDIA_GUIDELINES.HORIZONTAL],
	['Carousel, short, small', RCS_CAROUSEL_MEDIA_GUIDELINES.SHORT_SMALL],
	['Carousel, short, medium', RCS_CAROUSEL_MEDIA_GUIDELINES.SHORT_MEDIUM],
	['Carousel, medium, small', RCS_CAROUSEL_MEDIA_GUIDELINES.MEDIUM_SMALL],
	['Carousel, medium, medium', RCS_CAROUSEL_MEDIA_GUIDELINES.MEDIUM_MEDIUM],
];

describe('docs/templates.md media-guideline tables', () => {
	it.each(rowsFor)('%s matches the constants', (label, row) => {
		const [image, video] = rows.filter((line) => line.startsWith(`| ${label} |`));
		expect(image).toBe(`| ${label} | ${row.imageRatio} | ${row.imageResolution} | ${row.imageMaxSize} | JPEG, JPG, PNG, GIF |`);
		expect(video).toBe(`| ${label} | ${row.videoMaxSize} | ${row.thumbnailRatio} | ${row.thumbnailResolution} |`);
	});
});
