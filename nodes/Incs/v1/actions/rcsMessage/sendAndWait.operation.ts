import { RCS_SERVICE_WINDOW_HOURS } from '../../helpers/constants/rcs';
import { rcsSendAndWait } from '../../helpers/sendAndWait/messages';
import { sendAndWaitNotice } from '../../descriptions/serviceWindow';
import { sendAndWaitOperation } from '../sendAndWait/operation';

/** Send and Wait for Response on RCS: a text message with the links written out. */
export const { description, prepare, send } = sendAndWaitOperation(
	'rcs',
	[sendAndWaitNotice(RCS_SERVICE_WINDOW_HOURS, 'To start a conversation, send an approved template first (Send Template).')],
	(_context, _item, _settings, { message, links }) => rcsSendAndWait(message, links),
);
