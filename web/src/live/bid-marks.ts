// The marks on the auction page's bids that no longer count: `cancelled`,
// with `retracted` when their bidder took them back (bid retraction) rather
// than the moderators. A mark is never taken back — a reading from before the
// withdrawal may arrive after it — and a bid a `bids:cancelled` named is
// marked whenever it arrives (a catch-up read before it, older bids loaded).
import type { Bid } from '../../../core/schemas.ts';

/** The bids the page's `bids:cancelled` events (and retraction answers) named. */
export interface NamedWithdrawals {
  cancelledIds: ReadonlySet<string>;
  /** Those of them withdrawn by a retraction. */
  retractedIds: ReadonlySet<string>;
}

/** `bid` with a cancellation mark, and a retraction one when `retracted`. */
const withMarks = (bid: Bid, retracted: boolean): Bid => ({
  ...bid,
  cancelled: true,
  ...(retracted ? { retracted: true as const } : {}),
});

/** The incoming copy of a bid, keeping the marks an earlier copy carried. */
function keepMarks(known: Bid | undefined, incoming: Bid): Bid {
  if (!known?.cancelled) return incoming;
  if (incoming.cancelled && (incoming.retracted || !known.retracted)) return incoming;
  return withMarks(incoming, known.retracted === true || incoming.retracted === true);
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
    const retracted = named.retractedIds.has(bid.id);
    if (!named.cancelledIds.has(bid.id)) return bid;
    if (bid.cancelled && (bid.retracted || !retracted)) return bid;
    return withMarks(bid, retracted || bid.retracted === true);
  });
}
