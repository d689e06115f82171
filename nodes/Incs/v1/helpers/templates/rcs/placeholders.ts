/** An RCS `[variable]` placeholder (REFERENCE §8): values holding one are only known at send time. */
export const RCS_PLACEHOLDER = /\[[A-Za-z0-9_]+\]/g;

export function hasPlaceholder(text: string): boolean {
	return new RegExp(RCS_PLACEHOLDER.source).test(text);
}
