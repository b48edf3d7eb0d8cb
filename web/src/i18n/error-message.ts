// Turns any failure into a sentence for people, chosen by the stable error code
// (STYLE.md habit 5); the API's own message is never shown as-is.
import { ApiError } from '../api/http.ts';
import { formatCount, formatDateMinute, formatMoney, type Locale } from '../format.ts';
import { MAX_PHOTO_MEBIBYTES, MAX_PHOTOS } from '../forms/photo-files.ts';
import { MAX_QUESTIONS } from '../forms/question-text.ts';
import { MAX_BLOCKED } from '../live/blocked-users.ts';
import { MAX_SAVED_SEARCHES } from '../live/saved-searches.ts';
import type { Messages } from './messages-pt-br.ts';

export function errorMessage(error: unknown, t: Messages, locale: Locale): string {
  if (!(error instanceof ApiError)) return t.errors.UNKNOWN;
  return codeMessage(error.code, t, locale, error.details);
}

/**
 * The sentence for an error code, also for codes the UI finds itself before
 * sending (a photo's type or size); `details` are the API error's extra fields.
 */
export function codeMessage(
  code: string,
  t: Messages,
  locale: Locale,
  details: Record<string, unknown> = {},
): string {
  switch (code) {
    case 'BID_TOO_LOW': {
      const minimum = Number(details.minimumBid);
      return t.errors.BID_TOO_LOW(
        Number.isSafeInteger(minimum) ? formatMoney(minimum, locale) : '—',
      );
    }
    case 'MAX_TOO_LOW': {
      const minimum = Number(details.minimumMax);
      return t.errors.MAX_TOO_LOW(
        Number.isSafeInteger(minimum) ? formatMoney(minimum, locale) : '—',
      );
    }
    case 'SALE_IN_PROGRESS': {
      const availableAt = String(details.availableAt ?? '');
      return t.errors.SALE_IN_PROGRESS(
        Number.isNaN(Date.parse(availableAt)) ? '—' : formatDateMinute(availableAt, locale),
      );
    }
    case 'TOO_MANY_PHOTOS':
      return t.errors.TOO_MANY_PHOTOS(MAX_PHOTOS);
    case 'TOO_MANY_QUESTIONS':
      return t.errors.TOO_MANY_QUESTIONS(MAX_QUESTIONS);
    case 'TOO_MANY_BLOCKED': {
      const max = Number(details.maxBlocked);
      const shown = Number.isSafeInteger(max) && max > 0 ? max : MAX_BLOCKED;
      return t.errors.TOO_MANY_BLOCKED(formatCount(shown, locale));
    }
    case 'TOO_MANY_SEARCHES':
      return t.errors.TOO_MANY_SEARCHES(formatCount(MAX_SAVED_SEARCHES, locale));
    case 'PAYLOAD_TOO_LARGE':
      return t.errors.PAYLOAD_TOO_LARGE(MAX_PHOTO_MEBIBYTES);
    case 'NOT_LEADING':
    case 'AUCTION_CLOSED':
    case 'AUCTION_NOT_STARTED':
    case 'UNAUTHORIZED':
    case 'OWN_AUCTION':
    case 'RATE_LIMITED':
    case 'VALIDATION_FAILED':
    case 'INVALID_CREDENTIALS':
    case 'WRONG_PASSWORD':
    case 'INVALID_RESET_TOKEN':
    case 'PASSWORD_RESET_UNAVAILABLE':
    case 'INVALID_VERIFICATION_TOKEN':
    case 'EMAIL_VERIFICATION_UNAVAILABLE':
    case 'EMAIL_ALREADY_VERIFIED':
    case 'INVALID_REVERT_TOKEN':
    case 'EMAIL_TAKEN':
    case 'AUCTION_NOT_FOUND':
    case 'BUY_NOW_UNAVAILABLE':
    case 'NOT_SELLER':
    case 'AUCTION_HAS_BIDS':
    case 'SELLING_OPEN_AUCTION':
    case 'LEADING_OPEN_AUCTION':
    case 'IDEMPOTENCY_KEY_REUSED':
    case 'INVALID_IMAGE':
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'PHOTO_NOT_FOUND':
    case 'QUESTION_NOT_FOUND':
    case 'ALREADY_ANSWERED':
    case 'BLOCKED_BY_SELLER':
    case 'USER_NOT_FOUND':
    case 'SEARCH_ALREADY_SAVED':
    case 'SEARCH_NOT_FOUND':
    case 'ALREADY_FLAGGED':
    case 'AUCTION_CANCELLED':
    case 'ALREADY_REMOVED':
    case 'NOT_A_MODERATOR':
    case 'MODERATOR_ACCOUNT':
    case 'ACCOUNT_SUSPENDED':
    case 'NOT_REMOVED':
    case 'NOT_SUSPENDED':
    case 'ALREADY_APPEALED':
    case 'APPEAL_WINDOW_CLOSED':
    case 'APPEAL_NOT_FOUND':
    case 'APPEAL_DECIDED':
    case 'OWN_DECISION':
    case 'REPORT_NOT_FOUND':
    case 'REPORT_PENDING':
    case 'SERVER_BUSY':
    case 'NETWORK':
      return t.errors[code];
    default:
      return t.errors.UNKNOWN;
  }
}
