import { WHATSAPP_SEND_TYPES, WHATSAPP_TEXT_MAX } from '../limits';
import { bodyObject, mediaLink, oneOf, recipient, requireTopLevel, stringValue, typedPayload } from './common';
import type { SendContext, ValidatedSend } from './send';
import { validateInteractive } from './whatsappInteractive';
import { validateWhatsAppTemplate } from './whatsappTemplateSend';

export function validateWhatsAppSend(raw: unknown, context: SendContext): ValidatedSend {
	const body = bodyObject(raw);
	const to = recipient(body);
	const type = oneOf(requireTopLevel(body, 'type'), WHATSAPP_SEND_TYPES, 'type');
	typedPayload(body, type);
	switch (type) {
		case 'template':
			return { to, type, templateName: validateWhatsAppTemplate(body, (name) => context.findWabaTemplates(name)) };
		case 'text':
			// A plain string (§5.1.2), not Meta's { body: … }.
			stringValue(body.text, 'text', { max: WHATSAPP_TEXT_MAX });
			break;
		case 'interactive':
			validateInteractive(body);
			break;
		default:
			mediaLink(body, type);
	}
	return { to, type };
}
