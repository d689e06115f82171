import { keepWhatsAppVariables, keepWhatsAppVariablesDeep, pastedVariablesOf } from '../../../../../../../nodes/Incs/v1/helpers/templates/whatsApp/pastedVariables';

/** What the rewritten block reads as once n8n evaluates it: the escaped braces are braces again. */
const evaluated = (expression: string): string => expression.replace(/\{\{ "((?:\\u007[bd]|[^"])*)" \}\}/g, (_, text: string) => JSON.parse(`"${text}"`) as string);

describe('WhatsApp variables in a field n8n made an expression', () => {
	it.each([
		['=Hi {{1}}, use {{2}}', 'Hi {{1}}, use {{2}}'],
		['=Summer {{ 1 }}', 'Summer {{1}}'],
		['=Hi {{first_name}}', 'Hi {{first_name}}'],
		['=https://example.com/shop/{{1}}', 'https://example.com/shop/{{1}}'],
	])('%p keeps its variables: %p', (raw, text) => {
		const kept = keepWhatsAppVariables(raw);
		expect(kept).toBeDefined();
		expect(kept).not.toMatch(/\{\{\s*(\d+|[a-z_]+)\s*\}\}/);
		expect(evaluated((kept ?? '').slice(1))).toBe(text);
	});

	it('leaves the real expressions of the same text to n8n', () => {
		const kept = keepWhatsAppVariables('=Hi {{1}}, {{ $json.offer }} until {{ $now.plus(1, "day") }}') ?? '';
		expect(kept).toContain('{{ $json.offer }}');
		expect(kept).toContain('{{ $now.plus(1, "day") }}');
		expect(evaluated(kept.slice(1))).toBe('Hi {{1}}, {{ $json.offer }} until {{ $now.plus(1, "day") }}');
	});

	it.each([
		['a fixed text (typed, not pasted)', 'Hi {{1}}'],
		['an expression without variables', '={{ $json.body }}'],
		['JavaScript words on their own', '={{ true }} and {{ null }}'],
		['a capitalised name (not a WhatsApp variable)', '={{ Math }}'],
	])('%s is read as usual', (_case, raw) => {
		expect(keepWhatsAppVariables(raw)).toBeUndefined();
	});

	it('goes through a collection and changes only the entries that need it', () => {
		const raw = { button: [{ type: 'URL', text: '=Shop {{ $json.verb }}', url: '=https://example.com/{{1}}' }, { type: 'QUICK_REPLY', text: 'Stop' }] };
		const kept = keepWhatsAppVariablesDeep(raw) as { button: Array<{ type: string; text: string; url: string }> };
		expect(kept.button[0].text).toBe('=Shop {{ $json.verb }}');
		expect(evaluated(kept.button[0].url.slice(1))).toBe('https://example.com/{{1}}');
		expect(kept.button[1]).toEqual({ type: 'QUICK_REPLY', text: 'Stop' });
		expect(keepWhatsAppVariablesDeep({ button: [{ text: '=Shop {{ $json.verb }}' }] })).toBeUndefined();
		expect(keepWhatsAppVariablesDeep(42)).toBeUndefined();
	});

	it('names the variables of a pasted text once each, in the order written', () => {
		expect(pastedVariablesOf('=Hi {{2}}, {{ 1 }} and {{2}} again, {{ $json.x }} {{ null }}')).toEqual(['2', '1']);
		expect(pastedVariablesOf('Hi {{1}}')).toEqual([]);
	});
});
