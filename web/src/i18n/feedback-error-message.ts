// Refusals of a sale's feedback: its own codes in its own terms (the general
// sentences of NOT_A_PARTY or AUCTION_CLOSED would speak of contacts and
// bids); the rest (VALIDATION_FAILED, UNAUTHORIZED, RATE_LIMITED, network)
// read the same anywhere (error-message.ts).
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
    default:
      return errorMessage(error, t, locale);
  }
}
