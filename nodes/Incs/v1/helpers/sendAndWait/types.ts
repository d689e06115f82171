import type { ApprovalType, FormFieldType, SendAndWaitResponseType } from '../constants/sendAndWait';

/** One field of a Custom Form, checked. */
export interface FormField {
	label: string;
	type: FormFieldType;
	required: boolean;
	placeholder?: string;
	/** Dropdown choices. */
	choices?: string[];
}

/** What the person is asked and how they answer, read from the node and checked. */
export interface ResponseSetup {
	responseType: SendAndWaitResponseType;
	approvalType: ApprovalType;
	approveLabel: string;
	declineLabel: string;
	/** The label of the one link of Free Text and Custom Form. */
	respondLabel: string;
	fields: FormField[];
}

/** One link in the message: its label, the signed URL and the answer it stands for. */
export interface ResponseLink {
	label: string;
	url: string;
	approved: boolean;
}

/** Makes n8n's signed resume URL with these query parameters (`getSignedResumeUrl`). */
export type SignLink = (query: Record<string, string>) => string;
