import type { ResponseLink, ResponseSetup, SignLink } from './types';

/**
 * The links a message carries, in the order the person reads them. Approval links carry
 * `approved=true|false`; the form link carries `approved=true` as n8n's own nodes do. n8n signs
 * the whole URL, query included, so a person cannot turn a decline link into an approval.
 */
export function responseLinks(setup: ResponseSetup, sign: SignLink): ResponseLink[] {
	if (setup.responseType !== 'approval') {
		return [{ label: setup.respondLabel, url: sign({ approved: 'true' }), approved: true }];
	}
	const approve: ResponseLink = { label: setup.approveLabel, url: sign({ approved: 'true' }), approved: true };
	if (setup.approvalType === 'single') return [approve];
	return [approve, { label: setup.declineLabel, url: sign({ approved: 'false' }), approved: false }];
}
