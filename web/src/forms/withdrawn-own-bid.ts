// Whether the bid form's last answer ("Lance de R$ 21,00 aceito. Você está
// na frente!") still holds once bids were withdrawn. It speaks of the bids
// the viewer's request placed; taken back on another tab or device of
// theirs (bid retraction), cancelled by the seller (eBay's bid cancellation)
// or by the moderators, they no longer
// count, yet no later bid comes to clear the answer (a withdrawal keeps the
// auction's seq), so the form says what became of them instead. Read from
// the marks on the bids the page holds (bid-marks.ts), which a
// `bids:cancelled` and a reading again after a missed one both leave.
import type { Bid } from '../../../core/schemas.ts';

export interface OwnBidWithdrawal {
  /**
   * Marked `cancelledBySeller`: the seller cancelled them; `retracted`: taken
   * back by a retraction; neither: cancelled by the moderators.
   */
  reason: 'seller' | 'retraction' | 'moderation';
  /** The bids the answer spoke of, as the page now holds them: withdrawn. */
  bids: Bid[];
}

/**
 * What became of the bids an answer spoke of (`spoken`: the viewer's, from
 * one request), or null while the answer holds. Someone else's withdrawal
 * may cancel the viewer's bid too: above the new price, it is placed again
 * for them at that price (core/redis/scripts/lib/withdraw.lua). A newer bid
 * of theirs that stands says so — theirs still counts, and being a later
 * bid it clears the answer by itself.
 */
export function ownBidWithdrawal(
  spoken: readonly Bid[],
  held: readonly Bid[],
): OwnBidWithdrawal | null {
  const bidderId = spoken[0]?.bidder.id;
  if (bidderId === undefined) return null;
  const ids = new Set(spoken.map((bid) => bid.id));
  const withdrawn = held.filter((bid) => ids.has(bid.id) && bid.cancelled);
  if (withdrawn.length === 0) return null;
  const lastSpoken = Math.max(...spoken.map((bid) => bid.seq));
  const placedAgain = held.some(
    (bid) => bid.bidder.id === bidderId && bid.seq > lastSpoken && !bid.cancelled,
  );
  if (placedAgain) return null;
  return { reason: withdrawalReason(withdrawn), bids: withdrawn };
}

function withdrawalReason(withdrawn: readonly Bid[]): OwnBidWithdrawal['reason'] {
  if (withdrawn.some((bid) => bid.cancelledBySeller)) return 'seller';
  return withdrawn.some((bid) => bid.retracted) ? 'retraction' : 'moderation';
}
