// The seller's cancellation of a bidder's bids (eBay's bid cancellation,
// `POST /api/auctions/:id/bids/cancel`): the reasons the API takes, and whose
// bids the seller is offered to cancel — every bidder with a bid standing
// among those the page holds, as retraction offers its button.
import type { Auction, Bid, SellerCancelReason } from '../../../core/schemas.ts';

// Copied from SELLER_CANCEL_REASONS rather than imported, which would pull
// TypeBox into the bundle: the Record fails the typecheck when the API's list
// gains one, and a unit test compares the two.
const KNOWN: Record<SellerCancelReason, true> = {
  bidder_request: true,
  listing_error: true,
  item_unavailable: true,
  fraud_concern: true,
};

/** In the API's order: the order the question offers them. */
export const SELLER_CANCEL_REASONS = Object.keys(KNOWN) as SellerCancelReason[];

/** A bidder the seller may cancel the bids of. */
export interface BidderWithBids {
  id: string;
  name: string;
  /** Their bids standing among those the page holds. */
  count: number;
  /** The highest of them, in centavos. */
  highest: number;
}

/**
 * The bidders with a bid standing among `bids`, the latest to bid first (the
 * leader leads the list), for the seller of an open auction; none for anyone
 * else or once it ended.
 */
export function biddersWithStandingBids(
  auction: Pick<Auction, 'status' | 'seller'>,
  bids: readonly Bid[],
  viewerId: string | null,
): BidderWithBids[] {
  if (auction.status !== 'open' || viewerId === null || auction.seller.id !== viewerId) return [];
  const byId = new Map<string, BidderWithBids>();
  const newestFirst = [...bids].sort((a, b) => b.seq - a.seq);
  for (const bid of newestFirst) {
    if (bid.cancelled) continue;
    const known = byId.get(bid.bidder.id);
    if (known) {
      known.count += 1;
      known.highest = Math.max(known.highest, bid.amount);
    } else {
      const { id, name } = bid.bidder;
      byId.set(id, { id, name, count: 1, highest: bid.amount });
    }
  }
  return [...byId.values()];
}
