import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../descriptions/options';
import { API_PATHS } from '../../transport/api';
import { apiRequest } from '../../transport';
import type { RunSettings } from '../operation';

export const description: INodeProperties[] = [optionsCollection()];

/** The WABA account behind the certification code (INCS "WABA API: Account info"); returned as INCS sends it. */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
	settings: RunSettings,
): Promise<IDataObject> {
	const data = await apiRequest.call(
		this,
		{ api: 'management', method: 'GET', path: API_PATHS.account },
		{ ...settings.transport, itemIndex },
	);
	if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as IDataObject;
	return { account: data as IDataObject['account'] };
}
