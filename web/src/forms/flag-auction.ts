// Reporting an auction to the moderators, as the auction page needs it before
// asking the API (POST /api/auctions/:id/flags): who is offered the report
// (anyone signed in but the seller, while the auction was neither cancelled
// nor removed — one removed after its end included, even once an appeal
// reversed it: the API refuses both; a finished one may otherwise be
// reported), what it sends, and which refusals leave nothing to try again.
import type { CompactAuction, FlagAuctionBody, FlagReason } from '../../../core/schemas.ts';
import { isRemoved } from '../flag-reasons.ts';

/**
 * FlagAuctionBody's limit on the details (core/schemas.ts; copied rather
 * than imported, which would pull TypeBox into the bundle; a unit test keeps
 * them equal).
 */
export const FLAG_DETAILS_MAX_LENGTH = 1000;

export function mayFlag(auction: CompactAuction, viewerId: string | null): boolean {
  return (
    viewerId !== null &&
    auction.seller.id !== viewerId &&
    auction.status !== 'cancelled' &&
    !isRemoved(auction)
  );
}

/** The request body: the details trimmed, left out when blank. */
export function flagBody(reason: FlagReason, typed: string): FlagAuctionBody {
  const details = typed.trim();
  return details === '' ? { reason } : { reason, details };
}

/**
 * Refusals after which the form can only fail again: reported before (from
 * this or another device), the auction gone or taken down meanwhile, or one's
 * own. The others (network, rate limit, a session that ended) may be retried.
 */
const FINAL = new Set(['ALREADY_FLAGGED', 'AUCTION_CANCELLED', 'AUCTION_NOT_FOUND', 'OWN_AUCTION']);

export function isFinalFlagRefusal(code: string): boolean {
  return FINAL.has(code);
}
