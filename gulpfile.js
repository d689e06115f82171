const { src, dest, task } = require('gulp');

// n8n resolves `file:` icon paths relative to the compiled node and credential files,
// so the SVGs must sit next to them under dist/. `encoding: false` keeps binary bytes intact.
function copyIcons() {
	return src('icons/**/*.{svg,png}', { encoding: false }).pipe(dest('dist/icons'));
}

task('build:icons', copyIcons);
