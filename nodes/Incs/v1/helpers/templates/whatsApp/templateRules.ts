import type { IDataObject } from 'n8n-workflow';

import type { WabaTemplateCategory } from '../../constants/whatsappTemplate';
import { ValidationError } from '../../validation/error';
import type { FieldPath } from '../../validation/fieldPath';
import { analyzeVariables } from './variables';
import type { WabaComponent } from './types';
import { LABELS } from '../../labels';

/**
 * Rules that span components, checked once the components themselves are valid:
 * - Meta takes numbered or named variables for a whole template, never a mix across header and body;
 * - copy-code (coupon) buttons exist only in Marketing templates.
 */
export function checkTemplateWideRules(
	root: FieldPath,
	components: Array<WabaComponent | IDataObject>,
	category: WabaTemplateCategory,
): void {
	const indexOf = (type: string) => components.findIndex((component) => component.type === type);
	const textOf = (index: number) => (index === -1 ? '' : String((components[index] as IDataObject).text ?? ''));

	const headerIndex = indexOf('HEADER');
	const bodyIndex = indexOf('BODY');
	const headerKind = analyzeVariables(LABELS.headerText, textOf(headerIndex)).kind;
	const bodyKind = analyzeVariables(LABELS.bodyText, textOf(bodyIndex)).kind;
	if (headerKind !== 'none' && bodyKind !== 'none' && headerKind !== bodyKind) {
		const describe = (kind: string) => (kind === 'named' ? 'named variables ({{first_name}})' : 'numbered variables ({{1}})');
		throw new ValidationError(
			String(root.entry(undefined, headerIndex).field(LABELS.headerText, 'text')),
			`it uses ${describe(headerKind)} while the body uses ${describe(bodyKind)}`,
			'Use one kind of variable in the whole template: numbered ({{1}}, {{2}}) or named ({{first_name}}).',
		);
	}

	if (category === 'MARKETING') return;
	const buttonsIndex = indexOf('BUTTONS');
	if (buttonsIndex === -1) return;
	const buttons = ((components[buttonsIndex] as IDataObject).buttons ?? []) as IDataObject[];
	const copyCode = buttons.findIndex((button) => button.type === 'COPY_CODE');
	if (copyCode !== -1) {
		throw new ValidationError(
			String(root.entry(undefined, buttonsIndex).field(LABELS.buttons, 'buttons').entry(LABELS.button, copyCode).field(LABELS.buttonType, 'type')),
			`a Copy Code button is only allowed in Marketing templates; this one is ${category}`,
			'Set Category to Marketing, or use another button type.',
		);
	}
}
