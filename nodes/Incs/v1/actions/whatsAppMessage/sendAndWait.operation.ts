import { WHATSAPP_SERVICE_WINDOW_HOURS } from '../../helpers/constants/whatsapp';
import { whatsAppSendAndWait } from '../../helpers/sendAndWait/messages';
import { sendAndWaitNotice } from '../../descriptions/serviceWindow';
import { sendAndWaitOperation } from '../sendAndWait/operation';

/** Send and Wait for Response on WhatsApp: a call-to-action button when one link suffices. */
export const { description, prepare, send } = sendAndWaitOperation(
	'whatsapp',
	[sendAndWaitNotice(WHATSAPP_SERVICE_WINDOW_HOURS)],
	whatsAppSendAndWait,
);
