// How an auction's bids are numbered: 1, 2, 3… whether they stand or the
// moderators cancelled them (a suspended account's), so `bidCount` — the bids
// that stand — no longer says the last seq alone. API replicas of the release
// before cancellations send auctions without `cancelledBidCount`; during a
// rolling update a page may hear from one of them, and none were cancelled.
import type { CompactAuction } from '../../../core/schemas.ts';

type Counted = Pick<CompactAuction, 'bidCount'> & { cancelledBidCount?: number };

/** Bids the moderators cancelled on it; only grows. */
export const cancelledBidsOf = (auction: { cancelledBidCount?: number }): number =>
  auction.cancelledBidCount ?? 0;

/** The seq of its last bid (the auction's own seq also counts its close). */
export const lastBidSeq = (auction: Counted): number => auction.bidCount + cancelledBidsOf(auction);
