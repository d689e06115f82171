import { checkDownloadable, localHostOf, mediaUrl } from '../../../../../../nodes/Incs/v1/helpers/validation/links';
import { downloadUrlAt } from '../../../../../../nodes/Incs/v1/helpers/validation/atPath';
import { FieldPath } from '../../../../../../nodes/Incs/v1/helpers/validation/fieldPath';
import { ValidationError } from '../../../../../../nodes/Incs/v1/helpers/validation/error';
import { WHATSAPP_MEDIA_FORMATS } from '../../../../../../nodes/Incs/v1/helpers/constants/whatsapp';

describe('links INCS downloads a file from', () => {
	it.each([
		['http://localhost:8080/banner.jpg', 'localhost'],
		['https://cdn.localhost/banner.jpg', 'cdn.localhost'],
		['http://127.0.0.1/banner.jpg', '127.0.0.1'],
		['http://2130706433/banner.jpg', '127.0.0.1'],
		['http://10.1.2.3/banner.jpg', '10.1.2.3'],
		['http://172.16.0.9/banner.jpg', '172.16.0.9'],
		['http://172.31.255.1/banner.jpg', '172.31.255.1'],
		['http://192.168.1.20/banner.jpg', '192.168.1.20'],
		['http://169.254.10.10/banner.jpg', '169.254.10.10'],
		['http://0.0.0.0/banner.jpg', '0.0.0.0'],
		['http://[::1]/banner.jpg', '::1'],
		['http://[fd12:3456::1]/banner.jpg', 'fd12:3456::1'],
		['http://[fe80::1]/banner.jpg', 'fe80::1'],
		['http://nas.local/banner.jpg', 'nas.local'],
		['http://files.internal/banner.jpg', 'files.internal'],
		['http://fileserver/banner.jpg', 'fileserver'],
		['http://LOCALHOST./banner.jpg', 'localhost'],
	])('%s is only reachable inside the sender\'s network (%s)', (link, host) => {
		expect(localHostOf(link)).toBe(host);
	});

	it.each([
		'https://example.com/banner.jpg',
		'https://cdn.example.co.uk/a/b.png',
		'http://8.8.8.8/banner.jpg',
		'http://172.32.0.1/banner.jpg',
		'http://172.15.0.1/banner.jpg',
		'http://192.169.1.1/banner.jpg',
		'http://[2001:db8::1]/banner.jpg',
		'https://localhost.example.com/banner.jpg',
	])('%s is public', (link) => {
		expect(localHostOf(link)).toBeUndefined();
		expect(() => checkDownloadable('Media URL', link)).not.toThrow();
	});

	it('a media link to the sender\'s own network is refused with the field, the host and the fix', () => {
		let thrown: unknown;
		try {
			mediaUrl('Media URL', 'http://192.168.1.20/spring.jpg', WHATSAPP_MEDIA_FORMATS.image);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ValidationError);
		const error = thrown as ValidationError;
		expect(error.message).toBe(
			'Media URL: "http://192.168.1.20/spring.jpg" points at 192.168.1.20, which only your own computer or network can reach; INCS downloads the file from the internet',
		);
		expect(error.fix).toBe('Put the file on a public web server or file host and link to it there.');
	});

	it('template media with a placeholder for the host is read as public; a local host with one is not', () => {
		const path = FieldPath.form('Cards').entry('Card', 0).field('Media URL', 'mediaUrl');
		expect(downloadUrlAt(path, 'https://[cdn]/a.jpg', /\[[a-z_]+\]/g)).toBe('https://[cdn]/a.jpg');
		expect(() => downloadUrlAt(path, 'http://localhost/[product].jpg', /\[[a-z_]+\]/g)).toThrow('points at localhost');
	});

	it.each([
		[
			'https://drive.google.com/file/d/1AbC_dEf-123/view?usp=sharing',
			'"https://drive.google.com/file/d/1AbC_dEf-123/view?usp=sharing" opens a Google Drive page about the file, not the file; INCS would download that page',
			'Use the link to the file itself: https://drive.google.com/uc?export=download&id=1AbC_dEf-123 Share the file with "Anyone with the link".',
		],
		[
			'https://drive.google.com/open?id=1AbC',
			'"https://drive.google.com/open?id=1AbC" opens a Google Drive page about the file, not the file; INCS would download that page',
			'Use the link to the file itself: https://drive.google.com/uc?export=download&id=1AbC Share the file with "Anyone with the link".',
		],
		[
			'https://www.dropbox.com/s/k3y/spring.jpg?dl=0',
			'"https://www.dropbox.com/s/k3y/spring.jpg?dl=0" opens a Dropbox page about the file, not the file; INCS would download that page',
			'Use the link to the file itself: https://www.dropbox.com/s/k3y/spring.jpg?dl=1',
		],
		[
			'https://www.dropbox.com/scl/fi/k3y/spring.jpg?rlkey=abc',
			'"https://www.dropbox.com/scl/fi/k3y/spring.jpg?rlkey=abc" opens a Dropbox page about the file, not the file; INCS would download that page',
			'Use the link to the file itself: https://www.dropbox.com/scl/fi/k3y/spring.jpg?rlkey=abc&dl=1',
		],
	])('a file-sharing page is refused with the link to the file: %s', (link, problem, fix) => {
		expect(() => checkDownloadable('Media URL', link)).toThrow(ValidationError);
		try {
			checkDownloadable('Media URL', link);
		} catch (error) {
			expect(error).toMatchObject({ field: 'Media URL', problem, fix });
		}
	});

	it.each([
		'https://drive.google.com/uc?export=download&id=1AbC',
		'https://www.dropbox.com/s/k3y/spring.jpg?dl=1',
		'https://www.dropbox.com/scl/fi/k3y/spring.jpg?rlkey=abc&raw=1',
		'https://dl.dropboxusercontent.com/s/k3y/spring.jpg',
		'https://example.com/file/d/1AbC/view',
	])('the file itself is not a sharing page: %s', (link) => {
		expect(() => checkDownloadable('Media URL', link)).not.toThrow();
	});
});
