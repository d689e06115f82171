import { normalizePhoneNumber } from '../../../../../nodes/Incs/v1/helpers/phone';
import { ValidationError } from '../../../../../nodes/Incs/v1/helpers/validation/error';

describe('normalizePhoneNumber', () => {
	it.each([
		['+852 6841 1234', '85268411234'],
		['(852) 6841-1234', '85268411234'],
		['00852 6841 1234', '85268411234'],
		['+1 (415) 555-0100', '14155550100'],
		['852.6841.1234', '85268411234'],
		['852.6841.1200', '85268411200'],
		['+852 6841.00', '852684100'],
		['  8526841511234  ', '8526841511234'],
		['+44/20/7946/0958', '442079460958'],
		['852\u00a06841\u20111234', '85268411234'],
		[85268411234, '85268411234'],
		['1234567', '1234567'],
		['123456789012345', '123456789012345'],
	])('turns %p into %p', (typed, digits) => {
		expect(normalizePhoneNumber(typed)).toBe(digits);
	});

	it.each([
		['', 'Recipient Phone Number: it is empty'],
		['   ', 'Recipient Phone Number: it is empty'],
		[undefined, 'Recipient Phone Number: it is empty'],
		['123456', 'Recipient Phone Number: "123456" has 6 digits; a number with its country code has 7 to 15'],
		['1234567890123456', 'Recipient Phone Number: "1234567890123456" has 16 digits; a number with its country code has 7 to 15'],
		['+852 6841 12ab', 'Recipient Phone Number: "+852 6841 12ab" contains characters that are not part of a phone number'],
		['852+68411234', 'Recipient Phone Number: "852+68411234" contains characters that are not part of a phone number'],
		['++85268411234', 'Recipient Phone Number: "++85268411234" contains characters that are not part of a phone number'],
		['06841 1234 56', 'Recipient Phone Number: "06841 1234 56" starts with 0, so it has no country code'],
		['000852 6841 1234', 'Recipient Phone Number: "000852 6841 1234" starts with 0, so it has no country code'],
		[1.5, 'Recipient Phone Number: 1.5 is not a phone number'],
		// Exported from a spreadsheet column of numbers: the dot is not a separator here.
		['85268411234.0', 'Recipient Phone Number: "85268411234.0" ends in ".0", as a spreadsheet writes a number stored as a decimal'],
		['+85268411234.00', 'Recipient Phone Number: "+85268411234.00" ends in ".00"'],
	])('rejects %p', (typed, message) => {
		expect(() => normalizePhoneNumber(typed)).toThrow(ValidationError);
		expect(() => normalizePhoneNumber(typed)).toThrow(message);
	});

	it('names the field it was given', () => {
		expect(() => normalizePhoneNumber('12', 'Phone')).toThrow('Phone: "12" has 2 digits');
	});
});

describe('a number exported from a spreadsheet as a decimal', () => {
	it('says what to remove and gives the number as it should be', () => {
		let thrown: unknown;
		try {
			normalizePhoneNumber('85268411234.0');
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ValidationError);
		expect((thrown as ValidationError).fix).toBe('Remove ".0" (format the spreadsheet column as text), e.g. 85268411234.');
	});
});
