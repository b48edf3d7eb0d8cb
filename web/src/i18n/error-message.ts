// Turns any failure into a sentence for people, chosen by the stable error code
// (STYLE.md habit 5); the API's own message is never shown as-is.
import { ApiError } from '../api/http.ts';
import { formatDateMinute, formatMoney, type Locale } from '../format.ts';
import type { Messages } from './messages-pt-br.ts';

export function errorMessage(error: unknown, t: Messages, locale: Locale): string {
  if (!(error instanceof ApiError)) return t.errors.UNKNOWN;
  switch (error.code) {
    case 'BID_TOO_LOW': {
      const minimum = Number(error.details.minimumBid);
      return t.errors.BID_TOO_LOW(
        Number.isSafeInteger(minimum) ? formatMoney(minimum, locale) : '—',
      );
    }
    case 'MAX_TOO_LOW': {
      const minimum = Number(error.details.minimumMax);
      return t.errors.MAX_TOO_LOW(
        Number.isSafeInteger(minimum) ? formatMoney(minimum, locale) : '—',
      );
    }
    case 'SALE_IN_PROGRESS': {
      const availableAt = String(error.details.availableAt ?? '');
      return t.errors.SALE_IN_PROGRESS(
        Number.isNaN(Date.parse(availableAt)) ? '—' : formatDateMinute(availableAt, locale),
      );
    }
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
    case 'NETWORK':
      return t.errors[error.code];
    default:
      return t.errors.UNKNOWN;
  }
}
