// The names n8n knows this package's types by (package name + the node's `name`).

export const INCS_NODE_TYPE = 'n8n-nodes-incs.incs';
export const INCS_TRIGGER_TYPE = 'n8n-nodes-incs.incsTrigger';
export const CREDENTIAL_TYPE = 'incsApi';
export const CREDENTIAL_NAME = 'INCS (simulator)';
