// Bid retraction (eBay's), as the API allows it: more than 12 hours before
// the end, every bid of one's own on the auction goes; in its last 12 hours,
// only one's latest bid, within an hour of placing it. The page works out
// which of the two a retraction would be, on the server's clock, so the
// question says what will happen before anything is sent (the API decides,
// and answers the scope it applied).
import { RETRACT_ALL_BEFORE_END_HOURS, RETRACT_LATEST_WITHIN_HOURS } from '../../../core/rules.ts';
import type { Bid, CompactAuction, RetractionResult } from '../../../core/schemas.ts';

export { RETRACT_ALL_BEFORE_END_HOURS, RETRACT_LATEST_WITHIN_HOURS };

export type RetractionScope = RetractionResult['scope'];

const HOUR_MS = 3_600_000;

/** What retracting would take back at `nowMs` (server clock): every bid of one's, or the latest. */
export function retractionScopeAt(endsAt: string, nowMs: number): RetractionScope {
  return Date.parse(endsAt) - nowMs > RETRACT_ALL_BEFORE_END_HOURS * HOUR_MS ? 'all' : 'latest';
}

/** The viewer's bids that still stand among those loaded, newest first. */
export function ownStandingBids(bids: readonly Bid[], viewerId: string | null): Bid[] {
  if (viewerId === null) return [];
  return bids.filter((bid) => bid.bidder.id === viewerId && !bid.cancelled);
}

/** Whether the page offers *Retirar meu lance*: an open auction where a loaded bid of the viewer's stands. */
export function mayRetract(
  auction: Pick<CompactAuction, 'status'>,
  bids: readonly Bid[],
  viewerId: string | null,
): boolean {
  return auction.status === 'open' && ownStandingBids(bids, viewerId).length > 0;
}

/**
 * The viewer's bids a retraction took back, newest first, as far as the page
 * holds them (`bids`: those loaded; the answer names only ids). Automatic
 * answers it drew from other bidders are not theirs.
 */
export function ownRetractedBids(
  result: Pick<RetractionResult, 'cancelledBidIds'>,
  bids: readonly Bid[],
  viewerId: string,
): Bid[] {
  const ids = new Set(result.cancelledBidIds);
  return bids.filter((bid) => ids.has(bid.id) && bid.bidder.id === viewerId);
}
