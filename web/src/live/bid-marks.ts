// The marks on the auction page's bids that no longer count: `cancelled`,
// with `retracted` when their bidder took them back (bid retraction), or
// `cancelledBySeller` when the seller cancelled their bidder's bids, rather
// than the moderators. A mark is never taken back — a reading from before the
// withdrawal may arrive after it — and a bid a `bids:cancelled` named is
// marked whenever it arrives (a catch-up read before it, older bids loaded).
import type { Bid } from '../../../core/schemas.ts';

/** The bids the page's `bids:cancelled` events (and its own answers) named. */
export interface NamedWithdrawals {
  cancelledIds: ReadonlySet<string>;
  /** Those of them withdrawn by a retraction. */
  retractedIds: ReadonlySet<string>;
  /** Those of them the seller cancelled. */
  sellerCancelledIds: ReadonlySet<string>;
}

/** Who withdrew a cancelled bid; neither mark: the moderators. */
type WhoMarks = Pick<Bid, 'retracted' | 'cancelledBySeller'>;

/** Whether `bid` is cancelled and carries every mark of `marks`. */
const carries = (bid: Bid, marks: WhoMarks) =>
  bid.cancelled === true &&
  (!marks.retracted || bid.retracted === true) &&
  (!marks.cancelledBySeller || bid.cancelledBySeller === true);

/** `bid`, cancelled, with every mark any of `sources` carries. */
function withMarks(bid: Bid, ...sources: WhoMarks[]): Bid {
  const retracted = sources.some((marks) => marks.retracted);
  const bySeller = sources.some((marks) => marks.cancelledBySeller);
  return {
    ...bid,
    cancelled: true,
    ...(retracted ? { retracted: true as const } : {}),
    ...(bySeller ? { cancelledBySeller: true as const } : {}),
  };
}

/** The incoming copy of a bid, keeping the marks an earlier copy carried. */
function keepMarks(known: Bid | undefined, incoming: Bid): Bid {
  if (!known?.cancelled || carries(incoming, known)) return incoming;
  return withMarks(incoming, known, incoming);
}

/**
 * One bid per seq, newest first; the incoming copy wins, but a withdrawal
 * mark is never taken back (a reading from before it may arrive after it).
 */
export function mergeBids(current: Bid[], incoming: Bid[]): Bid[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map<number, Bid>();
  for (const bid of current) bySeq.set(bid.seq, bid);
  for (const bid of incoming) bySeq.set(bid.seq, keepMarks(bySeq.get(bid.seq), bid));
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq);
}

/** `bids` with those `named` marked as they were withdrawn. */
export function markNamed(bids: Bid[], named: NamedWithdrawals): Bid[] {
  if (named.cancelledIds.size === 0) return bids;
  return bids.map((bid) => {
    if (!named.cancelledIds.has(bid.id)) return bid;
    const marks: WhoMarks = {
      ...(named.retractedIds.has(bid.id) ? { retracted: true } : {}),
      ...(named.sellerCancelledIds.has(bid.id) ? { cancelledBySeller: true } : {}),
    };
    return carries(bid, marks) ? bid : withMarks(bid, bid, marks);
  });
}
