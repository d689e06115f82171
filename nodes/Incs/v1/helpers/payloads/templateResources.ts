/** Templates as INCS lists and returns them (INCS "WABA API" (template resource) and INCS "RCS Templates API" (template resource and statuses)); only the fields sends use. */

/** A Meta-style template definition component (uppercase `type`, INCS "WABA API: Create template", sends use lowercase, definitions uppercase). */
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
