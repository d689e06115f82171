import type { IDataObject } from 'n8n-workflow';

import { templateFilter } from '../../../../../../nodes/Incs/v1/helpers/templates/filters';
import { simplifyRcsTemplate } from '../../../../../../nodes/Incs/v1/helpers/templates/rcs/simplify';
import { unixSecondsToIso as unixToIso } from '../../../../../../nodes/shared/unixTime';
import { simplifyWabaTemplate } from '../../../../../../nodes/Incs/v1/helpers/templates/whatsApp/simplify';
import { templateFixture } from './fixtures';

describe('template outputs', () => {
	it('turns Unix seconds into ISO dates and 0 into null', () => {
		expect(unixToIso(1900000000)).toBe('2030-03-17T17:46:40.000Z');
		expect(unixToIso('1900000000')).toBe('2030-03-17T17:46:40.000Z');
		expect(unixToIso(0)).toBeNull();
		expect(unixToIso(undefined)).toBeNull();
		expect(unixToIso('soon')).toBeNull();
	});

	it('simplifies a WhatsApp template', () => {
		expect(simplifyWabaTemplate(templateFixture('waba_templates.get.success').data as IDataObject)).toEqual({
			id: '1000000000000001',
			name: 'fake_api_template_1',
			status: 'APPROVED',
			category: 'MARKETING',
			language: 'en_US',
			quality: null,
			createdAt: '2030-03-17T17:46:40.000Z',
			updatedAt: '2030-03-17T17:46:54.000Z',
			statusUpdatedAt: '2030-03-17T17:48:20.000Z',
		});
	});

	it('simplifies an RCS template, with null category when INCS leaves it out', () => {
		expect(simplifyRcsTemplate(templateFixture('rcs_templates.create.success').data as IDataObject)).toEqual({
			id: '2000000000000000001',
			name: 'fake_text_tpl',
			status: 'PENDING',
			category: null,
			type: 'text',
			createdAt: '2030-03-17T17:46:40.000Z',
			updatedAt: '2030-03-17T17:46:40.000Z',
			statusUpdatedAt: null,
		});
	});
});

describe('Get Many filters', () => {
	const templates = [
		{ name: 'Order_Ready', status: 'APPROVED', category: 'UTILITY', language: 'en_US', type: 'text' },
		{ name: 'promo', status: 'PENDING', category: 'MARKETING', language: 'pt_BR', type: 'carousel' },
		{ name: 'order_late', status: 'REJECTED', category: 'UTILITY', language: 'en_US', type: 'richcard' },
	];
	const names = (filter: ReturnType<typeof templateFilter>) => templates.filter(filter ?? (() => true)).map((t) => t.name);

	it('returns no filter when none is set', () => {
		expect(templateFilter({})).toBeUndefined();
		expect(templateFilter({ statuses: [], nameContains: '  ' })).toBeUndefined();
	});

	it('applies every filter together', () => {
		expect(names(templateFilter({ statuses: ['APPROVED', 'REJECTED'] }))).toEqual(['Order_Ready', 'order_late']);
		expect(names(templateFilter({ category: 'UTILITY', language: 'en_us' }))).toEqual(['Order_Ready', 'order_late']);
		expect(names(templateFilter({ nameContains: 'ORDER', statuses: ['REJECTED'] }))).toEqual(['order_late']);
		expect(names(templateFilter({ type: 'carousel' }))).toEqual(['promo']);
	});
});
