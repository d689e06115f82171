import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';
import type nock from 'nock';

/** A copy of an INCS fixture (REFERENCE §14) from test/nodes/Incs/v1/fixtures/templates. */
export function templateFixture(name: string): IDataObject {
	return JSON.parse(readFileSync(path.join(__dirname, '../../fixtures/templates', `${name}.json`), 'utf8')) as IDataObject;
}

/** A request fixture as a nock body matcher: the exact JSON the node must send. */
export function requestFixture(name: string): nock.DataMatcherMap {
	return templateFixture(name) as nock.DataMatcherMap;
}
