import { IncsTrigger } from '../../../nodes/IncsTrigger/IncsTrigger.node';
import { parseJsonExactly } from '../../../nodes/IncsTrigger/exactJson';
import { callWebhook } from '../../harness/webhook';
import { KNOWN_EVENTS } from './fixtures';

describe('parseJsonExactly', () => {
	it('keeps integers beyond 2^53 as strings with every digit', () => {
		expect(parseJsonExactly('{"id":12345678901234567891,"n":-9007199254740993,"list":[9007199254740993]}')).toEqual({
			id: '12345678901234567891',
			n: '-9007199254740993',
			list: ['9007199254740993'],
		});
	});

	it('parses everything else as JSON.parse does', () => {
		const text = '{"safe":9007199254740991,"small":-42,"float":1.5e300,"exp":1e21,"zero":0,"ok":true,"none":null,"nested":{"a":[1,2.25,"x"]}}';
		expect(parseJsonExactly(text)).toEqual(JSON.parse(text));
	});

	it('leaves digits inside strings alone, escaped quotes included', () => {
		const text = '{"note":"id \\"12345678901234567891\\" here","path":"a\\\\","after":12345678901234567891}';
		expect(parseJsonExactly(text)).toEqual({ note: 'id "12345678901234567891" here', path: 'a\\', after: '12345678901234567891' });
	});

	it('throws on text that is not JSON, as JSON.parse does', () => {
		expect(() => parseJsonExactly('{oops')).toThrow(SyntaxError);
		expect(() => parseJsonExactly('{"a":12345678901234567891')).toThrow(SyntaxError);
	});
});

describe('IncsTrigger: large INCS IDs arrive exactly', () => {
	it('Message Created keeps bigint message and custom IDs digit for digit, simplified and raw', async () => {
		const text =
			'{"event":"message_created","message":{"id":12345678901234567891,"auth_id":99999,"conversation_id":1,"session_type":1,' +
			'"send_id":"99999_85200000001","recv_id":"staff_0001","type":110,"custom_type":11002,"custom_id":98765432109876543210,' +
			'"channel_msg_id":"wamid.X","channel_status":1,"content":"{}","error":"","source":1,' +
			'"created_at":"2030-01-01T00:00:00Z","updated_at":"2030-01-01T00:00:00Z"}}';
		for (const simplify of [true, false]) {
			const call = await callWebhook({
				nodeType: new IncsTrigger(),
				parameters: { events: KNOWN_EVENTS, simplify },
				request: { body: text, contentType: 'application/json' },
			});
			const json = call.items[0].json;
			if (simplify) expect(json).toMatchObject({ messageId: '12345678901234567891', customId: '98765432109876543210' });
			else expect(json).toMatchObject({ message: { id: '12345678901234567891', custom_id: '98765432109876543210', auth_id: 99999 } });
		}
	});
});
