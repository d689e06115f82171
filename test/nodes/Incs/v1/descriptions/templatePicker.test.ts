import {
	includeUnapprovedTemplatesField,
	rcsTemplateLocator,
	resolveTemplateLocator,
	whatsAppTemplateLocator,
} from '../../../../../nodes/Incs/v1/descriptions/templatePicker';

describe('template pickers', () => {
	it('list, name and ID modes over the right search method', () => {
		const whatsApp = whatsAppTemplateLocator();
		expect(whatsApp).toMatchObject({ name: 'template', type: 'resourceLocator', default: { mode: 'list', value: '' } });
		expect(whatsApp.modes?.map((mode) => mode.name)).toEqual(['list', 'name', 'id']);
		expect(whatsApp.modes?.[0].typeOptions).toEqual({ searchListMethod: 'searchWhatsAppTemplates', searchable: true });
		expect(rcsTemplateLocator().modes?.[0].typeOptions).toEqual({ searchListMethod: 'searchRcsTemplates', searchable: true });
	});

	it('takes overrides for other operations', () => {
		expect(whatsAppTemplateLocator({ name: 'templateId', description: 'Which one' })).toMatchObject({ name: 'templateId', description: 'Which one' });
		expect(includeUnapprovedTemplatesField()).toMatchObject({ name: 'includeUnapprovedTemplates', type: 'boolean', default: false });
	});
});

describe('resolveTemplateLocator', () => {
	it.each([
		[{ __rl: true, mode: 'list', value: '1000000000000001' }, { id: '1000000000000001' }],
		[{ __rl: true, mode: 'id', value: ' 1000000000000001 ' }, { id: '1000000000000001' }],
		[{ __rl: true, mode: 'name', value: 'order_ready_notice' }, { name: 'order_ready_notice' }],
		[{ __rl: true, mode: 'name', value: '12345' }, { name: '12345' }],
		['1000000000000001', { id: '1000000000000001' }],
		['order_ready_notice', { name: 'order_ready_notice' }],
		[1000000000000001, { id: '1000000000000001' }],
	])('%p → %p', (value, reference) => {
		expect(resolveTemplateLocator(value)).toEqual(reference);
	});

	it.each([
		[{ __rl: true, mode: 'list', value: '' }, 'Template: no template is selected'],
		[undefined, 'Template: no template is selected'],
		[{ __rl: true, mode: 'id', value: 'order_ready' }, 'Template: "order_ready" is not a template ID (IDs have digits only)'],
	])('rejects %p', (value, message) => {
		expect(() => resolveTemplateLocator(value)).toThrow(message);
	});
});
