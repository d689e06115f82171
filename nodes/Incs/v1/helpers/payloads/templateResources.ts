/** Templates as INCS lists and returns them (REFERENCE §6.5 and §8.5); only the fields sends use. */

/** A Meta-style template definition component (uppercase `type`, REFERENCE §6.1, D22). */
export type WabaDefinitionComponent = {
	type?: string;
	format?: string;
	text?: string;
	buttons?: Array<{ type?: string; text?: string; url?: string }>;
};

export type WabaTemplateResource = {
	template_id: string;
	name: string;
	language?: string;
	category?: string;
	status?: string;
	components?: WabaDefinitionComponent[];
};

export type RcsTemplateResource = {
	template_id: string;
	name: string;
	type?: string;
	category?: string;
	status?: string;
	content?: unknown;
};
