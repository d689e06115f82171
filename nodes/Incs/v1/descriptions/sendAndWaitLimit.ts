import type { INodeProperties } from 'n8n-workflow';

import { WAIT_AMOUNT_MIN_MINUTES, WAIT_DEFAULT, WAIT_LIMIT_TYPES, WAIT_UNITS } from '../helpers/constants/sendAndWait';
import { enumOptionsInOrder } from './enumOptions';

/** Send and Wait's optional wait limit: after an interval, or at a date and time. */
export const limitWaitTime: INodeProperties = {
	displayName: 'Limit Wait Time',
	name: 'limitWaitTime',
	type: 'fixedCollection',
	default: { values: { limitType: 'afterTimeInterval', resumeAmount: WAIT_DEFAULT.amount, resumeUnit: WAIT_DEFAULT.unit } },
	description:
		'Whether to stop waiting after a while. When the limit is reached without an answer, the workflow continues with the input items, each with data: { timedOut: true }.',
	options: [
		{
			displayName: 'Values',
			name: 'values',
			values: [
				{
					displayName: 'Limit Type',
					name: 'limitType',
					type: 'options',
					default: 'afterTimeInterval',
					options: enumOptionsInOrder(WAIT_LIMIT_TYPES, {
						afterTimeInterval: { name: 'After Time Interval', description: 'Waits for a certain amount of time' },
						atSpecifiedTime: { name: 'At Specified Time', description: 'Waits until the set date and time' },
					}),
				},
				{
					displayName: 'Amount',
					name: 'resumeAmount',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					// n8n's lint reads only a literal default; builders.test.ts holds it to WAIT_DEFAULT.
					default: 45,
					hint: `At least ${WAIT_AMOUNT_MIN_MINUTES} minute: n8n checks waiting executions once a minute`,
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Unit',
					name: 'resumeUnit',
					type: 'options',
					default: 'minutes',
					options: enumOptionsInOrder(WAIT_UNITS, { minutes: { name: 'Minutes' }, hours: { name: 'Hours' }, days: { name: 'Days' } }),
					displayOptions: { show: { limitType: ['afterTimeInterval'] } },
				},
				{
					displayName: 'Max Date and Time',
					name: 'maxDateAndTime',
					type: 'dateTime',
					default: '',
					description: 'Stop waiting at this date and time',
					displayOptions: { show: { limitType: ['atSpecifiedTime'] } },
				},
			],
		},
	],
};
