export { searchRcsTemplates, searchWhatsAppTemplates } from './templates';
