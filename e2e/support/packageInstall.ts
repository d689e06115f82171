// Puts the packed package where n8n keeps community packages (<user folder>/.n8n/nodes), the
// same layout n8n's own installer leaves: node_modules/<name> plus a package.json listing it.
// Packing (instead of linking the work tree) proves the published file list is complete.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { REPO_ROOT } from './paths';

export const PACKAGE_NAME = 'n8n-nodes-incs';

/** `npm pack` of the built package (run `npm run build` first); returns the tarball path. */
export function packPackage(destination: string): string {
	mkdirSync(destination, { recursive: true });
	const output = execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', destination], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
	});
	const file = output.trim().split('\n').pop();
	if (!file) throw new Error('npm pack printed no file name');
	return path.join(destination, file);
}

export function installPackedPackage(tarball: string, userFolder: string): string {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	const scratch = mkdtempSync(path.join(os.tmpdir(), 'incs-pack-'));
	try {
		execFileSync('tar', ['-xzf', tarball, '-C', scratch]);
		// npm tarballs hold everything under package/.
		execFileSync('cp', ['-a', `${path.join(scratch, 'package')}/.`, target]);
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
	const version = (JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8')) as { version: string }).version;
	writeFileSync(
		path.join(nodesDir, 'package.json'),
		`${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: version } }, null, 2)}\n`,
	);
	return target;
}
