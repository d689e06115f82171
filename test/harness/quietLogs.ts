/**
 * n8n-core reports every node error through its ErrorReporter, which logs the full stack to the
 * console: noise in a test that expects the error. n8n reads `N8N_LOG_LEVEL` once, when its logger
 * is first created, so this must run before any harness call. Set N8N_LOG_LEVEL=debug to see logs.
 */
process.env.N8N_LOG_LEVEL ??= 'silent';

export {};
