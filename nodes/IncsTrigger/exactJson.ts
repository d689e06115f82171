/**
 * JSON parsing that keeps every digit of integers too large for a JavaScript number. INCS
 * documents some callback IDs as bigint (`message_created`: `message.id`, `message.custom_id`);
 * plain JSON.parse would round 12345678901234567891 to 12345678901234567000. Such integers are
 * returned as strings with their exact digits; everything else parses as usual.
 */
export function parseJsonExactly(text: string): unknown {
	return JSON.parse(quoteUnsafeIntegers(text)) as unknown;
}

const NUMBER_CHARACTERS = /[-+0-9.eE]/;

/** Wraps integer literals outside strings that exceed Number.MAX_SAFE_INTEGER in quotes. */
function quoteUnsafeIntegers(text: string): string {
	let result = '';
	let index = 0;
	while (index < text.length) {
		const character = text[index];
		if (character === '"') {
			const end = endOfString(text, index);
			result += text.slice(index, end);
			index = end;
		} else if (character === '-' || (character >= '0' && character <= '9')) {
			let end = index + 1;
			while (end < text.length && NUMBER_CHARACTERS.test(text[end])) end++;
			const literal = text.slice(index, end);
			const unsafe = /^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal));
			result += unsafe ? `"${literal}"` : literal;
			index = end;
		} else {
			result += character;
			index++;
		}
	}
	return result;
}

/** The index just after the string literal that opens at `start` (or the text's end). */
function endOfString(text: string, start: number): number {
	let index = start + 1;
	while (index < text.length) {
		if (text[index] === '\\') index += 2;
		else if (text[index] === '"') return index + 1;
		else index++;
	}
	return text.length;
}
