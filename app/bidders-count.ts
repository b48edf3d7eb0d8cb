// The seller's count of the bidders with bids standing on their auction
// (`GET /api/auctions/:id/bidders`), over the whole history. Each replica
// keeps its last count of an auction, so reading it again costs only the
// bids placed since: records before `seq` change only when bids are
// withdrawn, and every withdrawal raises the auction's cancelledBidCount,
// which then starts the count over. A seller's page reads it on opening and
// after each withdrawal; without this, each reading of a long auction would
// parse every bid it ever had.
import type { AuctionStore } from '../core/redis/auction-store.ts';
import type { Auction, StandingBidders } from '../core/schemas.ts';
import { standingBidders } from '../core/standing-bidders.ts';

/** Auctions whose count a replica keeps, the least recently read dropped first. */
const KEPT_AUCTIONS = 500;

interface KeptCount {
  cancelledBidCount: number;
  count: StandingBidders;
}

export function createBiddersCount(auctions: Pick<AuctionStore, 'allBids'>) {
  const kept = new Map<string, KeptCount>();

  return async function countBidders(auction: Auction): Promise<StandingBidders> {
    const earlier = kept.get(auction.id);
    // Read before the bids: a withdrawal between the two readings leaves the
    // count labelled with the old number, so the next reading starts over.
    const { cancelledBidCount } = auction;
    const start = earlier?.cancelledBidCount === cancelledBidCount ? earlier.count : undefined;
    const since = await auctions.allBids(auction.id, start?.seq ?? 0);
    const count: StandingBidders = {
      auctionId: auction.id,
      seq: since.at(-1)?.seq ?? start?.seq ?? 0,
      bidders: standingBidders(since, start?.bidders),
    };
    kept.delete(auction.id);
    kept.set(auction.id, { cancelledBidCount, count });
    if (kept.size > KEPT_AUCTIONS) kept.delete(kept.keys().next().value as string);
    return count;
  };
}
