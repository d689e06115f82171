/**
 * Send and Wait for Response. The field names and values follow n8n's own send-and-wait nodes
 * (n8n-nodes-base `utils/sendAndWait`), because n8n's "Request human approval for tools" variant
 * (`<node>HitlTool`) fixes `responseType` to `approval` and keeps `approvalOptions` as they are.
 */

export const SEND_AND_WAIT_RESPONSE_TYPES = ['approval', 'freeText', 'customForm'] as const;
export type SendAndWaitResponseType = (typeof SEND_AND_WAIT_RESPONSE_TYPES)[number];

export const APPROVAL_TYPES = ['single', 'double'] as const;
export type ApprovalType = (typeof APPROVAL_TYPES)[number];

export const DEFAULT_APPROVE_LABEL = 'Approve';
export const DEFAULT_DECLINE_LABEL = 'Decline';
export const DEFAULT_RESPOND_LABEL = 'Respond';
export const DEFAULT_FORM_BUTTON_LABEL = 'Submit';

/**
 * A label is shown on a WhatsApp call-to-action button (Meta: 20 characters), in the text of the
 * message and as the page's button; one limit keeps all three readable.
 */
export const RESPONSE_LABEL_MAX = 20;

/** Custom form fields, as n8n's Form node names them (a subset that works on every phone). */
export const FORM_FIELD_TYPES = ['text', 'textarea', 'number', 'email', 'date', 'dropdown'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];
export const FORM_FIELDS_MAX = 20;
export const FORM_FIELD_LABEL_MAX = 100;
/** What one answer may hold; longer posts are cut, so a page cannot flood the workflow. */
export const FORM_ANSWER_MAX = 10_000;

/** Limit Wait Time (n8n's names): after an interval or at a date and time. */
export const WAIT_LIMIT_TYPES = ['afterTimeInterval', 'atSpecifiedTime'] as const;
export type WaitLimitType = (typeof WAIT_LIMIT_TYPES)[number];
export const WAIT_UNITS = ['minutes', 'hours', 'days'] as const;
export type WaitUnit = (typeof WAIT_UNITS)[number];
export const WAIT_UNIT_MS: Record<WaitUnit, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };
/** The interval Limit Wait Time opens with (n8n's own send-and-wait default), also what an unset value means. */
export const WAIT_DEFAULT: { amount: number; unit: WaitUnit } = { amount: 45, unit: 'minutes' };
/** The wait tracker of n8n checks waiting executions once a minute, so a shorter limit is not kept. */
export const WAIT_AMOUNT_MIN_MINUTES = 1;
