// Whether late bids moved the end (soft close, issue 8), derived from what
// the worker sees: the auction carries only its final `endsAt`, not the
// original one. The placeBid script sets the end to exactly
// "bid time + window", capped at `maxEndsAt` (core/rules.ts endAfterBid), so:
// - a bid with placedAt + window = endsAt extended the end;
// - an end at `maxEndsAt` with a bid inside the window before it means the
//   hard deadline stopped the extensions (or the auction was scheduled to end
//   there; "ended at its hard deadline" is true either way).
// The only false positive: a bid placed exactly `window` ms before an
// unextended end, which extends nothing (the rule is "less than" the window).
import type { Auction, Bid } from '../../core/schemas.ts';

export interface SoftCloseEffect {
  /** "extended": late bids moved the end; "deadline": it ended at its hard deadline. */
  kind: 'extended' | 'deadline';
  windowSeconds: number;
  /** The final end (ISO). */
  endedAt: string;
}

export function softCloseEffect(
  auction: Pick<Auction, 'softCloseSeconds' | 'endsAt' | 'maxEndsAt'>,
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
  return placed.some((at) => at + windowMs === endMs) ? effect('extended') : null;
}
