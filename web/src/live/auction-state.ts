// The live state of one auction page as a pure reducer: REST load, socket
// events and catch-up answers can arrive in any order and more than once, so
// bids are de-duplicated by seq and the auction with the highest seq wins.
//
// Bids are numbered 1, 2, 3… per auction (closing adds one to the auction's
// seq but is no bid), so the page has every bid up to `coveredSeq` and knows
// it misses some whenever the auction's bidCount is larger.
import type { Auction, Bid, CompactAuction } from '../../../core/schemas.ts';

export interface AuctionLiveState {
  auction: Auction | null;
  /** Newest first, one per seq. */
  bids: Bid[];
  /** Every bid from the start of the loaded window up to this seq is in `bids`. */
  coveredSeq: number;
  /** The bid that took the lead from the viewer, until they lead again. */
  outbidBy: Bid | null;
}

export type AuctionLiveAction =
  /** The REST load: the auction and its bids after `afterSeq`. */
  | { type: 'loaded'; auction: Auction; bids: Bid[]; afterSeq: number }
  /** From an ack (the whole auction) or an event (compact: no description). */
  | { type: 'bids'; auction: CompactAuction; bids: Bid[]; viewerId: string | null }
  | { type: 'olderBids'; bids: Bid[] }
  | { type: 'dismissOutbid' };

export const initialAuctionLiveState: AuctionLiveState = {
  auction: null,
  bids: [],
  coveredSeq: 0,
  outbidBy: null,
};

export function mergeBids(current: Bid[], incoming: Bid[]): Bid[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map<number, Bid>();
  for (const bid of current) bySeq.set(bid.seq, bid);
  for (const bid of incoming) bySeq.set(bid.seq, bid);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}

/** The highest seq reachable from `from` without a hole in `bids`. */
export function coveredFrom(bids: Bid[], from: number): number {
  const seqs = new Set(bids.map((bid) => bid.seq));
  let covered = from;
  while (seqs.has(covered + 1)) covered += 1;
  return covered;
}

/** True when the auction says there are bids the page has not received. */
export function missesBids(state: AuctionLiveState): boolean {
  return state.auction !== null && state.auction.bidCount > state.coveredSeq;
}

/**
 * The later of the two; a compact auction keeps the description the page
 * already has. At an equal seq the incoming one wins: a correction, a photo
 * added or removed, or a moderator's removal of the ended auction changes it
 * without changing its seq. A removal and its reversal are never undone, so
 * at an equal seq they are kept from a reading (a stale one) that lacks them.
 */
function newer(current: Auction | null, incoming: CompactAuction): Auction {
  if (current && current.seq > incoming.seq) return current;
  const description = (incoming as Partial<Auction>).description ?? current?.description ?? '';
  const next: Auction = { ...incoming, description };
  if (current?.seq !== incoming.seq) return next;
  if (current.removalReason !== undefined) next.removalReason ??= current.removalReason;
  if (current.removalReversed) next.removalReversed = true;
  return next;
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
    case 'loaded': {
      const bids = mergeBids([], action.bids);
      const coveredSeq = coveredFrom(bids, action.afterSeq);
      return { auction: action.auction, bids, coveredSeq, outbidBy: null };
    }
    case 'bids': {
      const auction = newer(state.auction, action.auction);
      const bids = mergeBids(state.bids, action.bids);
      return {
        auction,
        bids,
        coveredSeq: coveredFrom(bids, state.coveredSeq),
        outbidBy: outbidAfter(state, auction, bids, action.viewerId),
      };
    }
    case 'olderBids':
      return { ...state, bids: mergeBids(state.bids, action.bids) };
    case 'dismissOutbid':
      return { ...state, outbidBy: null };
  }
}
