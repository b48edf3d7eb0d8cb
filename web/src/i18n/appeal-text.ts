// What the moderators' list says of an appeal beyond its words: the labels of
// the decision appealed — a keep's reason is the one its appellant reported,
// taken by the moderator who kept the auction — and what upholding or
// reversing it does, which for a keep depends on the auction: reversing takes
// it down, ending an open one without a sale (removal's rules, in
// core/redis/scripts/removeAuction-14.lua). And the refusals of deciding, of
// which AUCTION_CLOSED — whose general sentence speaks of bids — is a close
// under way when reversing a keep. A reason this build does not know yet (a
// newer replica's) reads as "other".
import type { AppealToReview } from '../../../core/schemas.ts';
import { ApiError } from '../api/http.ts';
import { isFlagReason } from '../flag-reasons.ts';
import type { Locale } from '../format.ts';
import type { AppealReviewMessages } from './appeal-review-messages.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';

export interface DecisionLabels {
  reason: string;
  decidedAt: string;
  decidedBy: string;
  appellant: string;
}

export function decisionLabels(
  kind: AppealToReview['kind'],
  t: Messages,
  words: AppealReviewMessages,
): DecisionLabels {
  if (kind === 'keep') return words.keep;
  const { decisionReason, decidedAt, decidedBy, appellant } = t.appeals;
  return { reason: decisionReason, decidedAt, decidedBy, appellant };
}

/** The decision's reason in words. */
export function decisionReasonText(reason: string, t: Messages): string {
  return t.flagReasons[isFlagReason(reason) ? reason : 'other'];
}

/** What *Manter a decisão* and *Reverter a decisão* do to what the appeal is about. */
export function appealConsequence(
  { kind, auction, decision }: Pick<AppealToReview, 'kind' | 'auction' | 'decision'>,
  t: Messages,
  words: AppealReviewMessages,
): string {
  const { consequence } = words;
  if (kind !== 'keep') return consequence[kind];
  const reason = decisionReasonText(decision.reason, t);
  return auction?.status === 'open' ? consequence.keepOpen(reason) : consequence.keepEnded(reason);
}

/** A refusal of deciding an appeal, in words. */
export function appealDecisionErrorMessage(
  error: unknown,
  t: Messages,
  words: AppealReviewMessages,
  locale: Locale,
): string {
  if (error instanceof ApiError && error.code === 'AUCTION_CLOSED') return words.closingNow;
  return errorMessage(error, t, locale);
}
