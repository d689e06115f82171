export { getBodyVariableExamples } from './bodyExamples';
export { getRcsTemplateVariables, getWhatsAppTemplateVariables } from './templateVariables';
