export { getRcsTemplateVariables, getWhatsAppTemplateVariables } from './templateVariables';
