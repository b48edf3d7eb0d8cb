// Why someone reports an auction, and why a moderator removes one, as the API
// names them (FLAG_REASONS in core/schemas.ts: copied rather than imported,
// which would pull TypeBox into the bundle; the Record below fails the
// typecheck when the API's list gains one, and a unit test compares the two).
import type { CompactAuction, FlagReason } from '../../core/schemas.ts';

const KNOWN: Record<FlagReason, true> = {
  prohibited: true,
  counterfeit: true,
  fraud: true,
  offensive: true,
  misleading: true,
  other: true,
};

/** In the API's order, the catch-all last: the order the report form offers them. */
export const FLAG_REASONS = Object.keys(KNOWN) as FlagReason[];

export function isFlagReason(value: unknown): value is FlagReason {
  return typeof value === 'string' && Object.hasOwn(KNOWN, value);
}

/** A moderator took it down while it was open: that ended it, without a sale. */
export function endedByRemoval(auction: Pick<CompactAuction, 'outcome'>): boolean {
  return auction.outcome === 'REMOVED';
}

/**
 * A moderator took it down: while it was open (endedByRemoval), or after it
 * ended, when it keeps its result — a sale stands between its parties — and
 * only gains `removalReason`.
 */
export function isRemoved(auction: Pick<CompactAuction, 'outcome' | 'removalReason'>): boolean {
  return endedByRemoval(auction) || auction.removalReason !== undefined;
}

/** Taken down after it ended: its result (sold, or not) still stands. */
export function isRemovedAfterEnd(
  auction: Pick<CompactAuction, 'outcome' | 'removalReason'>,
): boolean {
  return !endedByRemoval(auction) && auction.removalReason !== undefined;
}

/**
 * Why a moderator removed it; null when it was not removed, or for a reason
 * this build does not know yet (a newer replica's), which is then not named.
 */
export function removalReasonOf(auction: Pick<CompactAuction, 'removalReason'>): FlagReason | null {
  return isFlagReason(auction.removalReason) ? auction.removalReason : null;
}
