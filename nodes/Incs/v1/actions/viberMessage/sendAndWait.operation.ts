import { viberSendAndWait } from '../../helpers/sendAndWait/messages';
import { sendAndWaitOperation } from '../sendAndWait/operation';

/** Send and Wait for Response on Viber: a text message with the links written out. */
export const { description, prepare, send } = sendAndWaitOperation('viber', [], (_context, _item, _settings, { message, links }) =>
	viberSendAndWait(message, links),
);
