// The live state of one auction page as a pure reducer: REST load, socket
// events and catch-up answers can arrive in any order and more than once, so
// bids are de-duplicated by seq and the auction with the highest seq wins.
//
// Bids are numbered 1, 2, 3… per auction, cancelled ones included (closing
// adds one to the auction's seq but is no bid), so the page has every bid up
// to `coveredSeq` and knows it misses some whenever the auction's last bid
// (bid-numbering.ts) is later. A bid the moderators or the seller cancelled,
// or its bidder retracted, keeps its row, marked (bid-marks.ts); the page knows it misses
// marks whenever the auction counts more cancelled bids than the page's
// reading or events carried.
import type { Auction, Bid, BidsCancelled, CompactAuction } from '../../../core/schemas.ts';
import { markNamed, mergeBids } from './bid-marks.ts';
import { cancelledBidsOf, lastBidSeq } from './bid-numbering.ts';

export interface AuctionLiveState {
  auction: Auction | null;
  /** Newest first, one per seq. */
  bids: Bid[];
  /** Every bid from the start of the loaded window up to this seq is in `bids`. */
  coveredSeq: number;
  /**
   * The auction's `cancelledBidCount` whose marks `bids` carry: every bid
   * cancelled by then is marked. Fewer than the auction's own count means a
   * `bids:cancelled` was missed, and the window is read again.
   */
  marksUpTo: number;
  /**
   * Every bid a `bids:cancelled` named, so one that arrives after it (a
   * catch-up read before the cancellation, older bids loaded) is marked too.
   */
  cancelledIds: ReadonlySet<string>;
  /** Those of `cancelledIds` a retraction withdrew, marked `retracted` the same way. */
  retractedIds: ReadonlySet<string>;
  /** Those of `cancelledIds` the seller cancelled, marked `cancelledBySeller` the same way. */
  sellerCancelledIds: ReadonlySet<string>;
  /**
   * Why the latest `bids:cancelled` this page took in withdrew bids (so the
   * page says it in the right words); null before any.
   */
  withdrawnBy: BidsCancelled['reason'] | null;
  /** The bid that took the lead from the viewer, until they lead again. */
  outbidBy: Bid | null;
}

export type AuctionLiveAction =
  /** The REST load: the auction and its bids after `afterSeq`. */
  | { type: 'loaded'; auction: Auction; bids: Bid[]; afterSeq: number }
  /** From an ack (the whole auction) or an event (compact: no description). */
  | { type: 'bids'; auction: CompactAuction; bids: Bid[]; viewerId: string | null }
  | { type: 'olderBids'; bids: Bid[] }
  /**
   * `bids:cancelled`, or the answer to the viewer's own retraction (or, for
   * the seller, their cancellation of a bidder's bids): these bids
   * no longer count; `bids` puts the new leader at the new price. Without a
   * `reason` (a release before retractions) it was the moderators.
   */
  | {
      type: 'bidsCancelled';
      auction: CompactAuction;
      cancelledBidIds: string[];
      bids: Bid[];
      reason?: BidsCancelled['reason'];
      viewerId: string | null;
    }
  /**
   * The window read again over REST after a missed cancellation: the auction,
   * then every bid from the oldest the page holds on (so, read after it, they
   * carry at least its cancellations' marks).
   */
  | { type: 'reread'; auction: Auction; bids: Bid[]; viewerId: string | null }
  | { type: 'dismissOutbid' };

export const initialAuctionLiveState: AuctionLiveState = {
  auction: null,
  bids: [],
  coveredSeq: 0,
  marksUpTo: 0,
  cancelledIds: new Set(),
  retractedIds: new Set(),
  sellerCancelledIds: new Set(),
  withdrawnBy: null,
  outbidBy: null,
};

/** The highest seq reachable from `from` without a hole in `bids`. */
export function coveredFrom(bids: Bid[], from: number): number {
  const seqs = new Set(bids.map((bid) => bid.seq));
  let covered = from;
  while (seqs.has(covered + 1)) covered += 1;
  return covered;
}

/** True when the auction says there are bids the page has not received. */
export function missesBids(state: AuctionLiveState): boolean {
  return state.auction !== null && lastBidSeq(state.auction) > state.coveredSeq;
}

/**
 * How many of the auction's cancelled bids the page cannot vouch it holds the
 * marks of: 0 when it holds them all, else the window is to be read again.
 */
export function unmarkedCancellations(state: AuctionLiveState): number {
  return state.auction === null ? 0 : Math.max(0, cancelledBidsOf(state.auction) - state.marksUpTo);
}

