/**
 * Every resource of the INCS node and its operations. The values are saved in users' workflows:
 * never rename one.
 */
export interface IncsResourceMap {
	whatsAppMessage: 'send' | 'sendTemplate' | 'sendAndWait';
	viberMessage: 'send' | 'sendAndWait';
	rcsMessage: 'send' | 'sendTemplate' | 'sendAndWait';
	whatsAppTemplate: 'create' | 'get' | 'getAll' | 'delete';
	rcsTemplate: 'create' | 'get' | 'getAll' | 'delete';
	account: 'get';
}

export type IncsResource = keyof IncsResourceMap;
