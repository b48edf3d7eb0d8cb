// The sales the viewer may still rate, as *Minha atividade* lists them
// (`GET /api/me/feedback/pending`): each with whom they rate — as the seller
// the buyer, as the buyer the seller (`ratedParty`, the auction page's rule).
import type { Auction, PendingFeedback, PublicUser } from '../../../core/schemas.ts';
import { ratedParty, type SaleRole } from '../forms/sale-feedback.ts';

export interface SaleToRate {
  auction: Auction;
  /** The viewer's part in the sale. */
  role: SaleRole;
  /** Whom the viewer rates. */
  rated: PublicUser;
  openUntil: string;
}

/**
 * The sales still to rate at `nowMs` (the server's clock), in the API's order
 * (the soonest window to close first). A window that closed since the reading
 * is left out, as the auction page then offers no form; so is a sale without
 * the other party, which the API never sends.
 */
export function salesToRate(items: PendingFeedback[], nowMs: number): SaleToRate[] {
  return items.flatMap(({ auction, role, openUntil }) => {
    const rated = ratedParty(auction, role);
    return rated && nowMs < Date.parse(openUntil) ? [{ auction, role, rated, openUntil }] : [];
  });
}
