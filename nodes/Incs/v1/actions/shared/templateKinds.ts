import { simplifyRcsTemplate } from '../../helpers/templates/rcs/simplify';
import { simplifyWabaTemplate } from '../../helpers/templates/whatsApp/simplify';
import { API_PATHS } from '../../transport/api';
import type { TemplateKind } from './templateRequests';

export const WHATSAPP_TEMPLATES: TemplateKind = { path: API_PATHS.wabaTemplates, simplify: simplifyWabaTemplate };
export const RCS_TEMPLATES: TemplateKind = { path: API_PATHS.rcsTemplates, simplify: simplifyRcsTemplate };
