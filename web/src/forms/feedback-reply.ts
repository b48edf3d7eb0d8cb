// The rated person's answer to a rating (eBay's reply to feedback), as the UI
// needs it before and after asking the API (app/routes/feedback.ts): who may
// answer (the person the rating is about, once), and how an answer joins what
// is shown — a rating is answered once and never rewritten, so one with its
// answer always supersedes one without.
import type { AuctionFeedback, Feedback } from '../../../core/schemas.ts';
import { withFeedback } from './sale-feedback.ts';

/**
 * ReplyToFeedbackBody's limit (core/schemas.ts; copied rather than imported,
 * which would pull TypeBox into the bundle; a unit test keeps them equal).
 */
export const FEEDBACK_REPLY_MAX_LENGTH = 500;

/** Refusals after which the form can only fail again: it goes, and the section says why. */
export const FINAL_REPLY_REFUSALS: ReadonlySet<string> = new Set([
  'ALREADY_REPLIED',
  'NOT_RATED',
  'FEEDBACK_NOT_FOUND',
]);

/** Only the person the rating is about, signed in, while it has no answer. */
export function mayReply(feedback: Feedback, viewerId: string | null): boolean {
  return viewerId !== null && feedback.to.id === viewerId && feedback.reply === null;
}

const sameRating = (a: Feedback, b: Feedback) => a.auctionId === b.auctionId && a.role === b.role;

/** A list of ratings with `answered` in place of its unanswered self; anything else is kept. */
export function withReplyIn(items: readonly Feedback[], answered: Feedback): Feedback[] {
  if (answered.reply === null) return [...items];
  return items.map((item) => (sameRating(item, answered) && item.reply === null ? answered : item));
}

/**
 * A sale's feedback once `answered` is known: in place of the rating without
 * its answer, or added when the rating itself was not heard of yet (each
 * role once, as withFeedback).
 */
export function withReply(sale: AuctionFeedback, answered: Feedback): AuctionFeedback {
  if (!sale.items.some((item) => sameRating(item, answered))) return withFeedback(sale, answered);
  const items = withReplyIn(sale.items, answered);
  return items.every((item, n) => item === sale.items[n]) ? sale : { ...sale, items };
}

/**
 * A fresh reading of the sale, keeping an answer already shown that the
 * reading lacks (with its rating, if the reading lacks that too): it was
 * started before the answer and is older than it.
 */
export function keepKnownReplies(
  shown: AuctionFeedback | null,
  read: AuctionFeedback,
): AuctionFeedback {
  const answered = shown?.items.filter((item) => item.reply !== null) ?? [];
  return answered.reduce(withReply, read);
}
