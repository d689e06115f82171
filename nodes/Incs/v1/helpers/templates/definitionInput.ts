/**
 * How a template's definition reaches a create: from the node's fields (the form) or as the JSON
 * the user entered. One validator serves both (see validation/fieldPath.ts).
 */
export type DefinitionInput<Form> = { mode: 'fields'; form: Form } | { mode: 'json'; json: unknown };
