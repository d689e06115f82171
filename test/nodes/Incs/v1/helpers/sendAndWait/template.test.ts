import { responseLinks } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/links';
import { checkResponseSetup } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/setup';
import {
	responseButtonFieldIds,
	responseButtonValues,
	responseLinkCount,
	suggestedButtonUrl,
	withResponseButtons,
} from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/template';
import type { ResponseLink } from '../../../../../../nodes/Incs/v1/helpers/sendAndWait/types';

const APPROVE = 'https://n8n.example.com/webhook-waiting/71/node-1?approved=true&signature=aa';
const DECLINE = 'https://n8n.example.com/webhook-waiting/71/node-1?approved=false&signature=bb';
const links: ResponseLink[] = [
	{ label: 'Approve', url: APPROVE, approved: true },
	{ label: 'Decline', url: DECLINE, approved: false },
];
const template = (...urls: string[]) => [
	{ type: 'BODY', text: 'Publish {{1}}?' },
	{
		type: 'BUTTONS',
		buttons: [{ type: 'QUICK_REPLY', text: 'Stop' }, ...urls.map((url, i) => ({ type: 'URL', text: i === 0 ? 'Approve' : 'Decline', url }))],
	},
];

describe('which URL buttons the editor leaves to the node', () => {
	it.each([
		[undefined, undefined],
		['approval', undefined],
		['approval', 'single'],
		['approval', 'double'],
		['freeText', 'double'],
		['customForm', undefined],
	])('response type %s, approval %s: as many as the question has links', (responseType, approvalType) => {
		const setup = checkResponseSetup({
			responseType,
			approvalOptions: { values: { approvalType } },
			formFields: { values: [{ fieldLabel: 'Budget' }] },
		});
		expect(responseLinkCount(responseType, approvalType)).toBe(responseLinks(setup, () => 'https://n8n.example.com/x').length);
	});

	it('the first variable URL buttons, by their field ids; quick replies are not counted', () => {
		const components = template('https://n8n.example.com/webhook-waiting/{{1}}', 'https://n8n.example.com/webhook-waiting/{{1}}');
		expect(responseButtonFieldIds(components, 1)).toEqual(['button_1_url_suffix']);
		expect(responseButtonFieldIds(components, 2)).toEqual(['button_1_url_suffix', 'button_2_url_suffix']);
		expect(responseButtonFieldIds(components, 3)).toEqual(['button_1_url_suffix', 'button_2_url_suffix']);
	});
});

describe('response links in a template', () => {
	it('each link goes into the next URL button with a variable, as the rest of the link after the button URL', () => {
		const components = template('https://n8n.example.com/webhook-waiting/{{1}}', 'https://n8n.example.com/webhook-waiting/{{1}}');
		expect(responseButtonValues(components, links)).toEqual({
			button_1_url_suffix: '71/node-1?approved=true&signature=aa',
			button_2_url_suffix: '71/node-1?approved=false&signature=bb',
		});
	});

	it('a template with too few URL buttons names what it needs and the URL to use', () => {
		expect(() => responseButtonValues(template('https://n8n.example.com/webhook-waiting/{{1}}'), links)).toThrow(
			'Template: it has 1 URL button with a variable; this question needs 2 ("Approve" and "Decline")',
		);
		try {
			responseButtonValues(template(), links);
		} catch (error) {
			expect((error as { fix: string }).fix).toBe('Pick a template with 2 URL buttons whose URL is https://n8n.example.com/webhook-waiting/{{1}}');
		}
	});

	it('a button that opens another address is refused', () => {
		expect(() => responseButtonValues(template('https://example.com/shop/{{1}}'), links.slice(0, 1))).toThrow(
			`Template: its button "Approve" opens https://example.com/shop/{{1}}, which cannot carry this n8n's response link`,
		);
	});

	it('suggests the URL from the link', () => {
		expect(suggestedButtonUrl(APPROVE)).toBe('https://n8n.example.com/webhook-waiting/{{1}}');
	});

	it('components given as JSON: the response buttons replace those given for the same buttons', () => {
		const given = [
			{ type: 'body' as const, parameters: [{ type: 'text' as const, text: 'the campaign' }] },
			{ type: 'button' as const, sub_type: 'url' as const, index: '1', parameters: [{ type: 'text' as const, text: 'x' }] },
		];
		expect(withResponseButtons(given, { button_1_url_suffix: 'a', button_2_url_suffix: 'b' })).toEqual([
			given[0],
			{ type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'a' }] },
			{ type: 'button', sub_type: 'url', index: '2', parameters: [{ type: 'text', text: 'b' }] },
		]);
	});
});
