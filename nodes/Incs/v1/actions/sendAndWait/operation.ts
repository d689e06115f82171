import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { sendAndWaitFields } from '../../descriptions/sendAndWait';
import type { ResponseLink } from '../../helpers/sendAndWait/types';
import type { Channel } from '../../helpers/payloads/types';
import type { WriteOperation } from '../operation';
import { messageSender, prepareMessage, type PayloadOf, type PreparedMessage } from '../shared/sendMessage';
import { readQuestion } from './read';

/**
 * Send and Wait for Response on one channel: the recipient and the question are checked per item
 * (the router checks every item before the first send), the message goes out as a normal send,
 * and the node shell then puts the execution to wait (`wait.ts`).
 */
export function sendAndWaitOperation<C extends Channel>(
	channel: C,
	notice: INodeProperties[],
	buildPayload: (message: unknown, links: ResponseLink[]) => PayloadOf<C>,
): WriteOperation<PreparedMessage<C>> {
	return {
		description: sendAndWaitFields(notice),
		async prepare(this: IExecuteFunctions, itemIndex: number) {
			return await prepareMessage<C>(this, itemIndex, () => {
				const { message, links } = readQuestion(this, itemIndex);
				return buildPayload(message, links);
			});
		},
		send: messageSender(channel),
	};
}
