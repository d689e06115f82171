import { ApiError, CODE_RCS_ERROR, CODE_WHATSAPP_ERROR } from '../envelope';
import type { Channel } from '../journal';
import { FREE_FORM_TYPES } from '../limits';
import { isRecord } from '../validation/common';
import { validateRcsSend } from '../validation/rcs';
import type { ValidatedSend } from '../validation/send';
import { validateViberSend } from '../validation/viber';
import { validateWhatsAppSend } from '../validation/whatsapp';
import type { ApiHandler, ApiRequest } from './types';

function validate(channel: Channel, request: ApiRequest): ValidatedSend {
	const context = request.state.sendContext();
	if (channel === 'whatsapp') return validateWhatsAppSend(request.body, context);
	if (channel === 'viber') return validateViberSend(request.body);
	return validateRcsSend(request.body, context);
}

/** Free-form WhatsApp and RCS types only within 24 h of the user's last message (§1.4), when enforced. */
function checkServiceWindow(channel: Channel, send: ValidatedSend, request: ApiRequest): void {
	if (!request.state.options.enforceServiceWindow || channel === 'viber') return;
	if (!(FREE_FORM_TYPES as readonly string[]).includes(send.type) || request.state.inServiceWindow(channel, send.to)) return;
	if (channel === 'whatsapp') {
		throw new ApiError(
			CODE_WHATSAPP_ERROR,
			'(#131047) Re-engagement message: more than 24 hours have passed since the recipient last replied to the sender number.',
		);
	}
	throw new ApiError(CODE_RCS_ERROR, 'Free-form messages can only be sent within 24 hours of the user\'s last reply.');
}

export function sendMessage(channel: Channel): ApiHandler {
	return (request) => {
		request.entry.channel = channel;
		// Record recipient and type even for rejected sends, for journal queries.
		if (isRecord(request.body)) {
			if (typeof request.body.to === 'string') request.entry.to = request.body.to;
			if (typeof request.body.type === 'string') request.entry.type = request.body.type;
		}
		const send = validate(channel, request);
		checkServiceWindow(channel, send, request);
		const { msgId, callbackMessageId } = request.state.acceptSend(channel, send.to);
		request.entry.msgId = msgId;
		request.entry.callbackMessageId = callbackMessageId;
		return { msg_id: msgId };
	};
}
