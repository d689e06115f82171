import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Input checks that run before any request. Validators are pure: they throw a ValidationError
 * naming the field, what is wrong (limit and actual value) and how to fix it; the router turns it
 * into a NodeOperationError for the right item. Field names are the labels the user sees in the
 * node, with a path for nested values (e.g. `Cards › Card 3 › Suggestions › Suggestion 2 › Text`).
 */
export class ValidationError extends Error {
	constructor(
		readonly field: string,
		readonly problem: string,
		readonly fix: string,
	) {
		super(`${field}: ${problem}`);
		this.name = 'ValidationError';
	}
}

export function toNodeOperationError(node: INode, error: ValidationError, itemIndex: number): NodeOperationError {
	return new NodeOperationError(node, `Invalid "${error.field}" in item ${itemIndex + 1}: ${error.problem}`, {
		description: error.fix,
		itemIndex,
	});
}
