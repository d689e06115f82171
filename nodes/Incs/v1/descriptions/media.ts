import type { INodeProperties } from 'n8n-workflow';

import { LABELS } from '../helpers/labels';

export interface MediaFieldsSpec {
	/** Message types that send media by link. */
	types: readonly string[];
	/** Supported formats and sizes per type, from the channel's constants. */
	hints: Readonly<Record<string, string>>;
	/** Types that take a caption, and its maximum length (WhatsApp only). */
	captionTypes?: readonly string[];
	captionMax?: number;
	/** Types that take a file name (WhatsApp documents only). */
	filenameTypes?: readonly string[];
	/** Added to the caption and file name hints when INCS does not document those fields. */
	undocumented?: { caption: string; filename: string };
}

/**
 * The media fields of a send: one URL field per type (each with that type's formats as hint) and,
 * where the channel supports them, caption and file name. Shown by `messageType`.
 */
export function mediaFields(spec: MediaFieldsSpec): INodeProperties[] {
	const fields: INodeProperties[] = spec.types.map((type) => ({
		displayName: LABELS.mediaUrl,
		name: 'mediaUrl',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. https://example.com/files/brochure',
		description: 'Public https:// link to the file itself (not a Drive or Dropbox page, nor an address inside your network); INCS downloads it from there',
		hint: spec.hints[type],
		displayOptions: { show: { messageType: [type] } },
	}));
	if (spec.captionTypes && spec.captionTypes.length > 0) {
		fields.push({
			displayName: LABELS.caption,
			name: 'caption',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			description: 'Text shown under the media',
			hint: [spec.captionMax === undefined ? 'Optional.' : `Optional, up to ${spec.captionMax.toLocaleString('en-US')} characters.`, spec.undocumented?.caption]
				.filter((part) => part !== undefined)
				.join(' '),
			displayOptions: { show: { messageType: [...spec.captionTypes] } },
		});
	}
	if (spec.filenameTypes && spec.filenameTypes.length > 0) {
		fields.push({
			displayName: LABELS.filename,
			name: 'filename',
			type: 'string',
			default: '',
			placeholder: 'e.g. invoice-1042.pdf',
			description: 'The file name the recipient sees; without it WhatsApp shows a generic name',
			...(spec.undocumented === undefined ? {} : { hint: `Optional. ${spec.undocumented.filename}` }),
			displayOptions: { show: { messageType: [...spec.filenameTypes] } },
		});
	}
	return fields;
}
