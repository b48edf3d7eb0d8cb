// Who has bids standing on an auction, for the seller's cancellation of one
// bidder's bids: the API counts the whole history once, and the seller's
// page adds the bids it hears after that, with the same rule.
import type { Bid, StandingBidder } from './schemas.ts';

/**
 * The bidders with a bid standing among `bids` — each with how many, the
 * highest and the latest's seq — added to `counted` (an earlier count of
 * the bids before these), the latest to bid first.
 */
export function standingBidders(
  bids: readonly Bid[],
  counted: readonly StandingBidder[] = [],
): StandingBidder[] {
  const byId = new Map(counted.map((bidder) => [bidder.id, { ...bidder }]));
  for (const bid of bids) {
    if (bid.cancelled) continue;
    const known = byId.get(bid.bidder.id);
    if (known) {
      known.standing += 1;
      known.highest = Math.max(known.highest, bid.amount);
      known.lastSeq = Math.max(known.lastSeq, bid.seq);
    } else {
      const { id, name } = bid.bidder;
      byId.set(id, { id, name, standing: 1, highest: bid.amount, lastSeq: bid.seq });
    }
  }
  return [...byId.values()].sort((a, b) => b.lastSeq - a.lastSeq);
}
