import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { mediaFields } from '../../descriptions/media';
import { messageTypeField, textMessageField } from '../../descriptions/messageContent';
import { sendOptions } from '../../descriptions/messageOptions';
import { recipientField } from '../../descriptions/recipient';
import { serviceWindowNotice } from '../../descriptions/serviceWindow';
import {
	RCS_MEDIA_HINTS,
	RCS_MEDIA_TYPES,
	RCS_MESSAGE_TYPES,
	RCS_SERVICE_WINDOW_HOURS,
	RCS_TEXT_MAX,
} from '../../helpers/constants/rcs';
import { buildRcsMedia, buildRcsText } from '../../helpers/payloads/rcs';
import type { RcsPayload } from '../../helpers/payloads/types';
import { messageSender, prepareMessage } from '../shared/sendMessage';
import type { PreparedMessage } from '../shared/sendMessage';
import { checkOneOf } from '../../helpers/validation/values';

export const description: INodeProperties[] = [
	serviceWindowNotice(RCS_SERVICE_WINDOW_HOURS),
	recipientField(),
	messageTypeField(RCS_MESSAGE_TYPES, { document: { name: 'Document', description: 'A PDF file by link' } }),
	textMessageField(RCS_TEXT_MAX),
	...mediaFields({ types: RCS_MEDIA_TYPES, hints: RCS_MEDIA_HINTS }),
	sendOptions(),
];

function buildPayload(context: IExecuteFunctions, itemIndex: number): RcsPayload {
	const type = checkOneOf('Message Type', context.getNodeParameter('messageType', itemIndex), RCS_MESSAGE_TYPES);
	if (type === 'text') return buildRcsText(context.getNodeParameter('text', itemIndex, ''));
	return buildRcsMedia(checkOneOf('Message Type', type, RCS_MEDIA_TYPES), context.getNodeParameter('mediaUrl', itemIndex, ''));
}

/** A free-form RCS message (INCS "Send RCS message"), validated in full before it is sent. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<PreparedMessage<'rcs'>> {
	return await prepareMessage(this, itemIndex, () => buildPayload(this, itemIndex));
}

export const send = messageSender('rcs');
