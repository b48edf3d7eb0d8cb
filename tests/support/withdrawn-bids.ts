// What the tests of withdrawn bids (a suspended account's, a retraction, a
// seller's cancellation) read back: an auction's whole history as the API
// gives it, and where the auction stands.
import type { Bid, CompactAuction } from '../../core/schemas.ts';
import { call } from './api-client.ts';

export const historyOf = async (base: string, auctionId: string) =>
  (await call<{ items: Bid[] }>(base, 'GET', `/api/auctions/${auctionId}/bids`)).body.items;

/** Leader, price and counts: what a withdrawal changes. */
export const standing = (auction: CompactAuction) => ({
  leader: auction.leader?.name ?? null,
  currentPrice: auction.currentPrice,
  bidCount: auction.bidCount,
  cancelledBidCount: auction.cancelledBidCount,
});
