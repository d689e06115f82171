import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** README.md and every page under docs/: what users read, on GitHub or npm. */
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** The heading anchors GitHub gives a page: lower case, punctuation dropped, spaces as dashes. */
function anchorsOf(markdown: string): Set<string> {
	const anchors = new Set<string>();
	const seen = new Map<string, number>();
	let inCode = false;
	for (const line of markdown.split('\n')) {
		if (line.startsWith('```')) inCode = !inCode;
		const heading = !inCode && /^#{1,6} (.+)$/.exec(line);
		if (!heading) continue;
		const base = heading[1]
			.toLowerCase()
			.replace(/[^\p{L}\p{N} _-]/gu, '')
			.replace(/ /g, '-');
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count === 0 ? base : `${base}-${count}`);
	}
	return anchors;
}

/** Every link and image target written as `](target)`, outside code blocks. */
function targetsOf(markdown: string): string[] {
	const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
	return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
}

describe('README and docs/', () => {
	it.each(pages)('%s: every relative link and image points at a file (and heading) that exists', (page) => {
		const broken: string[] = [];
		for (const target of targetsOf(readFileSync(join(root, page), 'utf8'))) {
			if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
			const [file, anchor] = target.split('#');
			const path = file === '' ? join(root, page) : resolve(dirname(join(root, page)), file);
			if (!existsSync(path)) {
				broken.push(`${target} (no ${relative(root, path)})`);
			} else if (anchor && statSync(path).isFile() && path.endsWith('.md') && !anchorsOf(readFileSync(path, 'utf8')).has(anchor)) {
				broken.push(`${target} (no heading #${anchor} in ${relative(root, path)})`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('keeps the README a five-minute read: at most 250 lines, with at least four screenshots in the repository', () => {
		const readme = readFileSync(join(root, 'README.md'), 'utf8');
		expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(250);
		const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
		expect(images.length).toBeGreaterThanOrEqual(4);
		for (const image of images) {
			expect(image).toMatch(/^docs\/images\/[\w-]+\.png$/);
			expect(existsSync(join(root, image))).toBe(true);
		}
	});

	it('keeps the README sections n8n links to from the node panel and the credential', () => {
		const anchors = anchorsOf(readFileSync(join(root, 'README.md'), 'utf8'));
		const codexUrls = ['nodes/Incs/Incs.node.json', 'nodes/IncsTrigger/IncsTrigger.node.json']
			.map((file) => readFileSync(join(root, file), 'utf8'))
			.concat(readFileSync(join(root, 'credentials/IncsApi.credentials.ts'), 'utf8'))
			.flatMap((text) => [...text.matchAll(/npmjs\.com\/package\/n8n-nodes-incs#([\w-]+)/g)].map((match) => match[1]));
		expect(codexUrls.sort()).toEqual(['credentials', 'credentials', 'incs-node', 'incs-trigger']);
		for (const anchor of codexUrls) expect(anchors.has(anchor)).toBe(true);
	});
});
