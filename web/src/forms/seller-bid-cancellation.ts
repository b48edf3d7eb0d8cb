// The seller's cancellation of a bidder's bids (eBay's bid cancellation,
// `POST /api/auctions/:id/bids/cancel`): the reasons the API takes, and whose
// bids the seller is offered to cancel — every bidder with a bid standing,
// as the API counts them (`GET /api/auctions/:id/bidders`) and the page
// hears of later bids.
import type {
  Auction,
  Bid,
  SellerCancelReason,
  StandingBidder,
  StandingBidders,
} from '../../../core/schemas.ts';
import { standingBidders } from '../../../core/standing-bidders.ts';

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

/** Whether the viewer is offered to cancel bids here: the seller, while the auction is open. */
export function offersCancellation(
  auction: Pick<Auction, 'status' | 'seller'>,
  viewerId: string | null,
): boolean {
  return auction.status === 'open' && viewerId !== null && auction.seller.id === viewerId;
}

/**
 * The bidders the seller of an open auction is offered to cancel the bids
 * of, the latest to bid first (the leader leads the list); none for anyone
 * else or once it ended. With `counted` (the API's count of the whole
 * history, up to its `seq`), those it lists with the page's later bids
 * added; without it (not read yet, or refused), those with a bid standing
 * among the bids the page holds.
 */
export function biddersToOffer(
  auction: Pick<Auction, 'status' | 'seller'>,
  bids: readonly Bid[],
  viewerId: string | null,
  counted: StandingBidders | null,
): StandingBidder[] {
  if (!offersCancellation(auction, viewerId)) return [];
  if (!counted) return standingBidders(bids);
  return standingBidders(
    bids.filter((bid) => bid.seq > counted.seq),
    counted.bidders,
  );
}
