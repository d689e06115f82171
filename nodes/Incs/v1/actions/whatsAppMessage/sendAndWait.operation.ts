import { sendAndWaitMessageFormat } from '../../descriptions/sendAndWait';
import { whatsAppSendAndWait } from '../../helpers/sendAndWait/messages';
import { sendAndWaitOperation } from '../sendAndWait/operation';
import { readResponseTemplate } from '../sendAndWait/template';

/**
 * Send and Wait for Response on WhatsApp: inside the 24-hour window a free-form message (a
 * call-to-action button when one link suffices); at any time an approved template whose URL
 * buttons carry the links.
 */
export const { description, prepare, send } = sendAndWaitOperation(
	'whatsapp',
	sendAndWaitMessageFormat(),
	async (context, itemIndex, settings, { message, links }) => {
		if (context.getNodeParameter('messageFormat', itemIndex, 'freeForm') !== 'template') return whatsAppSendAndWait(message, links);
		return { type: 'template', template: await readResponseTemplate(context, itemIndex, settings, links) };
	},
);
