import { readFileSync } from 'fs';
import { join } from 'path';
import type { IDataObject } from 'n8n-workflow';

/** A callback fixture (copied from the INCS API reference's fixtures) by file name, without `.json`. */
export function loadCallback(name: string): IDataObject {
	return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as IDataObject;
}

/** Every event but Any Other Event: a callback the node cannot read as one of these starts no run. */
export const KNOWN_EVENTS = [
	'message_created',
	'message_status_update',
	'new_rcs_message',
	'new_whatsapp_message',
	'template_category_update',
	'template_quality_update',
	'template_status_update',
];
