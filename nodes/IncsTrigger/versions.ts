/*
 * The trigger's type versions. Both behave the same for the user and for INCS; they differ in how
 * n8n 2.x treats the webhook request before this node runs:
 * - 1: n8n evaluates the Webhook-v1 expression `$parameter["options"]["binaryData"]` on every
 *   request (which needs an expression isolate) and parses every body it can, handing over the
 *   raw body as well.
 * - 1.1: no expression is evaluated for the body; n8n parses JSON, text, form and XML bodies and
 *   leaves any other body unread, so readBody.ts reads it itself. At high callback volume this is
 *   what lets n8n's lazy isolate acquisition skip the isolate for callbacks (docs/performance.md).
 * Workflows saved with 1 keep it; new nodes get 1.1.
 */
export const TRIGGER_VERSIONS = [1, 1.1] as const;
export const CURRENT_TRIGGER_VERSION = 1.1;
