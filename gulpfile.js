const { rmSync } = require('fs');
const { src, dest, task } = require('gulp');

// tsc never deletes outputs whose source is gone; a stale file in dist/ would be published.
task('clean', (done) => {
	rmSync('dist', { recursive: true, force: true });
	done();
});

// n8n resolves `file:` icon paths relative to the compiled node and credential files,
// so the SVGs must sit next to them under dist/. `encoding: false` keeps binary bytes intact.
function copyIcons() {
	return src('icons/**/*.{svg,png}', { encoding: false }).pipe(dest('dist/icons'));
}

task('build:icons', copyIcons);
