import type { JournalEntry } from '../journal';
import type { SimulatorState } from '../state';

export interface ApiRequest {
	method: string;
	path: string;
	params: Record<string, string>;
	query: URLSearchParams;
	body: unknown;
	entry: JournalEntry;
	state: SimulatorState;
}

/** Returns the envelope's `data`; throws ApiError for an error envelope. */
export type ApiHandler = (request: ApiRequest) => unknown;
