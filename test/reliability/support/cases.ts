import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

/** Parameters the node must refuse, and the field its error must name. */
export interface InvalidCase {
	/** What the generator broke, shown with a counterexample. */
	label: string;
	parameters: INodeParameters;
	/** The field as the error names it: `Invalid "<field>" in item N: …`. */
	field: string;
	/** The label goes on after `field` (template variables carry the template text around them). */
	fieldIsPrefix?: boolean;
	/** The template must be read to find the mistake (mapped variables, JSON by ID); nothing else may be requested. */
	readsTemplate?: boolean;
}

/** What a valid send must come to: INCS accepts it for this number, channel and type. */
export interface ValidSend {
	label: string;
	parameters: INodeParameters;
	/** Items the node gets (template variables mapped automatically read them); one empty item by default. */
	inputItems?: INodeExecutionData[];
	channel: 'whatsapp' | 'viber' | 'rcs';
	/** The digits INCS receives. */
	to: string;
	type: string;
}

/** A template the node must create: its parameters and the name INCS must then hold. */
export interface ValidTemplate {
	label: string;
	parameters: INodeParameters;
	name: string;
}

export function invalidCase(label: string, field: string, parameters: INodeParameters, extra: Partial<InvalidCase> = {}): InvalidCase {
	return { label, field, parameters, ...extra };
}
