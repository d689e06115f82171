// The same rule set as `@n8n/node-cli`'s lint config (the CLI itself is not installable from
// this project's registry): ESLint + typescript-eslint recommended, n8n's community-node rules
// (also applied to package.json) and eslint-plugin-n8n-nodes-base's community, credential and
// node rule sets with the CLI's own overrides.
import eslint from '@eslint/js';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import { globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importPlugin from 'eslint-plugin-import-x';
import n8nNodesPlugin from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const communityRecommended = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	globalIgnores(['dist', 'node_modules', '.cache', 'coverage', 'test-artifacts', '**/*.js', '**/*.mjs']),
	{
		files: ['**/*.ts'],
		extends: [eslint.configs.recommended, tseslint.configs.recommended, importPlugin.configs['flat/recommended']],
		rules: {
			'prefer-spread': 'off',
			'no-console': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
		},
	},
	{
		// n8n's community-node rules apply to what ships: nodes and credentials.
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		extends: [communityRecommended],
	},
	{
		plugins: { 'n8n-nodes-base': n8nNodesPlugin },
		settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
	},
	{
		files: ['package.json'],
		extends: [communityRecommended],
		rules: { ...n8nNodesPlugin.configs.community.rules },
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { extraFileExtensions: ['.json'] },
		},
	},
	{
		files: ['./credentials/**/*.ts'],
		rules: {
			...n8nNodesPlugin.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['./nodes/**/*.ts'],
		rules: {
			...n8nNodesPlugin.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		// The node's layers (docs/architecture.md): shell → actions/ → methods/ → descriptions/,
		// transport/ → helpers/. An import may only point down; an upward one fails `npm test`.
		files: ['nodes/Incs/**/*.ts', 'nodes/shared/**/*.ts'],
		rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones() }] },
	},
	{
		// Tests, the simulator, scripts and benchmarks are dev tools that never ship.
		files: ['test/**/*.ts', 'simulator/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
		rules: { 'no-console': 'off' },
	},
);

/** Which folder of the INCS node may not import which (each zone: `target` may not import `from`). */
function layerZones() {
	const v1 = './nodes/Incs/v1';
	const shell = [`${v1}/IncsV1.node.ts`, './nodes/Incs/Incs.node.ts'];
	const zone = (target, from, why) => ({ target: `${v1}/${target}`, from, message: `${target}/ ${why} (docs/architecture.md).` });
	const folders = (...names) => names.map((name) => `${v1}/${name}`);
	return [
		zone('helpers', [...shell, ...folders('actions', 'methods', 'descriptions', 'transport')], 'is pure: rules, payload builders and checks import nothing above them'),
		zone('transport', [...shell, ...folders('actions', 'methods', 'descriptions', 'helpers')], 'is the HTTP layer with its own settings and paths; it imports none of the node'),
		{
			...zone('descriptions', [...shell, ...folders('actions', 'methods', 'transport')], 'is UI; it may read only the transport\'s settings (the limits its Options show)'),
			except: ['./settings.ts'],
		},
		zone('methods', [...shell, `${v1}/actions`], 'serves the editor; the shared steps in actions/ build on it, not the other way round'),
		zone('actions', shell, 'is below the node shell'),
		{ target: './nodes/shared', from: ['./nodes/Incs', './nodes/IncsTrigger'], message: 'nodes/shared/ serves both nodes and imports neither (docs/architecture.md).' },
	];
}
