// Suspending an account, as the moderators' forms ask it (*Suspender
// vendedor* in the queue, *Suspender conta* on a profile): what they choose
// beside the reason, and what the sentence after it reports of the answer.
import type { SuspendResult, SuspendUserBody } from '../../../core/schemas.ts';

/** SuspendUserBody's options, each one said (the forms show both). */
export type SuspendChoices = Required<Omit<SuspendUserBody, 'reason'>>;

/**
 * Both checked to begin with: a fraudster's other listings are where the
 * next buyers would be hurt, and shill bidding — the usual reason eBay
 * cancels a suspended account's bids — keeps pushing up prices others pay.
 */
export const INITIAL_SUSPEND_CHOICES: SuspendChoices = {
  removeOpenAuctions: true,
  cancelBids: true,
};

/** How many open auctions the suspension changed, each null when it was not asked to. */
export interface SuspensionCounts {
  removed: number | null;
  bidsCancelledOn: number | null;
}

export function suspensionCounts(choices: SuspendChoices, result: SuspendResult): SuspensionCounts {
  return {
    removed: choices.removeOpenAuctions ? result.removed.length : null,
    bidsCancelledOn: choices.cancelBids ? result.bidsCancelledOn.length : null,
  };
}
