/**
 * Field labels as the user sees them in the node. Descriptions and validators share them, so an
 * error always names the field exactly as it is labelled.
 */
export const LABELS = {
	text: 'Text',
	mediaUrl: 'Media URL',
	caption: 'Caption',
	filename: 'File Name',
	bodyText: 'Body Text',
	footerText: 'Footer Text',
	headerType: 'Header Type',
	headerText: 'Header Text',
	headerMediaUrl: 'Header Media URL',
	buttons: 'Buttons',
	button: 'Button',
	buttonId: 'ID',
	buttonTitle: 'Title',
	listButtonText: 'List Button Text',
	sections: 'Sections',
	section: 'Section',
	sectionTitle: 'Title',
	rows: 'Rows',
	row: 'Row',
	rowId: 'ID',
	rowTitle: 'Title',
	rowDescription: 'Description',
	ctaDisplayText: 'Button Text',
	ctaUrl: 'Button URL',
	cards: 'Cards',
	card: 'Card',
	cardHeaderType: 'Media Type',
	cardMediaUrl: 'Media URL',
	cardBodyText: 'Body Text',
	otpCode: 'Code',
	otpLanguage: 'Language',
	otpExpiration: 'Code Expiration (Minutes)',
	variables: 'Variables',
	componentsJson: 'Components (JSON)',
	parametersJson: 'Parameters (JSON)',
} as const;

/** `Cards › Card 3 › Button URL`: the path to a nested value, counting from 1 as people do. */
export function fieldPath(...parts: Array<string | [string, number]>): string {
	return parts.map((part) => (typeof part === 'string' ? part : `${part[0]} ${part[1] + 1}`)).join(' › ');
}
