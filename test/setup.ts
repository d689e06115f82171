import nock from 'nock';

// No test may reach the internet. Loopback stays open for the local INCS simulator.
beforeAll(() => {
	nock.disableNetConnect();
	nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});

afterEach(() => {
	nock.cleanAll();
});

afterAll(() => {
	nock.enableNetConnect();
	nock.restore();
	nock.activate();
});