/**
 * The later of the two; a compact auction keeps the description the page
 * already has. At an equal seq the incoming one wins: a correction, a photo
 * added or removed, a moderator's removal of the ended auction, or bids
 * cancelled without a new one change it without changing its seq. A removal
 * and its reversal are never undone, so at an equal seq they are kept from a
 * reading (a stale one) that lacks them; cancellations only grow, so a
 * reading that counts fewer is stale too.
 */
function newer(current: Auction | null, incoming: CompactAuction): Auction {
  if (current && current.seq > incoming.seq) return current;
  if (current?.seq === incoming.seq && cancelledBidsOf(incoming) < cancelledBidsOf(current))
    return current;
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

/**
 * After a cancellation: the notice goes with the bid it named, or once the
 * viewer leads again. A cancellation never takes the lead from the viewer by
 * someone's bid — only a suspended account's bids and answers to them go, or
 * the viewer's own, retracted or cancelled by the seller, which nobody
 * outbid (the bid form and an alert say so) —, so it adds none.
 */
function outbidAfterCancellation(
  outbidBy: Bid | null,
  next: Auction,
  bids: Bid[],
  viewerId: string | null,
): Bid | null {
  if (!outbidBy || (viewerId !== null && next.leader?.id === viewerId)) return null;
  return bids.find((bid) => bid.seq === outbidBy.seq)?.cancelled ? null : outbidBy;
}

/** The bids held with `incoming` merged in, each one a withdrawal named marked. */
const withBids = (state: AuctionLiveState, incoming: Bid[], named: NamedIds = state) =>
  markNamed(mergeBids(state.bids, incoming), named);

type NamedIds = Pick<AuctionLiveState, 'cancelledIds' | 'retractedIds' | 'sellerCancelledIds'>;

/** The auction, bids and coverage once an ack, event or reading is taken in. */
function takeIn(
  state: AuctionLiveState,
  incoming: CompactAuction,
  incomingBids: Bid[],
  named: NamedIds = state,
) {
  const bids = withBids(state, incomingBids, named);
  return {
    auction: newer(state.auction, incoming),
    bids,
    coveredSeq: coveredFrom(bids, state.coveredSeq),
  };
}

export function auctionLiveReducer(
  state: AuctionLiveState,
  action: AuctionLiveAction,
): AuctionLiveState {
  switch (action.type) {
    case 'loaded': {
      const bids = mergeBids([], action.bids);
      const coveredSeq = coveredFrom(bids, action.afterSeq);
      const marksUpTo = cancelledBidsOf(action.auction);
      return { ...initialAuctionLiveState, auction: action.auction, bids, coveredSeq, marksUpTo };
    }
    case 'bids': {
      const next = takeIn(state, action.auction, action.bids);
      return {
        ...state,
        ...next,
        outbidBy: outbidAfter(state, next.auction, next.bids, action.viewerId),
      };
    }
    case 'bidsCancelled': {
      const named = new Set(action.cancelledBidIds);
      const cancelledIds = new Set([...state.cancelledIds, ...named]);
      const withdrawnBy = action.reason ?? 'moderation';
      const namedIf = (reason: BidsCancelled['reason'], known: ReadonlySet<string>) =>
        withdrawnBy === reason ? new Set([...known, ...named]) : known;
      const retractedIds = namedIf('retraction', state.retractedIds);
      const sellerCancelledIds = namedIf('seller', state.sellerCancelledIds);
      const marks = { cancelledIds, retractedIds, sellerCancelledIds };
      const next = takeIn(state, action.auction, action.bids, marks);
      // Its marks are all the page lacks only if it held every earlier one.
      const counted = cancelledBidsOf(action.auction);
      const whole = state.marksUpTo + named.size >= counted;
      return {
        ...next,
        marksUpTo: whole ? Math.max(state.marksUpTo, counted) : state.marksUpTo,
        ...marks,
        withdrawnBy,
        outbidBy: outbidAfterCancellation(state.outbidBy, next.auction, next.bids, action.viewerId),
      };
    }
    case 'reread': {
      const next = takeIn(state, action.auction, action.bids);
      return {
        ...state,
        ...next,
        marksUpTo: Math.max(state.marksUpTo, cancelledBidsOf(action.auction)),
        outbidBy: outbidAfterCancellation(state.outbidBy, next.auction, next.bids, action.viewerId),
      };
    }
    case 'olderBids':
      return { ...state, bids: withBids(state, action.bids) };
    case 'dismissOutbid':
      return { ...state, outbidBy: null };
  }
}
