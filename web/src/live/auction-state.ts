// The live state of one auction page as a pure reducer: REST load, socket
// events and catch-up answers can arrive in any order and more than once, so
// bids are de-duplicated by seq and the auction with the highest seq wins.
import type { Auction, Bid } from '../../../core/schemas.ts';

export interface AuctionLiveState {
  auction: Auction | null;
  /** Newest first, one per seq. */
  bids: Bid[];
  /** The bid that took the lead from the viewer, until they lead again. */
  outbidBy: Bid | null;
}

export type AuctionLiveAction =
  | { type: 'loaded'; auction: Auction; bids: Bid[] }
  | { type: 'bids'; auction: Auction; bids: Bid[]; viewerId: string | null }
  | { type: 'olderBids'; bids: Bid[] }
  | { type: 'dismissOutbid' };

export const initialAuctionLiveState: AuctionLiveState = {
  auction: null,
  bids: [],
  outbidBy: null,
};

export function mergeBids(current: Bid[], incoming: Bid[]): Bid[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map<number, Bid>();
  for (const bid of current) bySeq.set(bid.seq, bid);
  for (const bid of incoming) bySeq.set(bid.seq, bid);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}

/** Each auction event raises seq by exactly one; a bigger jump means we missed some. */
export function missedEvents(knownSeq: number, incomingSeq: number): boolean {
  return incomingSeq > knownSeq + 1;
}

function newer(current: Auction | null, incoming: Auction): Auction {
  return current && current.seq > incoming.seq ? current : incoming;
}

function outbidAfter(
  state: AuctionLiveState,
  next: Auction,
  bids: Bid[],
  viewerId: string | null,
): Bid | null {
  if (!viewerId) return null;
  if (next.leader?.id === viewerId) return null;
  const wasLeading = state.auction?.leader?.id === viewerId;
  if (wasLeading && next.seq > (state.auction?.seq ?? 0)) return bids[0] ?? state.outbidBy;
  return state.outbidBy;
}

export function auctionLiveReducer(
  state: AuctionLiveState,
  action: AuctionLiveAction,
): AuctionLiveState {
  switch (action.type) {
    case 'loaded':
      return { auction: action.auction, bids: mergeBids([], action.bids), outbidBy: null };
    case 'bids': {
      const auction = newer(state.auction, action.auction);
      const bids = mergeBids(state.bids, action.bids);
      return { auction, bids, outbidBy: outbidAfter(state, auction, bids, action.viewerId) };
    }
    case 'olderBids':
      return { ...state, bids: mergeBids(state.bids, action.bids) };
    case 'dismissOutbid':
      return { ...state, outbidBy: null };
  }
}
