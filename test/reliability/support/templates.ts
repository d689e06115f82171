import type { INodeParameterResourceLocator } from 'n8n-workflow';

import { SEED_RCS_TEMPLATES, SEED_WABA_TEMPLATES, type Simulator } from '../../../simulator';
import { RCS_FIRST_ID, WABA_FIRST_ID } from '../../../simulator/ids';

/** The ID the simulator gave a seeded (or added) template, looked up by name. */
export function templateId(sim: Simulator, kind: 'waba' | 'rcs', name: string): string {
	const store = kind === 'waba' ? sim.state.waba : sim.state.rcs;
	const [template] = store.findByName(name);
	if (template === undefined) throw new Error(`no ${kind} template named ${name} in the simulator`);
	return template.template_id;
}

/** The template picker's value for "By ID". */
export function byId(id: string): INodeParameterResourceLocator {
	return { __rl: true, mode: 'id', value: id };
}

/** Fills the simulator's stores past one page (100) so Get Many has to page. */
export function addApprovedTemplates(sim: Simulator, kind: 'waba' | 'rcs', count: number): void {
	for (let index = 0; index < count; index++) {
		const name = `bulk_${String(index).padStart(3, '0')}`;
		if (kind === 'waba') {
			sim.state.createWabaTemplate({ name, language: 'en_US', category: 'UTILITY', components: [{ type: 'BODY', text: `Bulk ${index}` }] }, 'APPROVED');
		} else {
			sim.state.createRcsTemplate({ name, type: 'text', category: 'TRANSACTION', content: { textMessage: `Bulk ${index}` } }, 'APPROVED');
		}
	}
}

/**
 * The ID a seeded template gets after every reset: the simulator numbers the seeds in order from
 * its first ID. Generators need IDs before the simulator runs; `templateId` confirms them at run time.
 */
export function seededId(kind: 'waba' | 'rcs', name: string): string {
	const seeds = (kind === 'waba' ? SEED_WABA_TEMPLATES : SEED_RCS_TEMPLATES) as Array<{ name: string }>;
	const index = seeds.findIndex((seed) => seed.name === name);
	if (index === -1) throw new Error(`no seeded ${kind} template named ${name}`);
	return ((kind === 'waba' ? WABA_FIRST_ID : RCS_FIRST_ID) + BigInt(index)).toString();
}

/** The ID the first template created after the seeds gets. */
export function idAfterSeeds(kind: 'waba' | 'rcs'): string {
	const seeds = kind === 'waba' ? SEED_WABA_TEMPLATES : SEED_RCS_TEMPLATES;
	return ((kind === 'waba' ? WABA_FIRST_ID : RCS_FIRST_ID) + BigInt(seeds.length)).toString();
}

export const PENDING_TEMPLATE_NAME = 'pending_notice';

/** A WhatsApp and an RCS template still under review, which a send must refuse; returns their IDs. */
export function addPendingTemplates(sim: Simulator): { waba: string; rcs: string } {
	const waba = sim.state.createWabaTemplate(
		{ name: PENDING_TEMPLATE_NAME, language: 'en_US', category: 'UTILITY', components: [{ type: 'BODY', text: 'Still in review.' }] },
		'PENDING',
	);
	const rcs = sim.state.createRcsTemplate({ name: PENDING_TEMPLATE_NAME, type: 'text', category: 'TRANSACTION', content: { textMessage: 'Still in review.' } }, 'PENDING');
	return { waba: waba.template_id, rcs: rcs.template_id };
}
