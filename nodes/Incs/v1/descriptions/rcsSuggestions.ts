import type { INodeProperties } from 'n8n-workflow';

import {
	RCS_CALENDAR_TIME_FORMAT,
	RCS_SUGGESTION_POSTBACK_MAX,
	RCS_SUGGESTION_TEXT_MAX,
	RCS_SUGGESTION_TYPES,
	RCS_WEBVIEW_VIEW_MODES,
} from '../helpers/constants/rcsTemplate';
import type { RcsSuggestionType } from '../helpers/constants/rcsTemplate';
import { enumOptions } from './enumOptions';
import { RCS_SUGGESTION_TYPE_LABELS, RCS_VIEW_MODE_LABELS } from './templateEnums';
import { LABELS } from '../helpers/labels';
import { ruleNotice } from './ruleNotice';

/**
 * THE suggestions field of RCS templates: text templates, rich cards and every carousel card use
 * it. Inside a fixedCollection entry, `displayOptions.show` refers to the sibling fields of the
 * same entry, so choosing a suggestion type shows only that type's fields.
 */
const ofType = (...types: RcsSuggestionType[]) => ({ show: { suggestionType: types } });

// The calendar dates are not marked required: n8n paints an empty required date red as soon as
// the panel opens. The hint says they are needed and the node checks both before sending.
const suggestionValues: INodeProperties[] = [
	{
		displayName: LABELS.suggestionType,
		name: 'suggestionType',
		type: 'options',
		options: enumOptions(RCS_SUGGESTION_TYPES, RCS_SUGGESTION_TYPE_LABELS),
		default: 'reply',
	},
	{
		displayName: LABELS.text,
		name: 'text',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Track order',
		hint: `The label on the chip, up to ${RCS_SUGGESTION_TEXT_MAX} characters; may use [variables]`,
	},
	{
		displayName: LABELS.postbackData,
		name: 'postbackData',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. track_order',
		hint: `What you receive when the user taps it, up to ${RCS_SUGGESTION_POSTBACK_MAX} characters`,
	},
	{
		displayName: LABELS.openIn,
		name: 'openIn',
		type: 'options',
		options: [
			{ name: 'Browser', value: 'browser', description: 'The phone\'s web browser' },
			{ name: 'WebView', value: 'webview', description: 'A window inside the messaging app' },
		],
		default: 'browser',
		hint: 'Where the link opens when the user taps the suggestion',
		displayOptions: ofType('url_action'),
	},
	{
		displayName: LABELS.url,
		name: 'url',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/orders/[order_id]',
		hint: 'The public link to open; may use [variables]',
		displayOptions: ofType('url_action'),
	},
	{
		displayName: LABELS.viewMode,
		name: 'webviewViewMode',
		type: 'options',
		options: enumOptions(RCS_WEBVIEW_VIEW_MODES, RCS_VIEW_MODE_LABELS),
		default: 'FULL',
		displayOptions: { show: { suggestionType: ['url_action'], openIn: ['webview'] } },
	},
	{
		displayName: LABELS.accessibilityDescription,
		name: 'webviewDescription',
		type: 'string',
		default: '',
		placeholder: 'e.g. Registration form',
		hint: 'What the WebView shows, read out by screen readers',
		displayOptions: { show: { suggestionType: ['url_action'], openIn: ['webview'] } },
	},
	{
		displayName: LABELS.phoneNumber,
		name: 'phoneNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. +852 6841 1234',
		hint: 'The number to call, with + and the country code',
		displayOptions: ofType('dialer_action'),
	},
	{
		displayName: LABELS.latitude,
		name: 'latitude',
		type: 'number',
		typeOptions: { minValue: -90, maxValue: 90, numberPrecision: 6 },
		default: 0,
		hint: 'Decimal degrees, e.g. -6.2',
		displayOptions: ofType('view_location'),
	},
	{
		displayName: LABELS.longitude,
		name: 'longitude',
		type: 'number',
		typeOptions: { minValue: -180, maxValue: 180, numberPrecision: 6 },
		default: 0,
		hint: 'Decimal degrees, e.g. 106.8',
		displayOptions: ofType('view_location'),
	},
	{
		displayName: LABELS.label,
		name: 'label',
		type: 'string',
		default: '',
		placeholder: 'e.g. Central store',
		hint: 'The name shown on the map pin',
		displayOptions: ofType('view_location'),
	},
	{
		displayName: LABELS.query,
		name: 'query',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Example Store near me',
		hint: 'What the map app searches for',
		displayOptions: ofType('query_location'),
	},
	{
		displayName: LABELS.eventTitle,
		name: 'eventTitle',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Store opening',
		hint: 'The name of the event as it appears in the user\'s calendar',
		displayOptions: ofType('calendar_event'),
	},
	{
		displayName: LABELS.eventDescription,
		name: 'eventDescription',
		type: 'string',
		default: '',
		placeholder: 'e.g. Free coffee for the first 100 visitors',
		hint: 'Optional details saved with the calendar event',
		displayOptions: ofType('calendar_event'),
	},
	{
		displayName: LABELS.startTime,
		name: 'startTime',
		type: 'dateTime',
		default: '',
		hint: `Required. When the event starts; sent as ${RCS_CALENDAR_TIME_FORMAT} in the time you pick (no time zone)`,
		displayOptions: ofType('calendar_event'),
	},
	{
		displayName: LABELS.endTime,
		name: 'endTime',
		type: 'dateTime',
		default: '',
		hint: `Required. When the event ends, after the start; sent as ${RCS_CALENDAR_TIME_FORMAT}`,
		displayOptions: ofType('calendar_event'),
	},
];

/**
 * A Suggestions list of at most `max` chips (11 on text templates, 4 per card: INCS "RCS
 * Templates API: Create template"), with its limit printed above it.
 */
export function rcsSuggestionsFields(max: number, overrides: Partial<INodeProperties> = {}): INodeProperties[] {
	return ruleNotice(
		{
			displayName: LABELS.suggestions,
			name: 'suggestions',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Suggestion',
			default: {},
			options: [{ name: 'suggestion', displayName: LABELS.suggestion, values: suggestionValues }],
			...overrides,
		},
		`Up to ${max} reply or action chips. Each has a label of up to ${RCS_SUGGESTION_TEXT_MAX} characters and postback data of up to ${RCS_SUGGESTION_POSTBACK_MAX}.`,
	);
}
