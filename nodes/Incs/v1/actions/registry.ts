import type { IncsResource, IncsResourceMap } from './node.type';
import type { IncsOperation, OperationMap } from './operation';
import * as account from './account/Account.resource';
import * as rcsMessage from './rcsMessage/RcsMessage.resource';
import * as viberMessage from './viberMessage/ViberMessage.resource';
import * as whatsAppMessage from './whatsAppMessage/WhatsAppMessage.resource';
import * as rcsTemplate from './rcsTemplate/RcsTemplate.resource';
import * as whatsAppTemplate from './whatsAppTemplate/WhatsAppTemplate.resource';

// Every operation of node.type.ts must be here: TypeScript rejects a missing one.
type Registry = { [R in IncsResource]: OperationMap<IncsResourceMap[R]> };

/** Resource → its operations. The router looks operations up here and nowhere else. */
const registry: Registry = {
	whatsAppMessage: whatsAppMessage.operations,
	viberMessage: viberMessage.operations,
	rcsMessage: rcsMessage.operations,
	whatsAppTemplate: whatsAppTemplate.operations,
	rcsTemplate: rcsTemplate.operations,
	account: account.operations,
};

export function findOperation(resource: string, operation: string): IncsOperation | undefined {
	if (!Object.prototype.hasOwnProperty.call(registry, resource)) return undefined;
	const operations = registry[resource as IncsResource] as Record<string, IncsOperation | undefined>;
	return Object.prototype.hasOwnProperty.call(operations, operation) ? operations[operation] : undefined;
}
