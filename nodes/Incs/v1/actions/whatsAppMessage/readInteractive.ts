import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { WHATSAPP_INTERACTIVE_TYPES } from '../../helpers/constants/whatsapp';
import { unreachable } from '../../helpers/exhaustive';
import type { InteractiveInput } from '../../helpers/payloads/whatsAppInteractive';
import { checkOneOf } from '../../helpers/validation/values';

/** Entries of a fixedCollection, e.g. `buttons.button`; an absent collection is empty. */
function entries(context: IExecuteFunctions, path: string, itemIndex: number): IDataObject[] {
	const value = context.getNodeParameter(path, itemIndex, []);
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

function nestedEntries(value: unknown, key: string): IDataObject[] {
	if (typeof value !== 'object' || value === null) return [];
	const list = (value as IDataObject)[key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
}

/** Reads the interactive fields of one item; only the chosen kind's fields are read. */
export function readInteractiveInput(context: IExecuteFunctions, itemIndex: number): InteractiveInput {
	const read = (name: string) => context.getNodeParameter(name, itemIndex, '');
	const interactiveType = checkOneOf('Interactive Type', read('interactiveType'), WHATSAPP_INTERACTIVE_TYPES);
	const input: InteractiveInput = { interactiveType, bodyText: read('bodyText') };
	if (interactiveType !== 'carousel') {
		input.headerType = read('headerType') || 'none';
		input.headerText = read('headerText');
		input.headerMediaUrl = read('headerMediaUrl');
		input.footerText = read('footerText');
	}
	switch (interactiveType) {
		case 'button':
			input.buttons = entries(context, 'buttons.button', itemIndex);
			break;
		case 'list':
			input.listButtonText = read('listButtonText');
			input.sections = entries(context, 'sections.section', itemIndex).map((section) => ({
				title: section.title,
				rows: nestedEntries(section.rows, 'row'),
			}));
			break;
		case 'cta_url':
			input.ctaDisplayText = read('ctaDisplayText');
			input.ctaUrl = read('ctaUrl');
			break;
		case 'carousel':
			// One media type for the carousel; a card saved with its own type (older workflows) keeps it.
			input.cards = entries(context, 'cards.card', itemIndex).map((card) => ({
				...card,
				headerType: card.headerType ?? (context.getNodeParameter('carouselMediaType', itemIndex, 'image') as string),
			}));
			break;
		default:
			unreachable(interactiveType);
	}
	return input;
}
