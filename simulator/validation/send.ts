// What every channel validator needs and returns.

import type { RcsTemplate, WabaTemplate } from '../templateStore';

export interface SendContext {
	findWabaTemplates(name: string): WabaTemplate[];
	findRcsTemplates(name: string): RcsTemplate[];
	rcsAgentId: string;
}

export interface ValidatedSend {
	to: string;
	type: string;
	templateName?: string;
}
