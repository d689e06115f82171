// The INCS routes. Both API groups share one port (the paths do not collide).

import { getAccount } from './handlers/account';
import { sendMessage } from './handlers/messages';
import * as templates from './handlers/templates';
import type { ApiHandler } from './handlers/types';

interface Route {
	method: string;
	pattern: RegExp;
	handler: ApiHandler;
}

const ID = '([^/]+)';

// Order matters: /external/templates/rcs must win over /external/templates/{id}.
const ROUTES: Route[] = [
	{ method: 'POST', pattern: /^\/external\/messages\/whatsapp$/, handler: sendMessage('whatsapp') },
	{ method: 'POST', pattern: /^\/external\/messages\/viber$/, handler: sendMessage('viber') },
	{ method: 'POST', pattern: /^\/external\/messages\/rcs$/, handler: sendMessage('rcs') },
	{ method: 'GET', pattern: /^\/external\/account$/, handler: getAccount },
	{ method: 'POST', pattern: /^\/external\/templates\/rcs$/, handler: templates.createRcsTemplate },
	{ method: 'GET', pattern: /^\/external\/templates\/rcs$/, handler: templates.listRcsTemplates },
	{ method: 'GET', pattern: new RegExp(`^/external/templates/rcs/${ID}$`), handler: templates.getRcsTemplate },
	{ method: 'DELETE', pattern: new RegExp(`^/external/templates/rcs/${ID}$`), handler: templates.deleteRcsTemplate },
	{ method: 'POST', pattern: /^\/external\/templates$/, handler: templates.createWabaTemplate },
	{ method: 'GET', pattern: /^\/external\/templates$/, handler: templates.listWabaTemplates },
	{ method: 'GET', pattern: new RegExp(`^/external/templates/${ID}$`), handler: templates.getWabaTemplate },
	{ method: 'DELETE', pattern: new RegExp(`^/external/templates/${ID}$`), handler: templates.deleteWabaTemplate },
];

export interface RouteMatch {
	handler: ApiHandler;
	params: Record<string, string>;
}

export function matchRoute(method: string, path: string): RouteMatch | null {
	for (const route of ROUTES) {
		if (route.method !== method) continue;
		const match = route.pattern.exec(path);
		if (match) return { handler: route.handler, params: match[1] === undefined ? {} : { id: decodeURIComponent(match[1]) } };
	}
	return null;
}
