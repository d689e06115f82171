import { installSecretGuard, type SecretGuard } from './secretGuard';

/**
 * Turns n8n-core's logging up to debug for the test file that imports this first, and starts that
 * file's secret guard right away. Both must happen before n8n-core is loaded: n8n reads
 * N8N_LOG_LEVEL once, when its logger is created (the harness would otherwise silence it), and
 * the logger's console transport binds `console.log` at that moment, so only a spy that is
 * already in place sees its lines.
 */
process.env.N8N_LOG_LEVEL = 'debug';

export const debugGuard: SecretGuard = installSecretGuard();
