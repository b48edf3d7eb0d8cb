// Whether late bids moved the end (soft close, issue 8):
// - an end at `maxEndsAt` with a bid inside the window before it means the
//   hard deadline stopped the extensions (or the auction was scheduled to end
//   there; "ended at its hard deadline" is true either way);
// - otherwise the end was extended when it is later than `originalEndsAt`,
//   the end set at creation.
// Auctions stored before `originalEndsAt` was recorded (null) are judged from
// the bid times instead: the placeBid script sets the end to exactly
// "bid time + window" (core/rules.ts endAfterBid), so a bid with placedAt +
// window = endsAt extended it. That guess has one false positive: a bid
// placed exactly `window` ms before an unextended end, which extends nothing
// (the rule is "less than" the window).
import type { Auction, Bid } from '../../core/schemas.ts';

export interface SoftCloseEffect {
  /** "extended": late bids moved the end; "deadline": it ended at its hard deadline. */
  kind: 'extended' | 'deadline';
  windowSeconds: number;
  /** The final end (ISO). */
  endedAt: string;
}

export function softCloseEffect(
  auction: Pick<Auction, 'softCloseSeconds' | 'endsAt' | 'originalEndsAt' | 'maxEndsAt'>,
  bids: Pick<Bid, 'placedAt'>[],
): SoftCloseEffect | null {
  const windowMs = auction.softCloseSeconds * 1000;
  if (windowMs === 0 || bids.length === 0) return null;
  const endMs = Date.parse(auction.endsAt);
  const placed = bids.map((bid) => Date.parse(bid.placedAt));
  const effect = (kind: SoftCloseEffect['kind']) => ({
    kind,
    windowSeconds: auction.softCloseSeconds,
    endedAt: auction.endsAt,
  });
  if (auction.maxEndsAt !== null && Date.parse(auction.maxEndsAt) === endMs) {
    return placed.some((at) => at < endMs && endMs - at < windowMs) ? effect('deadline') : null;
  }
  const extended =
    auction.originalEndsAt === null
      ? placed.some((at) => at + windowMs === endMs)
      : endMs > Date.parse(auction.originalEndsAt);
  return extended ? effect('extended') : null;
}
