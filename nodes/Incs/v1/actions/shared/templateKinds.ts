import { API_PATHS } from '../constants/api';
import { simplifyRcsTemplate } from './rcs/simplify';
import type { TemplateKind } from './requests';
import { simplifyWabaTemplate } from './whatsApp/simplify';

export const WHATSAPP_TEMPLATES: TemplateKind = { path: API_PATHS.wabaTemplates, simplify: simplifyWabaTemplate };
export const RCS_TEMPLATES: TemplateKind = { path: API_PATHS.rcsTemplates, simplify: simplifyRcsTemplate };
