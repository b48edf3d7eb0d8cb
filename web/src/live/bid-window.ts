// Reading an auction page's bids again over REST after it missed a
// cancellation (a lost `bids:cancelled`, a reconnection): the socket's
// catch-up only brings bids after the last one held, while the marks the page
// lacks are on bids it already holds — so the whole window is read, from the
// oldest bid it holds.
import type { Auction, Bid } from '../../../core/schemas.ts';
import { api } from '../api/endpoints.ts';

/** The most bids one request may ask for (core/schemas.ts, ListBidsQuery). */
const BIDS_PER_REQUEST = 500;

/**
 * The auction, then every bid after `afterSeq`, a request at a time. Read
 * after the auction, the bids carry the marks of every cancellation it counts.
 */
export async function readBidWindow(
  auctionId: string,
  afterSeq: number,
): Promise<{ auction: Auction; bids: Bid[] }> {
  const auction = await api.getAuction(auctionId);
  const bids: Bid[] = [];
  for (let from = afterSeq; ;) {
    const { items } = await api.listBids(auctionId, from, BIDS_PER_REQUEST);
    bids.push(...items);
    if (items.length < BIDS_PER_REQUEST) return { auction, bids };
    from = Math.max(...items.map((bid) => bid.seq));
  }
}
