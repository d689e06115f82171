/**
 * Where a value sits, in the words the user needs. A template built with the form is described by
 * the field labels the user sees (`Cards › Card 3 › Suggestions › Suggestion 2 › Text`); one given
 * as JSON by its JSON path (`Content (JSON) › carouselCard[2].suggestions[1].text`). Validators
 * walk both at once so one validator serves both input modes.
 */
export class FieldPath {
	private constructor(
		private readonly mode: 'form' | 'json',
		private readonly labels: readonly string[],
		private readonly root: string,
		private readonly jsonPath: string,
	) {}

	/** Paths for values entered in the node's fields; `labels` name the enclosing fields, if any. */
	static form(...labels: string[]): FieldPath {
		return new FieldPath('form', labels, '', '');
	}

	/** Paths inside the JSON the user entered in the field labelled `root`. */
	static json(root: string): FieldPath {
		return new FieldPath('json', [], root, '');
	}

	get isJson(): boolean {
		return this.mode === 'json';
	}

	/** A named property: `label` in the form (omitted when the form has no field for it), `key` in JSON. */
	field(label: string | undefined, key: string): FieldPath {
		const labels = label === undefined ? this.labels : [...this.labels, label];
		const jsonPath = this.jsonPath === '' ? key : `${this.jsonPath}.${key}`;
		return new FieldPath(this.mode, labels, this.root, jsonPath);
	}

	/** An entry of a list: `Card 3` in the form (omitted without a label), `[2]` in JSON. */
	entry(label: string | undefined, index: number): FieldPath {
		const labels = label === undefined ? this.labels : [...this.labels, `${label} ${index + 1}`];
		return new FieldPath(this.mode, labels, this.root, `${this.jsonPath}[${index}]`);
	}

	toString(): string {
		if (this.mode === 'form') return this.labels.join(' › ');
		return this.jsonPath === '' ? this.root : `${this.root} › ${this.jsonPath}`;
	}
}

/** `Cards › Card 3 › Button URL`: a form path written in one call, an entry as `[label, index]`. */
export function fieldPath(...parts: Array<string | [string, number]>): string {
	const path = parts.reduce(
		(at, part) => (typeof part === 'string' ? at.field(part, part) : at.entry(part[0], part[1])),
		FieldPath.form(),
	);
	return String(path);
}
