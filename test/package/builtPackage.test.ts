import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { loadBuiltPackage } from '../harness';

const root = resolve(__dirname, '../..');

/**
 * Loads `dist` with n8n's own PackageDirectoryLoader, exactly as n8n loads an installed community
 * package: wrong paths in package.json, class names that do not match file names, missing codex
 * files or icons fail here rather than in a user's n8n.
 */
describe('the built package', () => {
	beforeAll(() => {
		if (!existsSync(join(root, 'dist', 'nodes', 'Incs', 'Incs.node.js'))) {
			throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
		}
	});

	it('loads both nodes and the credential under the package name', async () => {
		const loaded = await loadBuiltPackage(root);
		expect(loaded.packageName).toBe('n8n-nodes-incs');
		expect(loaded.nodes.map((node) => node.typeName).sort()).toEqual([
			'n8n-nodes-incs.incs',
			'n8n-nodes-incs.incsTrigger',
		]);
		expect(loaded.credentials.map((credential) => credential.name)).toEqual(['incsApi']);
	});

	it('gives the action node versions 1 and 1.1 (v1/descriptions/formVersions.ts), usable as an AI tool, with themed icons inside dist', async () => {
		const loaded = await loadBuiltPackage(root);
		const incs = loaded.nodes.find((node) => node.typeName === 'n8n-nodes-incs.incs');
		expect(incs?.versions).toEqual([1, 1.1]);
		const description = incs?.descriptions[0];
		expect(description).toMatchObject({ name: 'incs', displayName: 'INCS', usableAsTool: true });
		expect(description?.iconUrl).toEqual({
			light: 'icons/n8n-nodes-incs/dist/icons/incs.svg',
			dark: 'icons/n8n-nodes-incs/dist/icons/incs.dark.svg',
		});
		for (const icon of ['incs.svg', 'incs.dark.svg']) expect(existsSync(join(root, 'dist', 'icons', icon))).toBe(true);
	});

	it('gives the trigger no inputs and never marks it as a tool', async () => {
		const loaded = await loadBuiltPackage(root);
		const trigger = loaded.nodes.find((node) => node.typeName === 'n8n-nodes-incs.incsTrigger');
		expect(trigger?.descriptions[0]).toMatchObject({ name: 'incsTrigger', inputs: [] });
		expect(trigger?.descriptions[0].usableAsTool).toBeUndefined();
	});
});
