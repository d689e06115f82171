import type { IDataObject } from 'n8n-workflow';

import { ValidationError } from '../../validation/error';
import type { FieldPath } from '../../validation/fieldPath';

/**
 * Rejects keys INCS does not document for this object. In JSON mode a typo such as `cardTittle`
 * would otherwise be dropped silently and the template reviewed without that value.
 */
export function checkKnownKeys(path: FieldPath, object: IDataObject, allowed: readonly string[], what: string): void {
	const unknown = Object.keys(object).filter((key) => !allowed.includes(key));
	if (unknown.length === 0) return;
	throw new ValidationError(
		String(path.field(undefined, unknown[0])),
		`"${unknown[0]}" is not a field of ${what}`,
		`Use only these fields: ${allowed.join(', ')}. Check the spelling.`,
	);
}
