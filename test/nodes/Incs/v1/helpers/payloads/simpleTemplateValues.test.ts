import { readSimpleTemplateValues, type SimpleVariable } from '../../../../../../nodes/Incs/v1/helpers/payloads/simpleTemplateValues';
import { ValidationError } from '../../../../../../nodes/Incs/v1/helpers/validation/error';

const whatsApp: SimpleVariable[] = [
	{ id: 'header_text', displayName: 'Header {{1}}' },
	{ id: 'body_1', displayName: 'Body {{1}}', aliases: ['1'] },
	{ id: 'body_2', displayName: 'Body {{2}}', aliases: ['2'] },
];
const EXPECTED = 'The template takes 3 values, in this order: "header_text" (Header {{1}}), "body_1" (Body {{1}}), "body_2" (Body {{2}}). Give a list with one value each, or an object with these keys.';

function failure(raw: unknown, variables: SimpleVariable[] = whatsApp): ValidationError {
	try {
		readSimpleTemplateValues(raw, variables);
	} catch (error) {
		if (error instanceof ValidationError) return error;
		throw error;
	}
	throw new Error('expected a ValidationError');
}

describe('Simple Values: template variables as a list or an object', () => {
	it('a list fills the variables in order; numbers become text', () => {
		expect(readSimpleTemplateValues(['Friday', 'Alex', 10], whatsApp)).toEqual({ header_text: 'Friday', body_1: 'Alex', body_2: '10' });
		expect(readSimpleTemplateValues('["Friday", "Alex", "B2"]', whatsApp)).toEqual({ header_text: 'Friday', body_1: 'Alex', body_2: 'B2' });
	});

	it('an object is keyed by variable id, or by an alias ("1" for body {{1}})', () => {
		expect(readSimpleTemplateValues({ header_text: 'Fri', '1': 'Alex', body_2: 'B2' }, whatsApp)).toEqual({ header_text: 'Fri', body_1: 'Alex', body_2: 'B2' });
		expect(readSimpleTemplateValues('{"header_text":"Fri","body_1":"Alex","2":"B2"}', whatsApp)).toEqual({ header_text: 'Fri', body_1: 'Alex', body_2: 'B2' });
	});

	it('one variable: plain text, a number or a one-entry list', () => {
		const one = [{ id: 'name', displayName: 'name (in Text)' }];
		expect(readSimpleTemplateValues('Alex Chan', one)).toEqual({ name: 'Alex Chan' });
		expect(readSimpleTemplateValues(42, one)).toEqual({ name: '42' });
		expect(readSimpleTemplateValues('"Alex"', one)).toEqual({ name: 'Alex' });
		expect(readSimpleTemplateValues(['Alex'], one)).toEqual({ name: 'Alex' });
	});

	it('no variables: empty is fine, anything else is named as extra', () => {
		expect(readSimpleTemplateValues('', [])).toEqual({});
		expect(readSimpleTemplateValues([], [])).toEqual({});
		expect(failure(['x'], [])).toMatchObject({ problem: 'it has 1 values; the template has no variables', fix: 'This template has no variables: leave the field empty.' });
	});

	it.each([
		['too few in a list', ['Fri', 'Alex'], 'it has 2 of the template\'s 3 values; missing "body_2"'],
		['too many in a list', ['Fri', 'Alex', 'B2', 'extra'], 'it has 4 values; the template has only 3'],
		['a missing key', { header_text: 'Fri', body_1: 'Alex' }, 'the template also needs "body_2"'],
		['an unknown key', { header_text: 'Fri', body_1: 'Alex', body_2: 'B2', name: 'x' }, 'the template has no variable "name"'],
		['a key given twice', { header_text: 'Fri', body_1: 'Alex', '1': 'Sam', body_2: 'B2' }, '"body_1" is given twice (as "body_1" and as one of "1")'],
		['empty', '', 'it is empty, and the template needs 3 values'],
		['text that is not JSON', 'Alex, B2', 'it is not valid JSON (Unexpected token \'A\', "Alex, B2" is not valid JSON)'],
		['a single value', '7', 'it is a single value (7)'],
	])('%s: names the problem and lists what the template takes', (_case, raw, problem) => {
		expect(failure(raw)).toMatchObject({ field: 'Variable Values', problem, fix: EXPECTED });
	});

	it('a date ($now, a Date) reads as its own text, as it does in the variable fields', () => {
		// Like Luxon's DateTime, which writes itself as ISO text.
		class Moment {
			toString() {
				return '2026-12-03T10:00:00.000+08:00';
			}
		}
		const date = new Date(Date.UTC(2026, 11, 3, 2));
		expect(readSimpleTemplateValues(['Fri', new Moment(), date], whatsApp)).toEqual({ header_text: 'Fri', body_1: '2026-12-03T10:00:00.000+08:00', body_2: String(date) });
		expect(readSimpleTemplateValues(new Moment(), [whatsApp[1]])).toEqual({ body_1: '2026-12-03T10:00:00.000+08:00' });
		expect(failure(new Moment())).toMatchObject({ problem: 'it is a single value ("2026-12-03T10:00:00.000+08:00")', fix: EXPECTED });
	});

	it('a value that is itself a list or object is refused, naming the variable', () => {
		expect(failure(['Fri', ['Alex'], 'B2'])).toMatchObject({ field: 'Variable Values › body_1', problem: 'it is an object or a list; a variable takes text' });
		expect(failure({ header_text: 'Fri', body_1: 'Alex', '2': { x: 1 } })).toMatchObject({ field: 'Variable Values › 2' });
	});
});
