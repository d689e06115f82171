import type { ApiHandler } from './types';

/**
 * Only `display_phone_number` is documented (§7). The other fields are SIMULATOR-ONLY guesses
 * modelled on Meta's phone-number object; a client must not depend on them.
 */
export const SIMULATOR_ONLY_ACCOUNT_FIELDS = ['verified_name', 'phone_number', 'channel_id', 'quality_rating', 'messaging_limit_tier'] as const;

export const getAccount: ApiHandler = ({ state }) => {
	const options = state.options;
	return {
		display_phone_number: options.displayPhoneNumber,
		verified_name: 'INCS Simulator',
		phone_number: options.businessPhone,
		channel_id: options.channelId,
		quality_rating: 'GREEN',
		messaging_limit_tier: 'TIER_1K',
	};
};
