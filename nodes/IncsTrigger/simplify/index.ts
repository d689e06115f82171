import type { IDataObject } from 'n8n-workflow';

import type { ClassifiedCallback } from '../payloadTypes';
import { simplifyMessageCreated } from './messageCreated';
import { simplifyMessageStatusUpdate } from './messageStatus';
import { simplifyRcsMessage } from './rcsMessage';
import { simplifyTemplateUpdate } from './templateUpdate';
import { simplifyWhatsAppMessage } from './whatsAppMessage';

/** The simplified items of one callback: one per WhatsApp message, one for every other event (an unknown event as it came). */
export function simplifyCallback(callback: ClassifiedCallback): IDataObject[] {
	switch (callback.event) {
		case 'message_status_update':
			return [simplifyMessageStatusUpdate(callback.payload)];
		case 'template_status_update':
		case 'template_category_update':
		case 'template_quality_update':
			return [simplifyTemplateUpdate(callback.payload)];
		case 'new_whatsapp_message':
			return simplifyWhatsAppMessage(callback.payload);
		case 'new_rcs_message':
			return [simplifyRcsMessage(callback.payload)];
		case 'message_created':
			return [simplifyMessageCreated(callback.payload)];
		case 'other_event':
			// INCS documents no fields for it: there is nothing to simplify.
			return [callback.payload];
	}
}
