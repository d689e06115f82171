/** A Get Many without Return All returns this many items unless the user sets a limit. */
export const GET_MANY_DEFAULT_LIMIT = 50;
