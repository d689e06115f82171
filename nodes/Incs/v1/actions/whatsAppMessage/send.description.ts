import type { INodeProperties } from 'n8n-workflow';

import { mediaFields } from '../../descriptions/media';
import { messageTypeField, textMessageField } from '../../descriptions/messageContent';
import { sendOptions } from '../../descriptions/messageOptions';
import { recipientField } from '../../descriptions/recipient';
import { serviceWindowNotice } from '../../descriptions/serviceWindow';
import { whatsAppInteractiveFields } from '../../descriptions/whatsAppInteractive';
import {
	INCS_UNDOCUMENTED_HINTS,
	WHATSAPP_CAPTION_MAX,
	WHATSAPP_CAPTION_TYPES,
	WHATSAPP_MEDIA_HINTS,
	WHATSAPP_MEDIA_TYPES,
	WHATSAPP_SERVICE_WINDOW_HOURS,
	WHATSAPP_TEXT_MAX,
	WHATSAPP_MESSAGE_TYPES,
} from '../../helpers/constants/whatsapp';

export const description: INodeProperties[] = [
	serviceWindowNotice(WHATSAPP_SERVICE_WINDOW_HOURS),
	recipientField(),
	messageTypeField(WHATSAPP_MESSAGE_TYPES, {
		audio: { name: 'Audio', description: 'A voice message or audio file by link' },
		document: { name: 'Document', description: 'A file by link, with optional caption and file name' },
		image: { name: 'Image', description: 'An image by link, with optional caption' },
		interactive: { name: 'Interactive', description: 'Reply buttons, a list menu, a link button or a media carousel' },
		video: { name: 'Video', description: 'A video by link, with optional caption' },
	}),
	textMessageField(WHATSAPP_TEXT_MAX, 'The message; WhatsApp formatting such as *bold* and _italic_ works'),
	...mediaFields({
		types: WHATSAPP_MEDIA_TYPES,
		hints: WHATSAPP_MEDIA_HINTS,
		captionTypes: WHATSAPP_CAPTION_TYPES,
		captionMax: WHATSAPP_CAPTION_MAX,
		filenameTypes: ['document'],
		undocumented: INCS_UNDOCUMENTED_HINTS,
	}),
	...whatsAppInteractiveFields(),
	sendOptions(),
];
