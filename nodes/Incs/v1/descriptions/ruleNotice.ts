import type { INodeProperties } from 'n8n-workflow';

/**
 * A count or same-kind rule printed right above the list it governs. n8n shows a list's
 * (fixedCollection's) description only as a "?" tooltip and draws no hint under it, so a notice is
 * the one way to keep the rule in sight where the user adds entries.
 */
export function ruleNotice(list: INodeProperties, rule: string): INodeProperties[] {
	const notice: INodeProperties = { displayName: rule, name: `${list.name}Rule`, type: 'notice', default: '' };
	if (list.displayOptions !== undefined) notice.displayOptions = list.displayOptions;
	return [notice, { ...list, description: rule }];
}
