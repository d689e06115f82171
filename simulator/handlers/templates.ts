// WABA (§6) and RCS (§8) template endpoints. Note the documented asymmetry: an unknown RCS
// template answers 400 on GET but 404 on DELETE (D6).

import { ApiError, CODE_BAD_REQUEST, CODE_NOT_FOUND, MESSAGE_TEMPLATE_NOT_FOUND } from '../envelope';
import { validateRcsTemplate } from '../validation/rcsTemplate';
import { validateWabaTemplate } from '../validation/wabaTemplate';
import { parsePage } from './paging';
import type { ApiHandler } from './types';

export const createWabaTemplate: ApiHandler = ({ body, state, entry }) => {
	const template = state.createWabaTemplate(validateWabaTemplate(body));
	entry.templateId = template.template_id;
	return template;
};

export const listWabaTemplates: ApiHandler = ({ query, state }) => {
	const { lastId, count } = parsePage(query);
	return state.waba.page(lastId, count);
};

export const getWabaTemplate: ApiHandler = ({ params, state }) => {
	const template = state.waba.get(params.id);
	if (!template) throw new ApiError(CODE_NOT_FOUND, MESSAGE_TEMPLATE_NOT_FOUND);
	return template;
};

export const deleteWabaTemplate: ApiHandler = ({ params, state, entry }) => {
	if (!state.waba.delete(params.id)) throw new ApiError(CODE_NOT_FOUND, MESSAGE_TEMPLATE_NOT_FOUND);
	entry.templateId = params.id;
	return {};
};

export const createRcsTemplate: ApiHandler = ({ body, state, entry }) => {
	const template = state.createRcsTemplate(validateRcsTemplate(body));
	entry.templateId = template.template_id;
	return template;
};

export const listRcsTemplates: ApiHandler = ({ query, state }) => {
	const { lastId, count } = parsePage(query);
	return state.rcs.page(lastId, count);
};

export const getRcsTemplate: ApiHandler = ({ params, state }) => {
	const template = state.rcs.get(params.id);
	if (!template) throw new ApiError(CODE_BAD_REQUEST, MESSAGE_TEMPLATE_NOT_FOUND);
	return template;
};

export const deleteRcsTemplate: ApiHandler = ({ params, state, entry }) => {
	if (!state.rcs.delete(params.id)) throw new ApiError(CODE_NOT_FOUND, MESSAGE_TEMPLATE_NOT_FOUND);
	entry.templateId = params.id;
	return {};
};
