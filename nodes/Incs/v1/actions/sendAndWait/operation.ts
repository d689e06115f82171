import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { sendAndWaitFields } from '../../descriptions/sendAndWait';
import type { Channel } from '../../helpers/payloads/types';
import type { RunSettings, WriteOperation } from '../operation';
import { messageSender, prepareMessage, type PayloadOf, type PreparedMessage } from '../shared/sendMessage';
import { readQuestion, type Question } from './read';

/** Builds one item's message from its checked question. */
export type BuildQuestionPayload<C extends Channel> = (
	context: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
	question: Question,
) => PayloadOf<C> | Promise<PayloadOf<C>>;

/**
 * Send and Wait for Response on one channel: the recipient and the question are checked per item
 * (the router checks every item before the first send), the message goes out as a normal send,
 * and the node shell then puts the execution to wait (`wait.ts`). `channelFields` come after the
 * recipient (the channel's notice, WhatsApp's message format).
 */
export function sendAndWaitOperation<C extends Channel>(
	channel: C,
	channelFields: INodeProperties[],
	buildPayload: BuildQuestionPayload<C>,
): WriteOperation<PreparedMessage<C>> {
	return {
		description: sendAndWaitFields(channelFields),
		async prepare(this: IExecuteFunctions, itemIndex: number, settings: RunSettings) {
			return await prepareMessage<C>(this, itemIndex, async () => await buildPayload(this, itemIndex, settings, readQuestion(this, itemIndex)));
		},
		send: messageSender(channel),
	};
}
