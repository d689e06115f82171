import type { IExecuteFunctions } from 'n8n-workflow';

import { checkOneOf } from '../../helpers/validation/values';
import { WHATSAPP_MEDIA_TYPES, WHATSAPP_MESSAGE_TYPES } from '../../helpers/constants/whatsapp';
import { buildWhatsAppMedia, buildWhatsAppText } from '../../helpers/payloads/whatsApp';
import { buildWhatsAppInteractive } from '../../helpers/payloads/whatsAppInteractive';
import type { WhatsAppPayload } from '../../helpers/payloads/types';
import { messageSender, prepareMessage } from '../shared/sendMessage';
import type { PreparedMessage } from '../shared/sendMessage';
import { readInteractiveInput } from './readInteractive';

export { description } from './send.description';

function buildPayload(context: IExecuteFunctions, itemIndex: number): WhatsAppPayload {
	const type = checkOneOf('Message Type', context.getNodeParameter('messageType', itemIndex), WHATSAPP_MESSAGE_TYPES);
	if (type === 'text') return buildWhatsAppText(context.getNodeParameter('text', itemIndex, ''));
	if (type === 'interactive') return buildWhatsAppInteractive(readInteractiveInput(context, itemIndex));
	const mediaType = checkOneOf('Message Type', type, WHATSAPP_MEDIA_TYPES);
	return buildWhatsAppMedia(mediaType, {
		mediaUrl: context.getNodeParameter('mediaUrl', itemIndex, ''),
		caption: context.getNodeParameter('caption', itemIndex, ''),
		filename: context.getNodeParameter('filename', itemIndex, ''),
	});
}

/** A free-form WhatsApp message (INCS "Send WhatsApp message" (free-form types)), validated in full before it is sent. */
export async function prepare(this: IExecuteFunctions, itemIndex: number): Promise<PreparedMessage<'whatsapp'>> {
	return await prepareMessage(this, itemIndex, () => buildPayload(this, itemIndex));
}

export const send = messageSender('whatsapp');
