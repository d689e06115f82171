import type { INodeProperties } from 'n8n-workflow';

import { TRIGGER_EVENT_OPTIONS } from './events';
import { MESSAGE_STATUS_OPTIONS, MESSAGE_TYPE_OPTIONS } from './filters';
import { TOKEN_HEADER, TOKEN_QUERY_PARAMETER } from './verifyToken';

export const incsTriggerProperties: INodeProperties[] = [
	{
		// The two steps a person takes, in plain words; the token rule in one short line. n8n's
		// notice keeps only the tags a, ul and li: one list item per line.
		displayName: `<ul><li>1. Copy this node's Production URL (open Webhook URLs above) into the INCS console's callback settings, and publish the workflow.</li><li>2. Pick the events that start it below.</li><li>Using a Callback Token? Add ?${TOKEN_QUERY_PARAMETER}=your-token to the URL (or send an ${TOKEN_HEADER} header).</li></ul>`,
		name: 'setupNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		options: TRIGGER_EVENT_OPTIONS,
		required: true,
		default: [],
		description:
			'What starts the workflow. INCS sends every event to the one URL; the others are answered and ignored.',
	},
	{
		displayName: 'Callback Token',
		name: 'callbackToken',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: `A secret of your choice (letters and digits). When set, a callback without this token in the "${TOKEN_QUERY_PARAMETER}" query parameter or the "${TOKEN_HEADER}" header is rejected with 401. INCS signs nothing itself, so set one unless the URL is private.`,
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return one tidy item per event (one per message for WhatsApp) instead of the raw INCS payload',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Business Phone Numbers',
				name: 'businessPhones',
				type: 'string',
				default: '',
				placeholder: '6280000000001, 6280000000002',
				description:
					'Only callbacks for these business numbers, separated by commas. Spaces and a leading + are ignored. Events that carry no business number (Workbench Message, Any Other Event, most RCS events) are then skipped.',
			},
			{
				displayName: 'Message Statuses',
				name: 'messageStatuses',
				type: 'multiOptions',
				options: MESSAGE_STATUS_OPTIONS,
				default: [],
				description: 'Only Message Status Update events with one of these statuses',
			},
			{
				displayName: 'Message Types',
				name: 'messageTypes',
				type: 'multiOptions',
				options: MESSAGE_TYPE_OPTIONS,
				default: [],
				description:
					'Only new WhatsApp or RCS messages of these types. Other events are not affected.',
			},
		],
	},
];
