import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import nock from 'nock';
import type { ICredentialType, INodeTypeBaseDescription } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';

import { DUMMY_BASE_URL, DummyApi } from './fixtures/DummyApi.credentials';
import { DummyNode } from './fixtures/DummyNode.node';
import {
	createLoadOptionsContext,
	createLoadOptionsHarness,
	executeNode,
	loadBuiltPackage,
	testCredential,
} from './index';

const credentials = { dummyApi: { apiKey: 'secret-key' } };
const credentialTypes = [new DummyApi()];
const dummy = { nodeType: new DummyNode(), typeName: 'test.dummy', credentials, credentialTypes };

describe('executeNode', () => {
	it('runs the node with resolved expressions, parameter defaults and the credential header', async () => {
		const api = nock(DUMMY_BASE_URL)
			.post('/send', { phone: '111' })
			.matchHeader('x-api-key', 'secret-key')
			.reply(200, { id: 'a' })
			.post('/send', { phone: '222' })
			.matchHeader('x-api-key', 'secret-key')
			.reply(200, { id: 'b' });

		const result = await executeNode({
			...dummy,
			parameters: { phone: '={{ $json.phone }}' },
			inputItems: [{ json: { phone: '111' } }, { json: { phone: '222' } }],
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: { id: 'a' }, pairedItem: { item: 0 } },
			{ json: { id: 'b' }, pairedItem: { item: 1 } },
		]);
		expect(result.node.typeVersion).toBe(2);
		expect(result.node.parameters.path).toBe('/send');
		expect(Object.keys(result.runData)).toEqual(['Start', 'Dummy']);
		expect(api.isDone()).toBe(true);
	});

	it('sends the header built from this run\'s credential data, expressions in it resolved', async () => {
		nock(DUMMY_BASE_URL)
			.post('/send')
			.reply(function () {
				return [200, { sentKey: this.req.headers['x-api-key'] }];
			});

		const result = await executeNode({
			...dummy,
			credentials: { dummyApi: { apiKey: '={{ "key-" + (1 + 1) }}' } },
			parameters: { phone: '1' },
		});

		expect(result.items[0].json).toEqual({ sentKey: 'key-2' });
	});

	it('reports the node error and no items when the request fails', async () => {
		nock(DUMMY_BASE_URL).post('/send').reply(500, { message: 'boom' });

		const result = await executeNode({ ...dummy, parameters: { phone: '1' } });

		expect(result.items).toEqual([]);
		expect(result.error).toMatchObject({ name: 'NodeApiError', httpCode: '500' });
		expect(result.run.status).toBe('error');
	});

	it('retries once on HTTP 401, as n8n-core does', async () => {
		nock(DUMMY_BASE_URL).post('/send').times(2).reply(401, { message: 'no' });

		const result = await executeNode({ ...dummy, parameters: { phone: '1' } });

		expect(result.error?.httpCode).toBe('401');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('turns failures into paired error items with continueOnFail', async () => {
		nock(DUMMY_BASE_URL).post('/send', { phone: '2' }).reply(200, { id: 'ok' });

		const result = await executeNode({
			...dummy,
			parameters: { phone: '={{ $json.phone }}' },
			inputItems: [{ json: { phone: '' } }, { json: { phone: '2' } }],
			continueOnFail: true,
		});

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{ json: { error: 'Phone is empty' }, pairedItem: { item: 0 } },
			{ json: { id: 'ok' }, pairedItem: { item: 1 } },
		]);
	});

	it('runs a VersionedNodeType at the requested version', async () => {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'Dummy',
			name: 'dummy',
			group: ['transform'],
			description: 'versioned',
			defaultVersion: 1,
		};
		const versioned = new VersionedNodeType({ 1: new DummyNode() }, baseDescription);
		nock(DUMMY_BASE_URL).post('/send', { phone: '9' }).reply(200, { id: 'v' });

		const result = await executeNode({ ...dummy, nodeType: versioned, parameters: { phone: '9' } });

		expect(result.node.typeVersion).toBe(1);
		expect(result.items).toEqual([{ json: { id: 'v' }, pairedItem: { item: 0 } }]);
	});
});

