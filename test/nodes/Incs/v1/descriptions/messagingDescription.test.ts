import type { INodeProperties } from 'n8n-workflow';

import { Incs } from '../../../../../nodes/Incs/Incs.node';
import { WHATSAPP_INTERACTIVE_BODY_MAX, WHATSAPP_TEXT_MAX } from '../../../../../nodes/Incs/v1/helpers/constants/whatsapp';
import { VIBER_TEXT_MAX } from '../../../../../nodes/Incs/v1/helpers/constants/viber';

const properties = (new Incs().nodeVersions[1].description.properties ?? []) as INodeProperties[];

function find(resource: string, operation: string, name: string, extra: Record<string, string> = {}): INodeProperties[] {
	return properties.filter((property) => {
		const show = property.displayOptions?.show ?? {};
		const matches = (key: string, value: string) => !show[key] || (show[key] as unknown[]).includes(value);
		return (
			property.name === name &&
			matches('resource', resource) &&
			matches('operation', operation) &&
			Object.entries(extra).every(([key, value]) => matches(key, value))
		);
	});
}

describe('messaging fields in the node description', () => {
	it('every messaging field is shown only for its resource and operation', () => {
		for (const resource of ['whatsAppMessage', 'viberMessage', 'rcsMessage']) {
			const own = properties.filter((property) => (property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource));
			expect(own.length).toBeGreaterThan(3);
			for (const property of own.filter((p) => p.name !== 'operation')) {
				expect(property.displayOptions?.show?.operation).toBeDefined();
			}
		}
	});

	it('hints show the same limits the validators use', () => {
		expect(find('whatsAppMessage', 'send', 'text', { messageType: 'text' })[0].hint).toBe(`Up to ${WHATSAPP_TEXT_MAX.toLocaleString('en-US')} characters`);
		expect(find('viberMessage', 'send', 'text', { messageType: 'text' })[0].hint).toBe('Up to 1,000 characters');
		expect(VIBER_TEXT_MAX).toBe(1000);
		expect(find('whatsAppMessage', 'send', 'bodyText', { messageType: 'interactive', interactiveType: 'list' })[0].hint).toBe(
			`Up to ${WHATSAPP_INTERACTIVE_BODY_MAX.list.toLocaleString('en-US')} characters`,
		);
		expect(find('whatsAppMessage', 'send', 'mediaUrl', { messageType: 'video' })[0].hint).toBe('3GP or MP4; H.264 video; at most 16 MB (INCS)');
		expect(find('viberMessage', 'send', 'mediaUrl', { messageType: 'image' })[0].hint).toBe('PNG, JPEG, JPG or GIF; at most 200 MB');
		expect(find('rcsMessage', 'send', 'mediaUrl', { messageType: 'document' })[0].hint).toBe('PDF; PDF only (INCS)');
	});

	it('fields INCS does not document stay, and their hints say so and what to do if INCS refuses them', () => {
		for (const type of ['image', 'video', 'document']) {
			expect(find('whatsAppMessage', 'send', 'caption', { messageType: type })[0].hint).toBe(
				"Optional, up to 1,024 characters. INCS does not document captions (Meta's Cloud API takes them): if INCS refuses the message, leave this empty.",
			);
		}
		expect(find('whatsAppMessage', 'send', 'filename', { messageType: 'document' })[0].hint).toBe(
			"Optional. INCS does not document file names (Meta's Cloud API takes them): if INCS refuses the message, leave this empty.",
		);
		const body = properties.find((property) => property.name === 'bodyText' && (property.displayOptions?.show?.resource as string[] | undefined)?.includes('whatsAppTemplate'));
		expect(body?.hint).toContain(
			"Named variables such as {{first_name}} are Meta's; INCS documents only {{1}}, {{2}}, …: if INCS refuses the template, number the variables instead.",
		);
	});

	it('the interactive groups leave their maximums to the node, which names field and item (n8n would name neither)', () => {
		for (const name of ['buttons', 'sections', 'cards']) {
			const group = properties.find((property) => property.name === name && property.type === 'fixedCollection');
			expect(group?.typeOptions?.maxAllowedFields).toBeUndefined();
		}
	});

	it('template sends use the picker, the approval box and the generated variable fields', () => {
		for (const [resource, method] of [
			['whatsAppMessage', 'getWhatsAppTemplateVariables'],
			['rcsMessage', 'getRcsTemplateVariables'],
		]) {
			expect(find(resource, 'sendTemplate', 'template')[0].type).toBe('resourceLocator');
			expect(find(resource, 'sendTemplate', 'includeUnapprovedTemplates')[0].default).toBe(false);
			const variables = find(resource, 'sendTemplate', 'variables')[0];
			expect(variables.typeOptions?.resourceMapper).toMatchObject({ resourceMapperMethod: method, mode: 'add' });
			expect(variables.typeOptions?.loadOptionsDependsOn).toEqual(['template.value']);
		}
	});

	it('the node offers every method the fields name', () => {
		const methods = new Incs().nodeVersions[1].methods;
		expect(Object.keys(methods?.listSearch ?? {})).toEqual(expect.arrayContaining(['searchWhatsAppTemplates', 'searchRcsTemplates']));
		expect(Object.keys(methods?.resourceMapping ?? {})).toEqual(expect.arrayContaining(['getWhatsAppTemplateVariables', 'getRcsTemplateVariables']));
	});
});
