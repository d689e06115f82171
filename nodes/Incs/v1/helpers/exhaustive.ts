/**
 * The `default` of a switch over a union that handles every member: it only compiles while every
 * member has its case, so adding a kind fails to compile until each such switch handles it.
 */
export function unreachable(value: never): never {
	throw new Error(`Unhandled kind: ${JSON.stringify(value)}`);
}

/**
 * The same compile-time check for values read from the node's fields: they are typed as the union
 * but an expression can put anything there at run time. The unexpected value is handed back, so
 * the validator that follows names the field instead of the node failing with a bare error.
 */
export function unexpected(value: never): unknown {
	return value;
}