describe('createLoadOptionsContext', () => {
	it('gives loadOptions methods real credentials, parameters and authenticated requests', async () => {
		nock(DUMMY_BASE_URL)
			.get('/channels')
			.query({ path: '/send' })
			.matchHeader('x-api-key', 'secret-key')
			.reply(200, { channels: ['sms', 'rcs'] });
		const { context, nodeType } = createLoadOptionsHarness({ ...dummy, path: 'parameters.channel' });

		const options = await nodeType.methods?.loadOptions?.getChannels.call(context);

		expect(options).toEqual([
			{ name: 'sms', value: 'sms' },
			{ name: 'rcs', value: 'rcs' },
		]);
		expect(context.getCurrentNodeParameter('path')).toBe('/send');
	});

	it('passes filter and pagination token to listSearch methods', async () => {
		nock(DUMMY_BASE_URL)
			.get('/channels')
			.query({ filter: 'r', page: '2' })
			.reply(200, { channels: ['rcs'], next: '3' });
		const context = createLoadOptionsContext({ ...dummy, parameters: { phone: '5' } });

		const result = await new DummyNode().methods.listSearch.searchChannels.call(context, 'r', '2');

		expect(result).toEqual({ results: [{ name: 'rcs', value: 'rcs' }], paginationToken: '3' });
		expect(context.getNodeParameter('phone')).toBe('5');
	});
});

describe('testCredential', () => {
	it('is OK when the test request succeeds and no rule matches', async () => {
		nock('https://custom.example.test')
			.get('/me')
			.matchHeader('x-api-key', 'secret-key')
			.reply(200, { status: 'active' });

		const result = await testCredential(new DummyApi(), {
			apiKey: 'secret-key',
			baseUrl: 'https://custom.example.test',
		});

		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	it('fails with the rule message when responseSuccessBody matches (default base URL applied)', async () => {
		nock(DUMMY_BASE_URL).get('/me').reply(200, { status: 'denied' });

		const result = await testCredential(new DummyApi(), { apiKey: 'secret-key' });

		expect(result).toEqual({ status: 'Error', message: 'The API key was refused' });
	});

	it('fails with the HTTP status text on an error response', async () => {
		nock(DUMMY_BASE_URL).get('/me').reply(403, { message: 'nope' });

		const result = await testCredential(new DummyApi(), { apiKey: 'bad' });

		expect(result).toEqual({ status: 'Error', message: 'Forbidden' });
	});

	it('fails with a responseCode rule message (401 is sent twice: n8n retries once)', async () => {
		const withCodeRule: ICredentialType = {
			...new DummyApi(),
			test: {
				request: { baseURL: DUMMY_BASE_URL, url: '/me' },
				rules: [{ type: 'responseCode', properties: { value: 401, message: 'Wrong API key' } }],
			},
		};
		nock(DUMMY_BASE_URL).get('/me').times(2).reply(401, {});

		const result = await testCredential(withCodeRule, { apiKey: 'bad' });

		expect(result).toEqual({ status: 'Error', message: 'Wrong API key' });
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('loadBuiltPackage', () => {
	let packageDir: string;

	beforeEach(() => {
		packageDir = mkdtempSync(path.join(tmpdir(), 'harness-package-'));
		mkdirSync(path.join(packageDir, 'dist/nodes/Thing'), { recursive: true });
		mkdirSync(path.join(packageDir, 'dist/credentials'), { recursive: true });
		writeFileSync(
			path.join(packageDir, 'package.json'),
			JSON.stringify({
				name: 'n8n-nodes-thing',
				version: '1.2.3',
				n8n: {
					n8nNodesApiVersion: 1,
					nodes: ['dist/nodes/Thing/Thing.node.js'],
					credentials: ['dist/credentials/ThingApi.credentials.js'],
				},
			}),
		);
		writeFileSync(
			path.join(packageDir, 'dist/credentials/ThingApi.credentials.js'),
			"exports.ThingApi = class ThingApi { name = 'thingApi'; displayName = 'Thing API'; properties = []; };",
		);
	});

	afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

	const writeNode = (className: string) =>
		writeFileSync(
			path.join(packageDir, 'dist/nodes/Thing/Thing.node.js'),
			`exports.${className} = class ${className} {
				description = { displayName: 'Thing', name: 'thing', group: ['transform'], version: [1, 2],
					description: 'A thing', defaults: { name: 'Thing' }, inputs: ['main'], outputs: ['main'],
					credentials: [{ name: 'thingApi', required: true }], properties: [] };
				async execute() { return [[]]; }
			};`,
		);

	it('loads node and credential types as n8n does', async () => {
		writeNode('Thing');

		const loaded = await loadBuiltPackage(packageDir);

		expect(loaded.packageName).toBe('n8n-nodes-thing');
		expect(loaded.nodes.map(({ typeName, versions }) => ({ typeName, versions }))).toEqual([
			{ typeName: 'n8n-nodes-thing.thing', versions: [1, 2] },
		]);
		expect(loaded.nodes[0].descriptions[0].communityNodePackageVersion).toBe('1.2.3');
		expect(loaded.credentials.map(({ name, supportedNodes }) => ({ name, supportedNodes }))).toEqual([
			{ name: 'thingApi', supportedNodes: ['thing'] },
		]);
	});

	it('rejects a class whose name does not match its file name', async () => {
		writeNode('ThingNode');

		await expect(loadBuiltPackage(packageDir)).rejects.toThrow('Class could not be found');
	});
});
