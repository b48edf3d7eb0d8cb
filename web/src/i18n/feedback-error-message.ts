// Refusals of a sale's feedback and of the answers to it: their own codes in
// their own terms (the general sentences of NOT_A_PARTY or AUCTION_CLOSED
// would speak of contacts and bids); the rest (VALIDATION_FAILED,
// UNAUTHORIZED, RATE_LIMITED, network) read the same anywhere
// (error-message.ts).
import { ApiError } from '../api/http.ts';
import type { Locale } from '../format.ts';
import { errorMessage } from './error-message.ts';
import type { Messages } from './messages-pt-br.ts';

export function feedbackErrorMessage(error: unknown, t: Messages, locale: Locale): string {
  if (!(error instanceof ApiError)) return errorMessage(error, t, locale);
  switch (error.code) {
    case 'NOT_A_PARTY':
      return t.feedback.notAParty;
    case 'NOT_SOLD':
      return t.feedback.notSold;
    case 'FEEDBACK_ALREADY_LEFT':
      return t.feedback.alreadyLeft;
    case 'FEEDBACK_CLOSED':
      return t.feedback.closed;
    case 'ACCOUNT_DELETED':
      return t.feedback.accountDeleted(String(error.details.name ?? ''));
    case 'NOT_RATED':
      return t.feedback.notRated;
    case 'FEEDBACK_NOT_FOUND':
      return t.feedback.feedbackNotFound;
    case 'ALREADY_REPLIED':
      return t.feedback.alreadyReplied;
    default:
      return errorMessage(error, t, locale);
  }
}
