// Runs n8n's community-package scanner on exactly what `npm pack` would publish, the way n8n
// vets packages before listing them. `scan-community-package` itself only scans published
// packages, so its `analyzePackage` is pointed at the unpacked tarball. Exits non-zero on findings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { analyzePackage } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'incs-scan-'));
try {
	const packOutput = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const [{ filename }] = JSON.parse(packOutput);
	execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);
	const packageDir = join(work, 'package');

	const result = await analyzePackage(packageDir, ['**/*.js', 'package.json']);
	if (!result.passed) {
		console.error(`Scanner: ${result.message}`);
		if (result.details) console.error(result.details);
		process.exitCode = 1;
	} else {
		console.log(`Scanner: ${filename} passed n8n's community package checks with zero findings.`);
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
