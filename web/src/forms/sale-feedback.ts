// The rules of rating after a sale as the auction page needs them before
// asking the API (app/routes/feedback.ts): who is a party and whom they
// rate, whether they still may (once each, before the window closes on the
// server's clock), and what the form sends.
import type {
  AuctionFeedback,
  CompactAuction,
  Feedback,
  FeedbackRating,
  LeaveFeedbackBody,
  PublicUser,
} from '../../../core/schemas.ts';

/**
 * LeaveFeedbackBody's limit on the comment (core/schemas.ts; copied rather
 * than imported, which would pull TypeBox into the bundle; a unit test keeps
 * them equal).
 */
export const FEEDBACK_COMMENT_MAX_LENGTH = 500;

/** The author's part in a sale: the buyer rates the seller, the seller the buyer. */
export type SaleRole = Feedback['role'];

/** Closed with a winner (sold or bought now): the only auctions rated. */
export function isSold(auction: CompactAuction): boolean {
  return auction.status === 'closed' && auction.winner !== null;
}

/** The viewer's part in the sale, or null (not sold, not a party, not signed in). */
export function saleRoleOf(auction: CompactAuction, viewerId: string | null): SaleRole | null {
  if (viewerId === null || !isSold(auction)) return null;
  if (auction.seller.id === viewerId) return 'seller';
  if (auction.winner?.id === viewerId) return 'buyer';
  return null;
}

/** Whom `role` rates: the buyer rates the seller, the seller the buyer. */
export function ratedParty(auction: CompactAuction, role: SaleRole): PublicUser | null {
  return role === 'buyer' ? auction.seller : auction.winner;
}

/** A party who has not rated yet, while `nowMs` (the server's clock) is before `openUntil`. */
export function mayRate(role: SaleRole | null, sale: AuctionFeedback, nowMs: number): boolean {
  if (role === null || sale.openUntil === null) return false;
  if (sale.items.some((item) => item.role === role)) return false;
  return nowMs < Date.parse(sale.openUntil);
}

/** The sale's feedback with one just left (each role once: a repeat replaces nothing). */
export function withFeedback(sale: AuctionFeedback, left: Feedback): AuctionFeedback {
  if (sale.items.some((item) => item.role === left.role)) return sale;
  return { ...sale, items: [...sale.items, left] };
}

/** The request body: the comment trimmed (as the API keeps it), left out when blank. */
export function feedbackBody(rating: FeedbackRating, typed: string): LeaveFeedbackBody {
  const comment = typed.trim();
  return comment === '' ? { rating } : { rating, comment };
}
